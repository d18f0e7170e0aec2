using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class ConditionalKindTests
{
    private const string Abbreviations =
        "extends: conditional\nmessage: \"Define '%s' at its first use\"\nlevel: warning\n"
        + "first: '\\b([A-Z]{3,5})\\b'\n"
        + "second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\n"
        + "exceptions:\n  - NATO\n  - DNA\n";

    [Fact]
    public void Reports_a_use_that_nothing_defines_with_the_match_in_the_message()
    {
        var finding = Assert.Single(Check(Rule(Abbreviations), "The Food Safety Authority (FSA) met the FSA board. Then the IOC spoke."));

        Assert.Equal("Test.Test", finding.RuleId);
        Assert.Equal("IOC", finding.Match);
        Assert.Equal("Define 'IOC' at its first use", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new TextLocation(1, 61, 1, 64), finding.Location);
    }

    [Fact]
    public void Reports_at_the_right_place_in_each_text_format_and_passes_defined_terms_and_exceptions()
    {
        RuleTester.Invalid(Rule(Abbreviations), "Our survey.\n\nThe results of the SRS were poor.", new Expected("SRS", Line: 3, Column: 20));
        RuleTester.Valid(
            Rule(Abbreviations),
            "The Small Rural Survey (SRS) came first. The SRS was short.",
            "NATO and DNA need no definition.",
            "The Small Rural Survey (SRS) began.\n\nLater the SRS ended.");
    }

    [Fact]
    public void Reports_a_use_before_its_definition_in_an_earlier_block()
    {
        var finding = Assert.Single(Check(Rule(Abbreviations), "We thank the SRS team.\n\nThe Small Rural Survey (SRS) ran for years. The SRS ended."));

        Assert.Equal(new TextLocation(1, 14, 1, 17), finding.Location);
    }

    [Fact]
    public void Takes_a_definition_later_in_the_same_block()
    {
        Assert.Empty(Check(Rule(Abbreviations), "The SRS, or Small Rural Survey (SRS), ran for years."));
    }

    [Fact]
    public void Compares_the_use_with_the_captured_term_exactly()
    {
        Assert.Single(Check(Rule(Abbreviations), "The Small Rural Survey (SRS) and the SRSE differ."));
    }

    [Fact]
    public void Leaves_a_use_in_a_quotation_alone()
    {
        const string text = "She wrote: “the column of tired men from the IOC was led by a sergeant on foot” in her diary.";

        Assert.Empty(Check(Rule(Abbreviations), text));
        Assert.Single(Check(Rule(Abbreviations + "quotations: true\n"), text));
    }

    [Theory]
    [InlineData("extends: conditional\nmessage: x\nfirst: '([A-Z]+)'\n", "Test/Test.yml:1: 'second' is missing; give the pattern of a definition, with a capture group for the term it defines, e.g. '\\(([A-Z]{3,5})\\)'")]
    [InlineData("extends: conditional\nmessage: x\nsecond: '\\(([A-Z]+)\\)'\n", "Test/Test.yml:1: 'first' is missing; give the pattern of what needs a definition, e.g. '\\b([A-Z]{3,5})\\b'")]
    [InlineData("extends: conditional\nmessage: x\nfirst: '[A-Z]+'\nsecond: '\\([A-Z]+\\)'\n", "Test/Test.yml:4: 'second' has no capture group, so it defines nothing; put the defined term in ( ), e.g. '\\(([A-Z]{3,5})\\)'")]
    [InlineData("extends: conditional\nmessage: x\nfirst: '[A-Z]+'\nsecond: '\\(([A-Z]+)\\)'\nexceptions:\n  - ok\n  - 'a[b'\n", "Test/Test.yml:7: invalid regular expression 'a[b': Unterminated [] set (at offset 3)")]
    [InlineData("extends: conditional\nmessage: x\nignorecase: true\nfirst: '[A-Z]+'\nsecond: '\\(([A-Z]+)\\)'\n", "Test/Test.yml:3: 'ignorecase' has no effect on a conditional rule (as in Vale); write (?i) in 'first' or 'second' instead")]
    public void Reports_a_malformed_rule_in_one_line_naming_file_and_line(string yaml, string error)
    {
        var e = Assert.Throws<InputException>(() => Rule(yaml));

        Assert.Equal(error, e.Message);
    }
}
