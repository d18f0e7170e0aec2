using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Typos;

public sealed class PlaceholdersTests
{
    private static readonly IRule Rule = ShippedRules.Get("Typos.Placeholders");

    [Fact]
    public void Is_an_error()
    {
        Assert.Equal(Severity.Error, Rule.DefaultSeverity);
    }

    [Fact]
    public void Passes_ordinary_prose_and_roman_numerals()
    {
        RuleTester.Valid(
            Rule,
            "The list of things to do was long.",
            "Book XXX of the chronicle describes the siege.",
            "The XXX Corps crossed the river.",
            "Was the reform a failure? Many thought so.",
            "Really?? Nobody thought so.",
            "The references are listed at the end.");
    }

    [Fact]
    public void Passes_a_marker_that_a_quotation_mentions()
    {
        RuleTester.Valid(
            Rule,
            "Lines that begin with \"??\" or \"%\" are not printed.",
            "The editor searched the draft for ‘TODO’ before it went out.",
            "Die Lektorin suchte nach „TBD“ im Entwurf.");
        RuleTester.Invalid(Rule, "The tool prints \"??\" for a missing reference, as in Figure ??.", new Expected("??", Line: 1, Column: 60));
    }

    [Fact]
    public void Reports_each_kind_of_placeholder()
    {
        RuleTester.Invalid(Rule, "The strike began in TODO and lasted six weeks.", new Expected("TODO", Line: 1, Column: 21));
        RuleTester.Invalid(Rule, "The party split over land [citation needed].", new Expected("[citation needed]", Line: 1, Column: 27));
        RuleTester.Invalid(Rule, "As ?? argues, the reform failed.", new Expected("??", Line: 1, Column: 4));
        RuleTester.Invalid(Rule, "Lorem ipsum dolor sit amet.", new Expected("Lorem ipsum", Line: 1, Column: 1));
        RuleTester.Invalid(Rule, "The figures come from the census (ref).", new Expected("(ref)", Line: 1, Column: 34));
        RuleTester.Invalid(Rule, "See the minutes on p. XXX for the vote.", new Expected("XXX", Line: 1, Column: 23));
        RuleTester.Invalid(Rule, "Membership rose to TBD.\n\nFIXME: check the date.", new Expected("TBD", Line: 1, Column: 20), new Expected("FIXME", Line: 3, Column: 1));
    }

    [Fact]
    public void Says_the_placeholder_must_go()
    {
        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(Core.Model.SourceFormat.PlainText, "Date: TBD."))));

        Assert.Equal("'TBD' is a placeholder; finish this before the paper goes out", finding.Message);
        Assert.Empty(finding.Suggestions);
    }
}
