using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class SpellingTests
{
    private static readonly IRule Rule = ShippedRules.Get("Consistency.Spelling");

    [Fact]
    public void Passes_a_paper_that_keeps_to_one_spelling()
    {
        RuleTester.Valid(
            Rule,
            "The defence of the city failed.\n\nLater the defence of the republic failed too.",
            "They organized the strike and analyzed the results.",
            "The Ministry of Defence answered, but the army's defense of the plan was thin.",
            "The Labour Party won. Labor unions in America disagreed.");
    }

    [Fact]
    public void Reports_the_less_used_spelling_with_the_other_as_the_suggestion()
    {
        RuleTester.Invalid(
            Rule,
            "The defence held. Later the defense of the republic failed.\n\nThe defence was weak.",
            new Expected("defense", "defence", 1, 29));
        RuleTester.Invalid(
            Rule,
            "They organised the strike.\n\nOthers organized the march, and organised the meeting.",
            new Expected("organized", "organised", 3, 8));
    }

    [Fact]
    public void Says_how_often_each_spelling_is_used()
    {
        var document = TestDocuments.From(Core.Model.SourceFormat.PlainText, "The colour faded. The colours ran. The color held.");

        var finding = Assert.Single(Rule.Check(document, RuleContext.Default));

        Assert.Equal("'color' and 'colour' are both used (1× and 2×, counting related forms); use one spelling", finding.Message);
    }
}
