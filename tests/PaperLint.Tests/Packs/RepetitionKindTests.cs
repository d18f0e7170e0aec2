using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Tests.Packs;

public sealed class RepetitionKindTests
{
    private const string Words = "extends: repetition\nmessage: \"'%s' is repeated\"\nignorecase: true\nalpha: true\nmax: 3\nexceptions:\n  - that\n  - had\n  - bye bye\n";

    [Fact]
    public void Reports_a_doubled_word_as_the_whole_run_with_one_copy_as_the_suggestion()
    {
        var finding = Assert.Single(Check(Rule(Words), "It was the the end."));

        Assert.Equal("the the", finding.Match);
        Assert.Equal(["the"], finding.Suggestions);
        Assert.Equal("'the' is repeated", finding.Message);
        Assert.Equal(new TextLocation(1, 8, 1, 15), finding.Location);
    }

    [Fact]
    public void Reports_a_doubled_run_of_words_up_to_max()
    {
        RuleTester.Invalid(Rule(Words), "He wrote in his in his own hand.", new Expected("in his in his", "in his", 1, 10));
        RuleTester.Invalid(Rule(Words), "It was on the left on the left side.", new Expected("on the left on the left", "on the left", 1, 8));
        RuleTester.Valid(Rule(Words), "It was on the far left on the far left side.");
    }

    [Fact]
    public void Reports_only_single_words_by_default()
    {
        var rule = Rule("extends: repetition\nmessage: x\n");

        Assert.Empty(Check(rule, "He wrote in his in his own hand."));
        Assert.Single(Check(rule, "He wrote in in his hand."));
    }

    [Fact]
    public void Reports_three_copies_once()
    {
        var finding = Assert.Single(Check(Rule(Words), "It was the the the end."));

        Assert.Equal("the the the", finding.Match);
        Assert.Equal(["the"], finding.Suggestions);
    }

    [Fact]
    public void Counts_a_line_break_as_white_space()
    {
        // The plain-text reader joins the lines of a paragraph with a space; other readers may keep the break.
        RuleTester.Invalid(Rule(Words), [SourceFormat.PlainText], "They walked to the\nthe square.", new Expected("the the", "the", 1, 16));
        var finding = Assert.Single(Rule(Words).Check(LintContext.For(OneBlock(Block(BlockKind.Paragraph, "to the\nthe square")))));
        Assert.Equal("the\nthe", finding.Match);
    }

    [Fact]
    public void Keeps_punctuation_sentence_ends_and_note_markers_as_separators()
    {
        RuleTester.Valid(
            Rule(Words),
            "He said no. No one came.",
            "They shouted no, no, no.",
            "It ended with the¹ the end of the war.\n\n¹ A note.",
            "Words that that writers use.",
            "By then they had had enough.",
            "They waved bye bye to the ship.",
            "The price rose from 1 1 to 2.");
    }

    [Fact]
    public void Keeps_a_note_marker_without_characters_as_a_separator()
    {
        var block = Block(BlockKind.Paragraph, "the end the end");
        var document = new Document("hand.docx", SourceFormat.Docx, [block])
        {
            FootnoteRefs =
            [
                new FootnoteRef
                {
                    Kind = NoteKind.Footnote, Label = "1", Number = 1, Numbering = FootnoteNumbering.Auto, Style = MarkerStyle.DocxNative,
                    Block = block, Offset = 7, Location = new TextLocation(1, 8, 1, 8),
                },
            ],
        };

        Assert.Empty(Rule(Words).Check(LintContext.For(document)));
        Assert.Single(Rule(Words).Check(LintContext.For(OneBlock(Block(BlockKind.Paragraph, "the end the end")))));
    }

    [Fact]
    public void Keeps_a_placeholder_for_code_as_a_separator()
    {
        var block = Block(BlockKind.Paragraph, "run the \uFFFC the tests");
        block.AddSpan(new InlineSpan(SpanKind.Code, 8, 1));

        Assert.Empty(Rule(Words).Check(LintContext.For(OneBlock(block))));
    }

    [Fact]
    public void Exceptions_may_look_at_the_words_around_the_copies()
    {
        var rule = Rule("extends: repetition\nmessage: x\nexceptions:\n  - (?<=,\\s)which\n  - on(?=\\son\\sfoot)\n");

        RuleTester.Valid(rule, "The road, which which nobody used, was closed.", "They came on on foot.");
        RuleTester.Invalid(rule, "The road which which nobody used was closed.", new Expected("which which", "which", 1, 10));
        RuleTester.Invalid(rule, "They came on on time.", new Expected("on on", "on", 1, 11));
    }

