using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A document's rules checked several at once (one long file, or a document open in the editor) report exactly what
/// they report one after another, failures included.
/// </summary>
public sealed class RulesAtOnceTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Theory]
    [MemberData(nameof(RepoPaths.SampleDocuments), MemberType = typeof(RepoPaths))]
    public void Every_sample_gets_the_same_report_with_its_rules_checked_at_once(string sample)
    {
        string path = Path.Combine(RepoPaths.Samples, sample);
        string alone = Report(Linter.Lint(DocumentLoader.Load(path, sample), Plan, null, 1));

        for (int round = 0; round < 5; round++)
        {
            // A fresh document each time, so the facts the rules share are computed again, by whichever rule asks first.
            Assert.Equal(alone, Report(Linter.Lint(DocumentLoader.Load(path, sample), Plan, null, 4)));
        }
    }

    [Fact]
    public void A_long_paper_gets_the_same_report_with_its_rules_checked_at_once()
    {
        // Every Markdown sample in one file, many times over: rules meet the shared facts at different moments.
        var text = string.Concat(Enumerable.Repeat(
            string.Join("\n\n", Directory.EnumerateFiles(RepoPaths.Samples, "*.md").Order(StringComparer.Ordinal).Select(f => StripFrontMatter(File.ReadAllText(f)))),
            6));
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        string alone = Report(Linter.Lint(DocumentLoader.Load(bytes, "long.md"), Plan, null, 1));

        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(alone, Report(Linter.Lint(DocumentLoader.Load(bytes, "long.md"), Plan, null, Environment.ProcessorCount + 2)));
        }

        Assert.True(alone.Split('\n').Length > 100, "the long paper should draw many findings");
    }

    [Fact]
    public void The_first_failing_rule_in_the_plans_order_is_the_one_reported()
    {
        var plan = Plan with
        {
            Rules = [.. Plan.Rules, new ActiveRule(new Failing("Test.First"), Severity.Warning), .. Plan.Rules, new ActiveRule(new Failing("Test.Second"), Severity.Warning)],
        };
        var document = DocumentLoader.Load("A movement lead by monks.\n"u8.ToArray(), "paper.md");

        foreach (int rulesAtOnce in new[] { 1, 2, 8 })
        {
            var failure = Assert.Throws<InputException>(() => Linter.Lint(document, plan, null, rulesAtOnce));
            Assert.StartsWith("paper.md: not linted: rule Test.First failed (InvalidOperationException: no table)", failure.Message);
        }
    }

    [Fact]
    public void Input_errors_pass_through_unchanged_when_rules_run_at_once()
    {
        var plan = Plan with { Rules = [.. Plan.Rules, new ActiveRule(new Refusing(), Severity.Warning)] };
        var document = DocumentLoader.Load("Text.\n"u8.ToArray(), "paper.md");

        Assert.Equal("paper.md: the bibliography is unreadable", Assert.Throws<InputException>(() => Linter.Lint(document, plan, null, 4)).Message);
    }

    [Fact]
    public void A_long_rule_keeps_no_other_rule_from_a_free_worker()
    {
        // One rule runs until every other rule has run (or ten seconds pass), wherever it stands in the plan: the other
        // worker must be free to take every other rule meanwhile, those after it in its worker's stretch of the plan too.
        // (Ten seconds, not less: while other tests hold the pool's threads, the second worker may wait a second or two
        // for one.)
        var document = DocumentLoader.Load("Text.\n"u8.ToArray(), "paper.md");
        const int Count = 24;
        var late = new List<int>();
        for (int position = 0; position < Count; position++)
        {
            using var others = new CountdownEvent(Count - 1);
            var rules = Enumerable.Range(0, Count)
                .Select(i => new ActiveRule(i == position ? new Waiting(others) : new Counting($"Test.Rule{i}", others), Severity.Warning))
                .ToList();
            var waiting = (Waiting)rules[position].Rule;
            Linter.Lint(document, Plan with { Rules = rules }, null, 2);
            if (!waiting.SawOthersRun)
            {
                late.Add(position);
            }
        }

        Assert.Empty(late);
    }

    [Fact]
    public void Fewer_than_one_rule_at_once_is_refused()
    {
        var document = DocumentLoader.Load("Text.\n"u8.ToArray(), "paper.md");

        Assert.Throws<ArgumentOutOfRangeException>(() => Linter.Lint(document, Plan, null, 0));
    }

    private static string Report(FileReport report) => string.Join("\n", report.Findings.Select(f =>
        $"{f.RuleId} {f.Location} {f.Severity} '{f.Match}' {f.Message} [{string.Join("|", f.Suggestions)}] {f.Fixable}"));

    private static string StripFrontMatter(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        int end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }

    private sealed class Failing(string id) : IRule
    {
        public string Id => id;

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Fails.";

        public IEnumerable<Finding> Check(LintContext context) => throw new InvalidOperationException("no table");
    }

    private sealed class Counting(string id, CountdownEvent others) : IRule
    {
        public string Id => id;

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Counts itself run.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            others.Signal();
            return [];
        }
    }

    private sealed class Waiting(CountdownEvent others) : IRule
    {
        public string Id => "Test.Waiting";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Waits for the others.";

        public bool SawOthersRun { get; private set; }

        public IEnumerable<Finding> Check(LintContext context)
        {
            SawOthersRun = others.Wait(TimeSpan.FromSeconds(10));
            return [];
        }
    }

    private sealed class Refusing : IRule
    {
        public string Id => "Test.Refusing";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Refuses.";

        public IEnumerable<Finding> Check(LintContext context) => throw new InputException("paper.md: the bibliography is unreadable");
    }
}
