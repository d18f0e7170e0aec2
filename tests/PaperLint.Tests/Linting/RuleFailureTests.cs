using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Linting;

/// <summary>A rule that throws while it checks a document costs that document's report in one line, not the run.</summary>
public sealed class RuleFailureTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Fact]
    public void A_rule_that_throws_is_named_in_one_line_with_what_to_do()
    {
        var plan = Plan with { Rules = [.. Plan.Rules, new ActiveRule(new Failing(afterFindings: 0), Severity.Warning)] };
        var document = DocumentLoader.Load("A movement lead by monks.\n"u8.ToArray(), "paper.md");

        var failure = Assert.Throws<InputException>(() => Linter.Lint(document, plan));

        Assert.Equal(
            "paper.md: not linted: rule Test.Failing failed (NullReferenceException: the rule's table is missing); "
            + "turn it off in .paperlint.yml (rules: Test.Failing: off) and report it to the rule's author",
            failure.Message);
    }

    [Fact]
    public void A_rule_that_throws_after_some_findings_still_fails_the_document()
    {
        // Half a rule's findings would read as a complete report; the document is reported as not linted instead.
        var plan = Plan with { Rules = [new ActiveRule(new Failing(afterFindings: 1), Severity.Warning)] };
        var document = DocumentLoader.Load("A movement lead by monks.\n"u8.ToArray(), "paper.md");

        Assert.StartsWith("paper.md: not linted: rule Test.Failing failed", Assert.Throws<InputException>(() => Linter.Lint(document, plan)).Message);
    }

    [Fact]
    public void Input_errors_a_rule_raises_pass_through_unchanged()
    {
        var plan = Plan with { Rules = [new ActiveRule(new Refusing(), Severity.Warning)] };
        var document = DocumentLoader.Load("Text.\n"u8.ToArray(), "paper.md");

        Assert.Equal("paper.md: the bibliography is unreadable", Assert.Throws<InputException>(() => Linter.Lint(document, plan)).Message);
    }

    private sealed class Failing(int afterFindings) : IRule
    {
        public string Id => "Test.Failing";

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Fails.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            var block = context.Document.Blocks[0];
            for (int i = 0; i < afterFindings; i++)
            {
                yield return Finding.At(context.Document, block, 0, 1, Id, Severity.Warning, "A finding.");
            }

            throw new NullReferenceException("the rule's table is missing.");
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
