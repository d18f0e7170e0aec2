using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Linting;

/// <summary>A lint that is no longer wanted (the editor's text has changed since) stops instead of running to its end.</summary>
public sealed class CancellationTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Fact]
    public void A_lint_cancelled_before_it_starts_runs_no_rule()
    {
        var recording = new Recording();
        var plan = Plan with { Rules = [new ActiveRule(recording, Severity.Warning)] };
        var document = DocumentLoader.Load("A movement lead by monks.\n"u8.ToArray(), "paper.md");

        Assert.ThrowsAny<OperationCanceledException>(() => Linter.Lint(document, plan, null, 1, new CancellationToken(canceled: true)));
        Assert.Equal(0, recording.Runs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_rule_that_is_running_stops_at_its_next_finding_and_no_rule_starts_after(int rulesAtOnce)
    {
        using var cancel = new CancellationTokenSource();
        var cancelling = new Cancelling(cancel);
        var after = Enumerable.Range(0, 8).Select(_ => new Recording()).ToList();
        var plan = Plan with { Rules = [new ActiveRule(cancelling, Severity.Warning), .. after.Select(r => new ActiveRule(r, Severity.Warning))] };
        var document = DocumentLoader.Load("A movement lead by monks.\n"u8.ToArray(), "paper.md");

        Assert.ThrowsAny<OperationCanceledException>(() => Linter.Lint(document, plan, null, rulesAtOnce, cancel.Token));

        // The change came after its first finding: the second is where it stopped, and the third was never made.
        Assert.Equal(2, cancelling.Yielded);
        if (rulesAtOnce == 1)
        {
            // One rule at a time: the rules after it in the plan never start.
            Assert.All(after, r => Assert.Equal(0, r.Runs));
        }
    }

    [Fact]
    public void A_token_that_is_never_cancelled_changes_nothing()
    {
        var document = DocumentLoader.Load(File.ReadAllBytes(Path.Combine(Support.RepoPaths.Samples, "paper.md")), "paper.md");
        using var cancel = new CancellationTokenSource();

        var expected = Linter.Lint(document, Plan, null, 1).Findings;
        var found = Linter.Lint(document, Plan, null, 2, cancel.Token).Findings;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Shown), found.Select(Shown));
    }

    private static string Shown(Finding f) => $"{f.RuleId} {f.Location} {f.Match} {f.Message} {string.Join("|", f.Suggestions)}";

    private sealed class Recording : IRule
    {
        private int _runs;

        public int Runs => _runs;

        public string Id => "Test.Recording";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Counts its runs.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            Interlocked.Increment(ref _runs);
            return [];
        }
    }

    /// <summary>Cancels the lint once its first finding is taken, as a change to the text would while the rule runs; it would report three.</summary>
    private sealed class Cancelling(CancellationTokenSource cancel) : IRule
    {
        public int Yielded { get; private set; }

        public string Id => "Test.Cancelling";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Cancels the lint.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            var block = context.Document.Blocks[0];
            for (int i = 0; i < 3; i++)
            {
                Yielded++;
                yield return Finding.At(context.Document, block, i, 1, Id, Severity.Warning, "A finding.");
                cancel.Cancel();
            }
        }
    }
}
