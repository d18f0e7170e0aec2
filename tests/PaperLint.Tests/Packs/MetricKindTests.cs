using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class MetricKindTests
{
    private const string WordsPerSentence = "extends: metric\nmessage: \"%s words a sentence\"\nlevel: warning\nformula: words / sentences\ncondition: \"> 2\"\n";

    [Fact]
    public void Reports_once_at_the_start_with_the_value_to_two_decimals_in_each_format()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = TestDocuments.From(format, "A first sentence here. And a second.\n\nThe third one.");

            var finding = Assert.Single(Rule(WordsPerSentence).Check(LintContext.For(document)));

            Assert.Equal("3.33 words a sentence", finding.Message);
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Equal("", finding.Match);
            Assert.Equal(format == SourceFormat.Docx ? "¶1+0" : "1:1", finding.Location is DocxLocation d ? $"{d}+{d.Offset}" : finding.Location.ToString());
        }
    }

    [Fact]
    public void Reports_nothing_when_the_condition_does_not_hold_or_there_is_no_prose()
    {
        RuleTester.Valid(Rule(WordsPerSentence), "One two. Three four.");
        Assert.Empty(Markdown(WordsPerSentence, "# A heading with many words in it\n\n```sh\nls -l and more words here\n```\n"));
    }

    [Fact]
    public void Counts_words_sentences_and_syllables_as_the_Flesch_Kincaid_grade_needs()
    {
        // 11 words, 2 sentences, 12 syllables (sun-ny): 0.39 * 5.5 + 11.8 * 12 / 11 - 15.59 = -0.57.
        var rule = Rule("extends: metric\nmessage: grade %s\nformula: (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59\ncondition: < 0\n");

        Assert.Equal("grade -0.57", Assert.Single(Check(rule, "The cat sat on the mat. It was a sunny day.")).Message);
    }

    [Theory]
    [InlineData("long_words", "Readability formulas approximate the difficulty of prose.", "4.00")]
    [InlineData("characters", "U.S. troops don't rest.", "16.00")]
    [InlineData("words", "U.S. troops don't rest.", "4.00")]
    [InlineData("polysyllabic_words", "Historians argued, disputing all interpretation.", "3.00")]
    [InlineData("complex_words", "Historians argued, disputing all interpretation.", "2.00")]
    [InlineData("paragraphs", "One.\n\nTwo.\n\nThree.", "3.00")]
    public void Counts_each_variable_Vale_offers(string formula, string text, string value)
    {
        var rule = Rule($"extends: metric\nmessage: \"%s\"\nformula: {formula}\ncondition: \">= 0\"\n");

        Assert.Equal(value, Assert.Single(Check(rule, text)).Message);
    }

    [Fact]
    public void Counts_headings_lists_quotations_and_code_blocks_in_Markdown()
    {
        const string paper = "# Title\n\nSome text.\n\n## Part\n\n- one\n- two\n\n> A quotation.\n\n```\ncode\n```\n\n    indented code\n";
        var rule = Rule("extends: metric\nmessage: \"%s\"\nformula: heading.h1 * 1000 + heading_h2 * 100 + list * 10 + blockquote + pre / 10\ncondition: \"> 0\"\n");

        Assert.Equal("1121.20", Assert.Single(Markdown(rule, paper)).Message);
    }

    [Fact]
    public void Leaves_out_code_headings_and_block_quotations_unless_told_to_look_inside_quotations()
    {
        const string paper = "# Five words in this heading\n\nThree `plus some code` words.\n\n> Four quoted words here.\n\n| a table cell |\n|---|\n| more cells here |\n";
        const string rule = "extends: metric\nmessage: \"%s\"\nformula: words\ncondition: \"> 0\"\n";

        Assert.Equal("2.00", Assert.Single(Markdown(rule, paper)).Message);
        Assert.Equal("6.00", Assert.Single(Markdown(rule + "quotations: true\n", paper)).Message);
    }

    [Fact]
    public void Compares_the_value_as_Vale_prints_it_with_six_decimals()
    {
        const string text = "Some words.";

        Assert.Empty(Check(Rule("extends: metric\nmessage: \"%s\"\nformula: 1 / 3\ncondition: \"> 0.333333\"\n"), text));
        Assert.Single(Check(Rule("extends: metric\nmessage: \"%s\"\nformula: 1 / 3\ncondition: \"> 0.3333329\"\n"), text));
    }

    [Fact]
    public void A_Vale_comment_below_the_first_line_does_not_silence_it_as_in_Vale()
    {
        var document = MarkdownReader.Parse("paper.md", "Some words here.\n\n<!-- vale off -->\nMore words.\n");
        var plan = PaperLint.Core.Linting.RuleSet.Active(PaperLintConfig.Default, []);
        plan = plan with { Rules = [new PaperLint.Core.Linting.ActiveRule(Rule(WordsPerSentence), Severity.Warning)] };

        var report = PaperLint.Core.Linting.Linter.Lint(document, plan);

        Assert.Equal(["1:1 Test.Test"], report.Findings.Select(f => $"{f.Location} {f.RuleId}"));
    }

    [Theory]
    [InlineData("formula: words / sentnces\ncondition: \"> 1\"\n", "Test/Test.yml:3: 'formula' at character 9: unknown variable 'sentnces' (expected one of: words, sentences,")]
    [InlineData("formula: words\n", "Test/Test.yml:1: 'condition' is missing; say when to report, e.g. \"> 8\"")]
    [InlineData("condition: \"> 1\"\n", "Test/Test.yml:1: 'formula' is missing;")]
    [InlineData("formula: words\ncondition: \"8\"\n", "Test/Test.yml:4: 'condition' must compare, such as '> 8'")]
    [InlineData("formula: words > 8\ncondition: \"> 0\"\n", "Test/Test.yml:3: 'formula' must compute a number; the comparison belongs in 'condition'")]
    [InlineData("formula: math.sqrt(words\ncondition: \"> 0\"\n", "Test/Test.yml:3: 'formula' at character 16: ends where a ')' to close math.sqrt( is expected")]
    [InlineData("formula: words\ncondition: \"> 0\"\ntokens: [a]\n", "Test/Test.yml:5: unknown key 'tokens'")]
    public void A_malformed_rule_names_its_file_and_line(string keys, string message)
    {
        var e = Assert.Throws<InputException>(() => Rule("extends: metric\nmessage: x\n" + keys));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    private static List<Finding> Markdown(string yaml, string text) => Markdown(Rule(yaml), text);

    private static List<Finding> Markdown(IRule rule, string text) =>
        [.. rule.Check(LintContext.For(MarkdownReader.Parse("test.md", text)))];
}
