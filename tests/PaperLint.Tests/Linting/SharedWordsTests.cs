using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A rule says the same words wherever a term recurs, and a long paper's findings are held until the report is written:
/// the findings of a rule that carry the same message or matched text hold one copy of it, and each still says its own.
/// </summary>
public sealed class SharedWordsTests
{
    [Fact]
    public void Findings_of_a_rule_that_says_the_same_thing_share_one_copy_of_its_words()
    {
        var document = DocumentLoader.Load("lead by example, lead by fear, and led by none."u8.ToArray(), "paper.md");
        var plan = RuleSet.Active(PaperLintConfig.Default, []) with { Rules = [new ActiveRule(new Repeating(), Severity.Warning)] };

        var findings = Linter.Lint(document, plan).Findings;

        Assert.Equal(["lead by", "lead by", "led by"], findings.Select(f => f.Match));
        Assert.Equal(["'lead by' should be 'led by'", "'lead by' should be 'led by'", "'led by' is right"], findings.Select(f => f.Message));
        Assert.Equal([(1, 1), (1, 18), (1, 36)], findings.Select(f => f.Location is Core.Model.TextLocation at ? (at.Line, at.Column) : (0, 0)));
        Assert.Same(findings[0].Message, findings[1].Message);
        Assert.Same(findings[0].Match, findings[1].Match);
        Assert.NotSame(findings[0].Message, findings[2].Message);
    }

    /// <summary>Reports every "lead by" and "led by", building each message anew as a rule that formats its messages does.</summary>
    private sealed class Repeating : IRule
    {
        public string Id => "Test.Repeating";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Reports every 'lead by' and 'led by'.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            var block = context.Document.Blocks[0];
            foreach (string phrase in new[] { "lead by", "led by" })
            {
                for (int at = block.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = block.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    string message = phrase == "lead by" ? string.Concat("'", phrase, "' should be 'led by'") : string.Concat("'", phrase, "' is right");
                    yield return Finding.At(context.Document, block, at, phrase.Length, Id, Severity.Warning, message);
                }
            }
        }
    }
}