    [Fact]
    public void Exceptions_see_a_thousand_characters_either_side_of_the_copies()
    {
        // Exceptions that read on to a remark anywhere after the copies, or back to one anywhere before them: within the
        // reach they cover the copies, beyond it not, wherever the copies stand in a long paragraph.
        var rule = Rule("""
            extends: repetition
            message: x
            exceptions:
              - '(?<=\[sic\][^\[]*)the'
              - 'the(?=[^\[]*\[sic\])'
            """);
        string Words(int characters) => string.Concat(Enumerable.Repeat("one two three four ", (characters / 19) + 1))[..characters].TrimEnd();
        string before = Words(3_000) + " ";
        // The reach is documented (README, the repetition kind): 1,000 characters.
        int within = 980;
        int beyond = 1_020;

        RuleTester.Valid(rule, before + "the the " + Words(within) + " [sic] end.");
        RuleTester.Valid(rule, before + "[sic] " + Words(within) + " the the end.");
        Assert.Equal("the the", Assert.Single(Check(rule, before + "the the " + Words(beyond) + " [sic] end.")).Match);
        Assert.Equal("the the", Assert.Single(Check(rule, before + "[sic] " + Words(beyond) + " the the end.")).Match);
    }

    [Fact]
    public void Exceptions_written_with_a_space_match_across_a_line_break()
    {
        RuleTester.Valid(Rule(Words), [SourceFormat.PlainText, SourceFormat.Markdown], "They waved bye\nbye to the ship.");
    }

    [Fact]
    public void Takes_words_set_in_columns_for_different_cells()
    {
        RuleTester.Valid(
            Rule(Words),
            "Strongly Agree  Somewhat Agree  Somewhat Disagree",
            "Tea\tTea\tCoffee");

        // Word's manual line breaks after a space, as a scale of answers is often typed.
        var docx = new DocxFixture()
            .Body(DocxFixture.Para(
                DocxFixture.TextRun("Strongly Agree "),
                new W.Run(new W.Break(), new W.Text("Somewhat Agree ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.Break(), new W.Text("Somewhat Disagree"))))
            .Build();
        Assert.Empty(Rule(Words).Check(LintContext.For(DocumentLoader.Load(docx, "scale.docx"))));
    }

    [Fact]
    public void Takes_a_word_joined_to_more_by_an_underscore_or_a_dot_for_part_of_a_name()
    {
        RuleTester.Valid(
            Rule(Words),
            "The loop fills the list list_items first.",
            "See the Python Docs docs.python.org for more.");
        RuleTester.Invalid(Rule(Words), "The loop fills the the list_items first.", new Expected("the the", "the", 1, 16));
    }

    [Fact]
    public void Takes_a_line_that_holds_the_copy_alone_for_a_label()
    {
        // A play: the speaker's name, then a stage direction that begins with it.
        RuleTester.Valid(Rule(Words), [SourceFormat.PlainText, SourceFormat.Markdown], "Martha\nMartha, alone\nWhat a long day it has been.");
        RuleTester.Invalid(Rule(Words), [SourceFormat.PlainText, SourceFormat.Markdown], "Martha came in with the\nthe letters.", new Expected("the the", "the", 1, 21));
    }

    [Fact]
    public void Leaves_the_references_list_alone()
    {
        RuleTester.Valid(Rule(Words), "Rooms were full (Smith, 1990).\n\nReferences\n\nSmith, A. (1990). The Lab Lab Handbook. Journal of Libraries.");
        RuleTester.Invalid(
            Rule(Words),
            "Rooms were full full (Smith, 1990).\n\nReferences\n\nSmith, A. (1990). The Lab Lab Handbook. Journal of Libraries.",
            new Expected("full full", "full", 1, 12));
    }

    [Fact]
    public void Compares_case_only_when_told()
    {
        var strict = Rule("extends: repetition\nmessage: x\n");

        Assert.Empty(Check(strict, "The the end."));
        Assert.Equal("The the", Assert.Single(Check(Rule(Words), "The the end.")).Match);
    }

    [Fact]
    public void Takes_numbers_as_words_unless_alpha()
    {
        var all = Rule("extends: repetition\nmessage: x\n");

        Assert.Equal("1 1", Assert.Single(Check(all, "From 1 1 to 2.")).Match);
        Assert.Empty(Check(Rule(Words), "From 1 1 to 2."));
    }

    [Fact]
    public void Uses_the_tokens_given_for_words()
    {
        var rule = Rule("extends: repetition\nmessage: x\ntokens:\n  - '[^\\s]+'\n");

        Assert.Equal("go! go!", Assert.Single(Check(rule, "They cried go! go! and ran.")).Match);
    }
}
