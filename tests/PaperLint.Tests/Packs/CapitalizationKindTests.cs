using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class CapitalizationKindTests
{
    private const string Sentence =
        "extends: capitalization\nmessage: \"'%s' should be in sentence case ('%s')\"\nlevel: warning\nmatch: $sentence\nindicators: [':']\n";

    private const string Title = "extends: capitalization\nmessage: \"'%s' should be in title case\"\nmatch: $title\n";

    private static List<Finding> Headings(IRule rule, string markdown) =>
        [.. rule.Check(LintContext.For(TestDocuments.From(SourceFormat.Markdown, markdown)))];

    [Fact]
    public void Reports_a_heading_not_in_sentence_case_as_a_whole_with_the_expected_form()
    {
        var findings = Headings(Rule(Sentence), "# Methods and results\n\n## Results From The Survey\n\n## Data: Sources we used\n");

        var finding = Assert.Single(findings);
        Assert.Equal("Test.Test", finding.RuleId);
        Assert.Equal("Results From The Survey", finding.Match);
        Assert.Equal("'Results From The Survey' should be in sentence case ('Results from the survey')", finding.Message);
        Assert.Equal(["Results from the survey"], finding.Suggestions);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new TextLocation(3, 4, 3, 27), finding.Location);
    }

    [Fact]
    public void Judges_every_block_in_each_text_format_when_no_scope_narrows_it()
    {
        RuleTester.Valid(Rule(Sentence), "Results of the survey", "Field notes: Second season", "1. First steps");
        RuleTester.Invalid(Rule(Sentence), "Fine here.\n\nThe Results Were Mixed", new Expected("The Results Were Mixed", "The results were mixed", Line: 3, Column: 1));
    }

    [Fact]
    public void Fails_a_first_word_in_lower_case_however_the_rest_agrees()
    {
        Assert.Single(Check(Rule(Sentence), "data and methods of the study in some detail"));
    }

    [Fact]
    public void Passes_enough_agreeing_words_and_counts_exceptions_as_agreeing()
    {
        var rule = Rule(Sentence + "exceptions:\n  - Paris\n  - Lyon\n");

        // Four of five words agree without exceptions: 0.8 is the default threshold.
        Assert.Empty(Check(Rule(Sentence), "Fieldwork in rural Paris today"));
        Assert.Single(Check(Rule(Sentence), "Fieldwork in Paris and Lyon"));
        Assert.Empty(Check(rule, "Fieldwork in Paris and Lyon"));
        Assert.Single(Check(Rule(Sentence + "threshold: 0.9\n"), "Fieldwork in rural Paris today"));
    }

    [Fact]
    public void Leaves_a_prefix_alone()
    {
        var rule = Rule(Sentence + "prefix: '^[a-z]\\.\\s'\n");

        Assert.Empty(Check(rule, "b. Results of the survey"));
        Assert.Single(Check(Rule(Sentence), "b. Results of the survey"));
    }

    [Fact]
    public void Keeps_quoted_words_as_written()
    {
        const string text = "He said “we will fight them On The beaches of France And Spain” to us";

        Assert.Empty(Check(Rule(Sentence), text));
        Assert.Single(Check(Rule(Sentence + "quotations: true\n"), text));
    }

    [Fact]
    public void Checks_title_case_in_ap_style_by_default_and_chicago_style_when_told()
    {
        var ap = Rule(Title);
        var chicago = Rule(Title + "style: Chicago\n");

        Assert.Empty(Check(ap, "The Role of Trust in Small Firms"));
        Assert.Empty(Check(ap, "Trust Between Firms"));
        var finding = Assert.Single(Check(chicago, "Trust Between Firms"));
        Assert.Equal(["Trust between Firms"], finding.Suggestions);

        var lower = Assert.Single(Check(ap, "The role of trust in small firms"));
        Assert.Equal("'The role of trust in small firms' should be in title case", lower.Message);
        Assert.Equal(["The Role of Trust in Small Firms"], lower.Suggestions);
    }

    [Fact]
    public void Passes_either_case_of_to_in_ap_style_and_words_in_capitals()
    {
        Assert.Empty(Check(Rule(Title), "How to Write a Grant Proposal"));
        Assert.Empty(Check(Rule(Title), "How To Write a Grant Proposal"));
        Assert.Empty(Check(Rule(Title), "NATO and the EU After the War"));
    }

    [Fact]
    public void Capitalises_a_minor_word_after_a_colon_or_at_either_end()
    {
        var finding = Assert.Single(Check(Rule(Title), "Trust: of Firms and of"));

        Assert.Equal(["Trust: Of Firms and Of"], finding.Suggestions);
    }

    [Fact]
    public void Checks_lower_case_upper_case_and_a_pattern()
    {
        Assert.Single(Check(Rule("extends: capitalization\nmessage: x\nmatch: $lower\n"), "a quiet Summary"));
        Assert.Empty(Check(Rule("extends: capitalization\nmessage: x\nmatch: $lower\nexceptions: [Summary]\n"), "a quiet Summary"));
        Assert.Empty(Check(Rule("extends: capitalization\nmessage: x\nmatch: $upper\n"), "ABSTRACT"));

        var pattern = Rule("extends: capitalization\nmessage: \"'%s' does not match %s\"\nmatch: '^[A-Z][a-z]+$'\n");
        var finding = Assert.Single(Check(pattern, "Abstract two"));
        Assert.Equal("'Abstract two' does not match ^[A-Z][a-z]+$", finding.Message);
        Assert.Empty(finding.Suggestions);
    }

    [Fact]
    public void Leaves_a_block_quotation_alone()
    {
        var quote = OneBlock(Block(BlockKind.Quote, "the Times They Are a-Changin'"));

        Assert.Empty(Rule(Sentence).Check(LintContext.For(quote)));
    }

    [Theory]
    [InlineData("extends: capitalization\nmessage: x\n", "Test/Test.yml:1: 'match' is missing; say which case to check: $title, $sentence, $lower, $upper or a regular expression")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: $camel\n", "Test/Test.yml:3: unknown case '$camel' in 'match' (expected $title, $sentence, $lower, $upper or a regular expression)")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: $title\nstyle: MLA\n", "Test/Test.yml:4: 'style' must be AP or Chicago, not 'MLA'")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: $sentence\nthreshold: 1.5\n", "Test/Test.yml:4: 'threshold' must be a number from 0 to 1, not '1.5'")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: $sentence\nprefix: '(a'\n", "Test/Test.yml:4: invalid regular expression '(a': Not enough )'s (at offset 2)")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: '[A-Z'\n", "Test/Test.yml:3: invalid regular expression '[A-Z': Unterminated [] set (at offset 4)")]
    [InlineData("extends: capitalization\nmessage: x\nmatch: $title\nignorecase: true\n", "Test/Test.yml:4: 'ignorecase' has no effect on a capitalization rule (as in Vale); list the words whose case is free in 'exceptions'")]
    public void Reports_a_malformed_rule_in_one_line_naming_file_and_line(string yaml, string error)
    {
        var e = Assert.Throws<InputException>(() => Rule(yaml));

        Assert.Equal(error, e.Message);
    }
}
