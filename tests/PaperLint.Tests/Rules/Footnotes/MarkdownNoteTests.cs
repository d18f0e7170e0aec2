using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>The footnote rules on Markdown notes, including the mistakes Markdig drops from its tree.</summary>
public sealed class MarkdownNoteTests
{
    private static readonly IRule[] AllRules = [new Sequence(), new Undefined(), new Unreferenced(), new Duplicate(), new Empty(), new BodyOrder()];

    [Fact]
    public void Many_correct_notes_in_text_and_quotations_give_no_finding()
    {
        var text = new System.Text.StringBuilder();
        for (int i = 1; i <= 12; i++)
        {
            text.Append(i % 3 == 0 ? "> A quoted passage" : "A claim").Append($" with note {i}.[^{i}]\n\n");
        }

        for (int i = 1; i <= 12; i++)
        {
            text.Append($"[^{i}]: Source {i}, published in 19{i + 10}, p. {i * 3}.\n\n");
        }

        foreach (var rule in AllRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.Markdown, text.ToString()));
        }
    }

    [Fact]
    public void Sequence_reports_numeric_labels_out_of_order()
    {
        var findings = FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "One.[^1] Three.[^3] Two.[^2]\n\n[^1]: a\n[^2]: b\n[^3]: c\n");

        Assert.Equal(["1:16 [^3]: footnote 3 appears before footnote 2; swap the numbers or move the notes"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Sequence_accepts_a_note_referenced_twice()
    {
        Assert.Empty(FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "One.[^1] Two.[^2] Again.[^1]\n\n[^1]: a\n[^2]: b\n"));
    }

    [Fact]
    public void Sequence_checks_sup_and_caret_markers_typed_by_hand()
    {
        var findings = FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "One<sup>1</sup> two^2^ four<sup>4</sup>.");

        Assert.Equal(["1:33 4: footnote 4 follows footnote 2; 3 is missing; renumber the notes from here or add the missing one"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Sequence_lets_numeric_labels_start_above_1()
    {
        // A chapter taken from a book keeps the book's note numbers; Markdown prints them from 1 anyway.
        Assert.Empty(FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "The ferry ran late.[^21] The pier was new.[^22]\n\n[^21]: Port log.\n\n[^22]: Town plan.\n"));
    }

    [Fact]
    public void Sequence_reports_a_gap_inside_labels_that_start_above_1()
    {
        var findings = FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "The ferry ran late.[^21] The pier was new.[^23]\n\n[^21]: Port log.\n\n[^23]: Town plan.\n");

        Assert.Equal(["1:43 [^23]: footnote 23 follows footnote 21; 22 is missing; renumber the notes from here or add the missing one"], FootnoteCases.Lines(findings));
    }

    [Theory]
    [InlineData("Sand.[^3] Salt.[^glass] Lime.[^1]\n\n[^1]: Kiln records.\n\n[^glass]: Furnace notes.\n\n[^3]: Quarry ledger.\n")]
    [InlineData("Sand.[^1] Salt.[^glass] Lime.[^7]\n\n[^1]: Kiln records.\n\n[^glass]: Furnace notes.\n\n[^7]: Quarry ledger.\n")]
    public void Sequence_leaves_numeric_labels_alone_in_a_document_that_names_its_notes(string text)
    {
        Assert.Empty(FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, text));
    }

    [Fact]
    public void Sequence_still_counts_numeric_labels_when_the_only_named_marker_has_no_note()
    {
        // A named marker without a note is a mistake of its own, not a sign that labels are names.
        var findings = FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, "Sand.[^2] Salt.[^1] Lime.[^kiln]\n\n[^1]: Quarry ledger.\n\n[^2]: Furnace notes.\n");

        Assert.Equal(["1:6 [^2]: footnote 2 appears before footnote 1; swap the numbers or move the notes"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Sequence_does_not_count_a_note_line_without_colon_as_a_marker()
    {
        // Note 2's marker was typed "[2]", so its line, also without the colon, is not taken for a note:
        // the text's markers skip 2, and the line itself is no place in the text.
        const string text = "Frost came early.[^1] The crop [2] failed.[^3]\n\n[^1] Farm diary.\n\n[^2] Parish letter.\n\n[^3] Market report.\n";

        Assert.Equal(
            ["1:43 [^3]: footnote 3 follows footnote 1; 2 is missing; renumber the notes from here or add the missing one"],
            FootnoteCases.Lines(FootnoteCases.Run(new Sequence(), SourceFormat.Markdown, text)));
        Assert.Equal(
            ["5:1 [^2]: footnote [^2] opens a line like a note written without the colon, but no marker in the text points to it; add its marker and write \"[^2]: …\", or delete the line"],
            FootnoteCases.Lines(FootnoteCases.Run(new Undefined(), SourceFormat.Markdown, text)));
    }

    [Theory]
    [InlineData("\\section{Harvest}\n\nThe barley was cut in August.[^cut]\n% The rye[^rye] is left for the next chapter.\n\n[^cut]: Farm diary.\n")]
    [InlineData("\\bigskip\n\nThe barley was cut in August.[^1]\n\n%[^2]: Reserved for the rye.\n% Rye, see[^2].\n\n[^1]: Farm diary.\n")]
    [InlineData("\\label{sec:harvest}\nThe barley was cut in August.[^1]\n  % and the rye¹ later.\n\n[^1]: Farm diary.\n")]
    public void Markers_on_lines_commented_out_with_a_percent_sign_in_markdown_written_for_latex_are_not_markers(string text)
    {
        foreach (var rule in AllRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.Markdown, text));
        }
    }

    [Theory]
    [InlineData("The barley was cut in August.[^cut]\n% The rye[^rye] is left for later.\n\n[^cut]: Farm diary.\n", "2:10")]
    [InlineData("```\n\\section{Harvest}\n```\n\nThe barley was cut in August.[^cut]\n% The rye[^rye] is left for later.\n\n[^cut]: Farm diary.\n", "6:10")]
    public void Undefined_reports_a_marker_after_a_percent_sign_in_markdown_not_written_for_latex(string text, string place)
    {
        // Markdown prints such a line; only a LaTeX writer means "%" as a comment, and LaTeX shown as code says nothing.
        var finding = Assert.Single(FootnoteCases.Run(new Undefined(), SourceFormat.Markdown, text));

        Assert.Equal($"{place} [^rye]: footnote [^rye] has no definition; add \"[^rye]: …\" or remove the marker", FootnoteCases.Lines([finding])[0]);
    }

    [Fact]
    public void Undefined_reports_a_label_never_defined_once()
    {
        var findings = FootnoteCases.Run(new Undefined(), SourceFormat.Markdown, "One.[^1] Two.[^12] Again.[^12]\n\n[^1]: a\n");

        Assert.Equal(["1:14 [^12]: footnote [^12] has no definition; add \"[^12]: …\" or remove the marker"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Unreferenced_reports_a_definition_nobody_references()
    {
        var findings = FootnoteCases.Run(new Unreferenced(), SourceFormat.Markdown, "One.[^1]\n\n[^1]: a\n\n[^note]: never used\n");

        Assert.Equal(["5:1 [^note]: footnote [^note] is never referenced in the text; add its marker or delete the note"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Duplicate_reports_a_label_defined_twice()
    {
        var findings = FootnoteCases.Run(new Duplicate(), SourceFormat.Markdown, "One.[^1]\n\n[^1]: a\n\n[^1]: again\n");

        Assert.Equal(["5:1 [^1]: footnote [^1] is defined twice (first at 3:1); merge the two notes or give this one its own number"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Empty_reports_a_definition_with_no_text()
    {
        var findings = FootnoteCases.Run(new Empty(), SourceFormat.Markdown, "One.[^1] Two.[^2]\n\n[^1]: a\n\n[^2]:\n");

        Assert.Equal(["5:1 [^2]: footnote [^2] is empty; write the note or delete it and its marker"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void BodyOrder_leaves_markdown_definitions_alone()
    {
        Assert.Empty(FootnoteCases.Run(new BodyOrder(), SourceFormat.Markdown, "One.[^1] Two.[^2]\n\n[^2]: b\n\n[^1]: a\n"));
    }

    [Theory]
    [InlineData("The tide turned.[^second][^first] It ebbed.[^first]\n\n[^first]: A log.\n\n[^second]: A diary.\n")]
    [InlineData("As the survey found [Ames, 1902][^b] and it was new![^c]\n\n[^b]: The survey.\n\n[^c]: A letter.\n")]
    [InlineData("Rain fell[^1] and fell[^2] and fell[^3].\n\n   [^1]: A gauge.\n\n   [^2]: A second gauge.\n\n   [^3]: A third.\n")]
    [InlineData("Aa[^1] bb[^2]\n\n[^1]: <a href=\"https://example.org/ledger\">\nThe harbour ledger.</a>\n\n[^2]: <https://example.org/map>\n")]
    [InlineData("Tides of the Northern Coast\n\nMaren Holt¹², Ivo de Wit² and Sara Quist¹\n\n¹ Coastal Institute\n\n² Harbour Museum\n\nThe tides rose on the northern coast for a month, the gauges said, and the harbour flooded twice before the council met to talk about a wall; nobody agreed on who would pay for it, and the plan was dropped.¹\n\n¹ A gauge record.\n")]
    [InlineData("A table of times:\n\n| n | time |\n|---|---|\n| 2ⁿ | more than 10³⁰⁰ ⁰⁰⁰ years |\n")]
    public void Notes_Markdig_reads_oddly_give_no_finding_when_they_are_right(string text)
    {
        foreach (var rule in AllRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.Markdown, text));
        }
    }

    [Fact]
    public void Undefined_reports_the_one_missing_note_of_two_markers_side_by_side()
    {
        var findings = FootnoteCases.Run(new Undefined(), SourceFormat.Markdown, "The tide turned.[^log][^diary]\n\n[^log]: A log.\n");

        Assert.Equal(["1:23 [^diary]: footnote [^diary] has no definition; add \"[^diary]: …\" or remove the marker"], FootnoteCases.Lines(findings));
    }
}
