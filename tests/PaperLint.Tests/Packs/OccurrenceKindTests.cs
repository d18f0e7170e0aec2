using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class OccurrenceKindTests
{
    private const string LongSentence = "extends: occurrence\nmessage: \"%s words in one sentence; split it\"\nlevel: warning\nscope: sentence\nmax: 6\ntoken: '\\b\\w+\\b'\n";

    [Fact]
    public void Reports_a_sentence_with_more_matches_than_max_at_its_first_match_with_the_count()
    {
        var finding = Assert.Single(Check(Rule(LongSentence), "We came early. Then the whole village walked to the river together. It rained."));

        Assert.Equal("Test.Test", finding.RuleId);
        Assert.Equal("Then", finding.Match);
        Assert.Equal("9 words in one sentence; split it", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new TextLocation(1, 16, 1, 20), finding.Location);
    }

    [Fact]
    public void Passes_sentences_at_or_under_max_in_each_text_format()
    {
        RuleTester.Valid(Rule(LongSentence), "One two three four five six. Seven eight nine.", "Short.\n\nAlso short here.");
        RuleTester.Invalid(Rule(LongSentence), "Fine.\n\nAnd then all of us went home at last.", new Expected("And", Line: 3, Column: 1));
    }

    [Fact]
    public void Counts_each_block_as_a_whole_without_a_sentence_scope()
    {
        var rule = Rule("extends: occurrence\nmessage: \"%s commas\"\nmax: 2\ntoken: ','\n");

        var finding = Assert.Single(Check(rule, "One, two. Three, four.\n\nA, b, c, d."));

        Assert.Equal(",", finding.Match);
        Assert.Equal("3 commas", finding.Message);
        Assert.Equal(new TextLocation(3, 2, 3, 3), finding.Location);
    }

    [Fact]
    public void Reports_the_whole_stretch_when_min_is_not_reached_and_nothing_matched()
    {
        var rule = Rule("extends: occurrence\nmessage: \"%s figure references; cite a figure\"\nmin: 1\ntoken: 'Fig\\. \\d+'\n");

        var finding = Assert.Single(Check(rule, "See Fig. 2 for the map.\n\nThe map shows the valley."));

        Assert.Equal("The map shows the valley.", finding.Match);
        Assert.Equal("0 figure references; cite a figure", finding.Message);
        Assert.Equal(new TextLocation(3, 1, 3, 26), finding.Location);
    }

    [Fact]
    public void Reports_too_few_matches_at_the_first()
    {
        var rule = Rule("extends: occurrence\nmessage: \"only %s\"\nmin: 3\ntoken: '\\bwe\\b'\n");

        var finding = Assert.Single(Check(rule, "Then we left, and we rested."));

        Assert.Equal("we", finding.Match);
        Assert.Equal("only 2", finding.Message);
        Assert.Equal(new TextLocation(1, 6, 1, 8), finding.Location);
    }

    [Fact]
    public void Takes_the_token_as_written_and_ignores_case_when_told()
    {
        var rule = Rule("extends: occurrence\nmessage: \"'very' %s times\"\nignorecase: true\nmax: 2\ntoken: very\n");

        var finding = Assert.Single(Check(rule, "Very good, very fine, and everybody agreed."));

        // No word boundaries are added, as in Vale: the 'very' in 'everybody' counts too.
        Assert.Equal("'very' 3 times", finding.Message);
        Assert.Equal("Very", finding.Match);
        Assert.Empty(Check(rule, "Very good, very fine."));
    }

    [Fact]
    public void Does_not_count_the_words_of_a_quotation()
    {
        const string text = "She wrote: “the column of tired men was lead by a sergeant on foot” in her diary.";

        Assert.Empty(Check(Rule(LongSentence), text));
        Assert.Single(Check(Rule(LongSentence + "quotations: true\n"), text));
    }

    [Fact]
    public void Leaves_a_block_quotation_alone()
    {
        var quote = OneBlock(Block(BlockKind.Quote, "The column of tired men was led by a sergeant on foot."));

        Assert.Empty(Rule(LongSentence).Check(LintContext.For(quote)));
    }

    [Theory]
    [InlineData("extends: occurrence\nmessage: x\nmax: 3\n", "Test/Test.yml:1: 'token' is missing; give the pattern to count, e.g. '\\b\\w+\\b' for words")]
    [InlineData("extends: occurrence\nmessage: x\ntoken: a\n", "Test/Test.yml:1: 'max' is missing; say how many matches a stretch may have at most ('max') or needs at least ('min')")]
    [InlineData("extends: occurrence\nmessage: x\ntoken: a\nmax: 2\nmin: 5\n", "Test/Test.yml:5: 'min' (5) is above 'max' (2); no stretch could pass")]
    [InlineData("extends: occurrence\nmessage: x\ntoken: a\nmax: many\n", "Test/Test.yml:4: 'max' must be a whole number from 0 to 1000000, not 'many'")]
    [InlineData("extends: occurrence\nmessage: x\nmax: 3\ntoken: 'a(b'\n", "Test/Test.yml:4: invalid regular expression 'a(b': Not enough )'s (at offset 3)")]
    [InlineData("extends: occurrence\nmessage: x\nmax: 3\ntoken: a\nexceptions: [b]\n", "Test/Test.yml:5: unknown key 'exceptions' (expected one of: extends, message, level, description, link, ignorecase, scope, quotations, language, action, vocab, capitalize, limit, token, max, min)")]
    public void Reports_a_malformed_rule_in_one_line_naming_file_and_line(string yaml, string error)
    {
        var e = Assert.Throws<InputException>(() => Rule(yaml));

        Assert.Equal(error, e.Message);
    }
}
