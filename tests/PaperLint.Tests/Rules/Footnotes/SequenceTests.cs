using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Tests.Rules.Footnotes;

public sealed class SequenceTests
{
    private static readonly Sequence Rule = new();

    [Theory]
    [InlineData("")]
    [InlineData("One¹ two² three³.\n\n¹ a\n\n² b\n\n³ c")]
    [InlineData("An area of 40 m², the term x², 10³ people, and H₂O.")]
    [InlineData("Numbers 1903 and (p. 4) and 2nd are not markers.")]
    public void Plain_text_valid(string text)
    {
        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.PlainText, text.Length == 0 ? " " : text));
    }

    [Fact]
    public void Reports_gap_in_footnote_sequence()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "One¹ two² three³ four⁴ six⁶.\n\n¹ a\n\n² b\n\n³ c\n\n⁴ d\n\n⁶ f");

        Assert.Equal(["1:27 ⁶: footnote 6 follows footnote 4; 5 is missing; renumber the notes from here or add the missing one"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void A_number_of_nine_digits_is_one_gap_named_by_its_ends()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.Markdown, "A sentence.<sup>1</sup> Another sentence.<sup>999999999</sup>");

        Assert.Equal(["1:47 999999999: footnote 999999999 follows footnote 1; 2 to 999999998 are missing; renumber the notes from here or add the missing one"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Reports_a_swap_once_at_the_early_number()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "One¹ two² three³ five⁵ four⁴ six⁶.");

        Assert.Equal(["1:22 ⁵: footnote 5 appears before footnote 4; swap the numbers or move the notes"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Reports_a_wrong_number_in_a_gap_as_the_number_it_should_be()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "Aa¹ bb² cc³ dd⁷ ee⁵ ff⁶.");

        Assert.Equal(["1:15 ⁷: footnote 7 stands between footnotes 3 and 5; it should be 4"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Reports_a_repeated_number_typed_by_hand()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "Aa¹ bb² cc² dd³.");

        Assert.Equal(["1:11 ²: footnote 2 appears a second time (the first is at 1:7); renumber this marker and the notes after it"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Reports_a_number_typed_again_to_cite_the_same_note_again()
    {
        // Typed by hand, a second ¹ cannot be told from a slip in the numbering, so it is reported like any repeat.
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "A claim¹ and the same note again¹ is a repeat.\n\n¹ a");

        Assert.Equal(
            ["1:33 ¹: footnote 1 appears a second time (the first is at 1:8); renumber this marker and the notes after it; if the numbering starts again in each chapter, set 'footnotes: restart: chapter' in .paperlint.yml"],
            FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Reports_a_sequence_that_does_not_start_at_1()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.PlainText, "Aa³ bb⁴.");

        Assert.Equal(["1:3 ³: footnote 3 is the first footnote; 1 and 2 are missing; number the notes from 1"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Numbering_may_restart_per_chapter_when_configured()
    {
        const string text = "Chapter One\n\nAa¹ bb².\n\nChapter Two\n\nCc¹ dd².";
        var restart = LintSettings.Default.With(FootnoteOptions.Default with { Restart = NumberingRestart.Chapter });

        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.PlainText, text, restart));
        Assert.Equal(
            [
                "7:3 ¹: footnote 1 appears a second time (the first is at 3:3); renumber this marker and the notes after it; if the numbering starts again in each chapter, set 'footnotes: restart: chapter' in .paperlint.yml",
                "7:7 ²: footnote 2 appears a second time (the first is at 3:7); renumber this marker and the notes after it",
            ],
            FootnoteCases.Lines(FootnoteCases.Run(Rule, SourceFormat.PlainText, text)));
    }

    [Fact]
    public void Marker_styles_left_out_of_manualMarkers_are_not_notes()
    {
        var onlyHtml = LintSettings.Default.With(FootnoteOptions.Default with { ManualMarkers = new HashSet<MarkerStyle> { MarkerStyle.HtmlSup } });

        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.PlainText, "Aa³ bb⁴.", onlyHtml));
    }

    [Fact]
    public void Note_bodies_split_by_a_page_break_are_not_markers()
    {
        const string text = "Body text¹ continues.\n\n¹ The first note runs on\n\nto the next page after a break.\n\nMore body text² here.\n\n² Second note.";

        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.PlainText, text));
    }
}
