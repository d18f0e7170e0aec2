using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Typos;

public sealed class LeadByTests
{
    private static readonly IRule Rule = ShippedRules.Get("Typos.LeadBy");

    [Fact]
    public void Is_a_warning()
    {
        Assert.Equal(Severity.Warning, Rule.DefaultSeverity);
    }

    [Fact]
    public void Passes_the_present_tense_the_infinitive_the_noun_a_margin_and_the_metal()
    {
        RuleTester.Valid(
            Rule,
            "The march was led by the dockers.",
            "Good teachers lead by example.",
            "The union chose to lead by persuasion rather than by decree.",
            "They will lead by showing what is possible.",
            "Those who lead by fear are soon deserted.",
            "We do not lead by decree.",
            "In the last poll the governing party lead by ten points.",
            "The home side lead by 2-1 at half time.",
            "The opposition took the lead by a narrow margin.",
            "She followed their lead by resigning.",
            "The paint contained 2% lead by weight.",
            "The smelter sold lead by-products to the glassworks.",
            "They were misled by the press.");
    }

    [Fact]
    public void Reports_the_past_participle_written_lead()
    {
        RuleTester.Invalid(Rule, "The strike was lead by the dockers of the port.", new Expected("lead by", "led by", 1, 16));
        RuleTester.Invalid(Rule, "A movement lead by students spread to the factories.", new Expected("lead by", "led by", 1, 12));
        RuleTester.Invalid(Rule, "First congress met in spring.\n\nThe second, lead by the left,\nmet in the autumn.", new Expected("lead by", "led by", 3, 13));
    }

    [Fact]
    public void Keeps_the_capital_at_the_start_of_a_sentence()
    {
        RuleTester.Invalid(Rule, "Lead by its younger members, the party split.", new Expected("Lead by", "Led by", 1, 1));
    }

    [Fact]
    public void Reports_only_the_wrong_use_when_both_occur()
    {
        RuleTester.Invalid(Rule, "The march was lead by students who lead by example.", new Expected("lead by", "led by", 1, 15));
    }

    [Fact]
    public void Says_what_to_write_and_why()
    {
        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(Core.Model.SourceFormat.PlainText, "It was lead by her."))));

        Assert.Equal("Use 'led by' instead of 'lead by': the past participle of 'lead' is 'led'", finding.Message);
    }
}
