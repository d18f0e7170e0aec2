using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

/// <summary>Every footnote marker and note body is recorded as written, including the mistakes Markdig drops from its tree.</summary>
public sealed class MarkdownFootnoteTests
{
    [Fact]
    public void Records_a_reference_with_its_label_number_and_place()
    {
        var document = MarkdownReader.Parse("a.md", "A claim.[^12]\n\n[^12]: The source.");

        var reference = Assert.Single(document.FootnoteRefs);
        Assert.Equal("12", reference.Label);
        Assert.Equal(12, reference.Number);
        Assert.Equal(NoteKind.Footnote, reference.Kind);
        Assert.Equal(FootnoteNumbering.Auto, reference.Numbering);
        Assert.Equal(MarkerStyle.MarkdownLabel, reference.Style);
        Assert.Same(document.Blocks[0], reference.Block);
        Assert.Equal(8, reference.Offset);
        Assert.Equal(0, reference.Length);
        Assert.Equal(new TextLocation(1, 9, 1, 14), reference.Location);
        Assert.Equal("[^12]", reference.Display);
        Assert.Equal("A claim.", document.Blocks[0].Text);
    }

    [Fact]
    public void Records_a_definition_linked_to_its_body()
    {
        var document = MarkdownReader.Parse("a.md", "A claim.[^12]\n\n[^12]: The source.");

        var note = Assert.Single(document.FootnoteDefs);
        Assert.Equal("12", note.Label);
        Assert.Equal(12, note.Number);
        Assert.Equal(FootnoteNumbering.Auto, note.Numbering);
        Assert.Equal(MarkerStyle.MarkdownLabel, note.Style);
        Assert.Equal(new TextLocation(3, 1, 3, 7), note.Location);
        var body = Assert.Single(note.Blocks);
        Assert.Equal(BlockKind.FootnoteBody, body.Kind);
        Assert.Equal("The source.", body.Text);
        Assert.Same(note, body.Note);
        Assert.Same(body, document.Blocks[1]);
    }

    [Fact]
    public void Records_both_definitions_of_a_label_defined_twice()
    {
        var document = MarkdownReader.Parse("a.md", "Claim.[^1]\n\n[^1]: First body.\n\n[^1]: Second body.");

        Assert.Equal(["1", "1"], document.FootnoteDefs.Select(d => d.Label));
        Assert.Equal(["First body.", "Second body."], document.FootnoteDefs.Select(d => d.Text));
        Assert.Equal([3, 5], document.FootnoteDefs.Select(d => ((TextLocation)d.Location).Line));
        Assert.Equal(["Claim.", "First body.", "Second body."], document.Blocks.Select(b => b.Text));
        Assert.Same(document.FootnoteDefs[1], document.Blocks[2].Note);
    }

    [Fact]
    public void Records_a_definition_nobody_references()
    {
        var document = MarkdownReader.Parse("a.md", "No marker here.\n\n[^lonely]: Orphan *body*.");

        var note = Assert.Single(document.FootnoteDefs);
        Assert.Equal("lonely", note.Label);
        Assert.Null(note.Number);
        Assert.Equal("Orphan body.", note.Text);
        Assert.Empty(document.FootnoteRefs);
        Assert.Equal(new TextLocation(3, 20, 3, 24), document.Locate(note.Blocks[0], 7, 4));
    }

    [Fact]
    public void Records_a_reference_to_a_label_never_defined_and_keeps_it_out_of_the_text()
    {
        var document = MarkdownReader.Parse("a.md", "As shown[^12], and in [^x] too.");

        Assert.Equal("As shown, and in  too.", document.Blocks[0].Text);
        Assert.Equal(["12", "x"], document.FootnoteRefs.Select(r => r.Label));
        Assert.Equal([12, null], document.FootnoteRefs.Select(r => r.Number));
        Assert.Equal([8, 17], document.FootnoteRefs.Select(r => r.Offset));
        Assert.Equal(new TextLocation(1, 9, 1, 14), document.FootnoteRefs[0].Location);
        Assert.Equal(new TextLocation(1, 23, 1, 27), document.FootnoteRefs[1].Location);
        Assert.Equal(["[^12]", "[^x]"], document.FootnoteRefs.Select(r => r.Display));
        Assert.Empty(document.FootnoteDefs);
    }

    [Fact]
    public void Does_not_take_an_escaped_bracket_for_a_reference()
    {
        var document = MarkdownReader.Parse("a.md", "Write \\[^1] to make a note.");

        Assert.Empty(document.FootnoteRefs);
        Assert.Equal("Write [^1] to make a note.", document.Blocks[0].Text);
    }

    [Fact]
    public void Records_an_empty_definition()
    {
        var document = MarkdownReader.Parse("a.md", "Claim.[^1] Other.[^2]\n\n[^1]:\n\n[^2]: Body.\n\n[^3]:");

        Assert.Equal(["1", "2", "3"], document.FootnoteDefs.Select(d => d.Label));
        Assert.Equal([true, false, true], document.FootnoteDefs.Select(d => d.IsEmpty));
        Assert.Equal(new TextLocation(3, 1, 3, 6), document.FootnoteDefs[0].Location);
        Assert.Equal(new TextLocation(7, 1, 7, 6), document.FootnoteDefs[2].Location);
    }

    [Fact]
    public void Records_references_in_quotes_list_items_tables_and_headings()
    {
        const string source = """
            # Heading[^h]

            > Quoted.[^q]

            - Listed.[^l]

            | Cell[^t] |
            |----------|
            | Row[^r] |

            [^h]: H.
            [^q]: Q.
            [^l]: L.
            """;

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(
            [("h", BlockKind.Heading), ("q", BlockKind.Quote), ("l", BlockKind.ListItem), ("t", BlockKind.TableCell), ("r", BlockKind.TableCell)],
            document.FootnoteRefs.Select(r => (r.Label, r.Block.Kind)));
        Assert.Equal(
            ["1:10-1:14", "3:10-3:14", "5:10-5:14", "7:7-7:11", "9:6-9:10"],
            document.FootnoteRefs.Select(r => MarkdownSnapshot.Range(r.Location)));
        Assert.Equal(["h", "q", "l"], document.FootnoteDefs.Select(d => d.Label));
    }

    [Fact]
    public void Keeps_labels_as_written()
    {
        var document = MarkdownReader.Parse("a.md", "One.[^Smith-2001] Two.[^note_b]\n\n[^smith-2001]: Lower case.\n[^note_b]: B.");

        Assert.Equal(["Smith-2001", "note_b"], document.FootnoteRefs.Select(r => r.Label));
        Assert.All(document.FootnoteRefs, r => Assert.Null(r.Number));
        Assert.Equal(["smith-2001", "note_b"], document.FootnoteDefs.Select(d => d.Label));
    }

    [Fact]
    public void Reads_a_definition_with_several_indented_paragraphs_a_quote_and_a_list()
    {
        const string source = """
            Text.[^long]

            [^long]: First paragraph
                continues here.

                Second paragraph.

                > A quotation in the note.

                - a list in the note

            After the note.
            """;

        var document = MarkdownReader.Parse("a.md", source);

        var note = Assert.Single(document.FootnoteDefs);
        Assert.Equal(
            ["First paragraph continues here.", "Second paragraph.", "A quotation in the note.", "a list in the note"],
            note.Blocks.Select(b => b.Text));
        Assert.All(note.Blocks, b => Assert.Equal(BlockKind.FootnoteBody, b.Kind));
        Assert.All(note.Blocks, b => Assert.Same(note, b.Note));
        Assert.Equal(BlockKind.Paragraph, document.Blocks[^1].Kind);
        Assert.Equal("After the note.", document.Blocks[^1].Text);
        Assert.Equal(new TextLocation(6, 5, 6, 11), document.Locate(note.Blocks[1], 0, 6));
    }

    [Fact]
    public void Records_a_definition_indented_after_another_note_that_Markdig_reads_as_its_text()
    {
        const string source = """
            One[^1] two[^2] three[^3].

            [^1]: First note.

               [^2]: Second *note*.

                Its second paragraph.
            [^3]: Third
              [^4]: Fourth, continuing the third.
            """;

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(
            [("1", "First note.", "3:1-3:6"), ("2", "Second note.\\nIts second paragraph.", "5:4-5:9"), ("3", "Third", "8:1-8:6"), ("4", "Fourth, continuing the third.", "9:3-9:8")],
            document.FootnoteDefs.Select(d => (d.Label, MarkdownSnapshot.Visible(d.Text), MarkdownSnapshot.Range(d.Location))));
        Assert.Equal(["1", "2", "3"], document.FootnoteRefs.Select(r => r.Label));
        var second = document.FootnoteDefs[1];
        Assert.Equal(new TextLocation(5, 18, 5, 22), document.Locate(second.Blocks[0], 7, 4));
        Assert.All(second.Blocks, b => Assert.Same(second, b.Note));
    }

    [Fact]
    public void Leaves_a_definition_written_in_a_quote_as_text()
    {
        var document = MarkdownReader.Parse("a.md", "> [^q]: Not a note in Markdown.");

        Assert.Equal("[^q]: Not a note in Markdown.", document.Blocks[0].Text);
        Assert.Empty(document.FootnoteRefs);
        Assert.Empty(document.FootnoteDefs);
    }

    [Fact]
    public void Keeps_notes_where_they_are_written_in_reading_order()
    {
        var document = MarkdownReader.Parse("a.md", "First.[^b]\n\n[^a]: Note a.\n\nMiddle.[^a]\n\n[^b]: Note b.\n\nLast.");

        Assert.Equal(["First.", "Note a.", "Middle.", "Note b.", "Last."], document.Blocks.Select(b => b.Text));
        Assert.Equal(["b", "a"], document.FootnoteRefs.Select(r => r.Label));
        Assert.Equal(["a", "b"], document.FootnoteDefs.Select(d => d.Label));
    }

    [Fact]
    public void Records_references_inside_notes()
    {
        var document = MarkdownReader.Parse("a.md", "Text.[^1]\n\n[^1]: See also.[^2]\n\n[^2]: More.");

        Assert.Equal(["1", "2"], document.FootnoteRefs.Select(r => r.Label));
        Assert.Equal(BlockKind.FootnoteBody, document.FootnoteRefs[1].Block.Kind);
    }

    [Fact]
    public void Records_html_sup_numbers_as_manual_markers()
    {
        var document = MarkdownReader.Parse("a.md", "A claim<sup>3</sup> here.");
        var block = document.Blocks[0];

        Assert.Equal("A claim3 here.", block.Text);
        var reference = Assert.Single(document.FootnoteRefs);
        Assert.Equal((FootnoteNumbering.Manual, MarkerStyle.HtmlSup, "3", 3), (reference.Numbering, reference.Style, reference.Label, reference.Number));
        Assert.Equal((7, 1), (reference.Offset, reference.Length));
        Assert.Equal(new TextLocation(1, 13, 1, 14), reference.Location);
        Assert.Equal("<sup>3</sup>", reference.Display);
        Assert.Equal([new InlineSpan(SpanKind.Superscript, 7, 1)], block.Spans);
    }

    [Fact]
    public void Records_caret_superscript_numbers_as_manual_markers()
    {
        var document = MarkdownReader.Parse("a.md", "A claim^14^ here.");

        var reference = Assert.Single(document.FootnoteRefs);
        Assert.Equal((FootnoteNumbering.Manual, MarkerStyle.CaretSup, "14", 14), (reference.Numbering, reference.Style, reference.Label, reference.Number));
        Assert.Equal("A claim14 here.", document.Blocks[0].Text);
        Assert.Equal(new TextLocation(1, 9, 1, 11), reference.Location);
        Assert.Equal("^14^", reference.Display);
    }

    [Fact]
    public void Takes_a_paragraph_that_begins_with_a_sup_or_caret_number_for_a_manual_note_body()
    {
        var document = MarkdownReader.Parse("a.md", "Text<sup>1</sup> and^2^.\n\n<sup>1</sup> First *note*.\n\n^2^ Second note.");

        Assert.Equal(["Text1 and2.", "First note.", "Second note."], document.Blocks.Select(b => b.Text));
        Assert.Equal(
            [("1", MarkerStyle.HtmlSup, "3:14-3:14"), ("2", MarkerStyle.CaretSup, "5:5-5:5")],
            document.FootnoteDefs.Select(d => (d.Label, d.Style, MarkdownSnapshot.Range(d.Location))));
        Assert.All(document.FootnoteDefs, d => Assert.Equal(FootnoteNumbering.Manual, d.Numbering));
        Assert.Equal([(1, MarkerStyle.HtmlSup), (2, MarkerStyle.CaretSup)], document.FootnoteRefs.Select(r => (r.Number!.Value, r.Style)));
        Assert.Equal([new InlineSpan(SpanKind.Emphasis, 6, 4)], document.Blocks[1].Spans);
        Assert.Same(document.FootnoteDefs[0], document.Blocks[1].Note);
    }

    [Theory]
    [InlineData("The term x^2^ grows.")]
    [InlineData("About 10<sup>3</sup> people.")]
    [InlineData("A word<sup>th</sup> only.")]
    public void Does_not_take_exponents_or_words_in_superscript_for_markers(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.Empty(document.FootnoteRefs);
        Assert.Contains(document.Blocks[0].Spans, s => s.Kind == SpanKind.Superscript);
    }

    [Fact]
    public void Does_not_take_unicode_exponents_for_markers()
    {
        var document = MarkdownReader.Parse("a.md", "Some 5 cm³ of *water*, and x².");

        Assert.Empty(document.FootnoteRefs);
        Assert.Equal("Some 5 cm³ of water, and x².", document.Blocks[0].Text);
    }

    [Fact]
    public void Records_unicode_superscript_markers_and_note_bodies_as_in_plain_text()
    {
        var document = MarkdownReader.Parse("a.md", "The *claim*¹ and the other².\n\n¹ A *source*.\n\n² Another source.");

        Assert.Equal(["The claim¹ and the other².", "A source.", "Another source."], document.Blocks.Select(b => b.Text));
        Assert.Equal([BlockKind.Paragraph, BlockKind.FootnoteBody, BlockKind.FootnoteBody], document.Blocks.Select(b => b.Kind));
        Assert.Equal([1, 2], document.FootnoteRefs.Select(r => r.Number));
        Assert.All(document.FootnoteRefs, r => Assert.Equal((FootnoteNumbering.Manual, MarkerStyle.UnicodeSuperscript), (r.Numbering, r.Style)));
        Assert.Equal(new TextLocation(1, 12, 1, 13), document.FootnoteRefs[0].Location);
        Assert.Equal([1, 2], document.FootnoteDefs.Select(d => d.Number));
        Assert.All(document.FootnoteDefs, d => Assert.Equal(MarkerStyle.UnicodeSuperscript, d.Style));
        Assert.Equal(new TextLocation(3, 3, 3, 3), document.FootnoteDefs[0].Location);
        Assert.Same(document.FootnoteDefs[1], document.Blocks[2].Note);
        Assert.Equal([new InlineSpan(SpanKind.Emphasis, 2, 6)], document.Blocks[1].Spans);
        Assert.Equal(new TextLocation(3, 6, 3, 12), document.Locate(document.Blocks[1], 2, 6));
    }

    [Fact]
    public void Reads_two_markers_side_by_side_as_two_markers()
    {
        var document = MarkdownReader.Parse("a.md", "The tide turned early.[^second][^first] Then it ebbed.\n\n[^first]: A log.\n\n[^second]: A diary.");

        Assert.Equal("The tide turned early. Then it ebbed.", document.Blocks[0].Text);
        Assert.Equal(
            [("second", 22, "1:23-1:32"), ("first", 22, "1:32-1:40")],
            document.FootnoteRefs.Select(r => (r.Label, r.Offset, MarkdownSnapshot.Range(r.Location))));
        Assert.Equal(["[^second]", "[^first]"], document.FootnoteRefs.Select(r => r.Display));
    }

    [Fact]
    public void Keeps_bracketed_text_and_a_bang_before_a_marker_as_text()
    {
        // Markdig reads "[text][^b]" as a link to note b through its definition, and "![^b]" as an image of it.
        var document = MarkdownReader.Parse("a.md", "As the survey found [Ames, 1902, \\[p. 4\\]][^b] and it was new![^b]\n\n[^b]: The survey.");

        Assert.Equal("As the survey found [Ames, 1902, [p. 4]] and it was new!", document.Blocks[0].Text);
        Assert.Equal([("b", 40, "1:43-1:47"), ("b", 56, "1:63-1:67")], document.FootnoteRefs.Select(r => (r.Label, r.Offset, MarkdownSnapshot.Range(r.Location))));
        Assert.Equal(new TextLocation(1, 21, 1, 26), document.Locate(document.Blocks[0], 20, 5));
    }

    [Fact]
    public void Records_a_definition_indented_after_a_blank_line_that_Markdig_reads_as_a_link_definition_in_the_note_before()
    {
        var document = MarkdownReader.Parse("a.md", "Rain fell[^1] and fell[^2].\n\n   [^1]: A gauge.\n\n   [^2]: A second *gauge*.\n");

        Assert.Equal("Rain fell and fell.", document.Blocks[0].Text);
        Assert.Equal([("1", 9), ("2", 18)], document.FootnoteRefs.Select(r => (r.Label, r.Offset)));
        Assert.Equal(
            [("1", "A gauge.", "3:4-3:9"), ("2", "A second gauge.", "5:4-5:9")],
            document.FootnoteDefs.Select(d => (d.Label, d.Text, MarkdownSnapshot.Range(d.Location))));
        Assert.Equal(new TextLocation(5, 20, 5, 25), document.Locate(document.FootnoteDefs[1].Blocks[0], 9, 5));
    }

    [Fact]
    public void Takes_a_referenced_line_written_without_the_colon_for_the_note()
    {
        const string source = "Bells rang.[^1] Doors shut.[^b]\n\n[^1] Hale, *Town Records*, 1871.\n\n[^b] Ibid., p. 9.\n[^1] Again, a second line.\n";

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(["1", "b"], document.FootnoteRefs.Select(r => r.Label));
        Assert.All(document.FootnoteRefs, r => Assert.Equal(BlockKind.Paragraph, r.Block.Kind));
        Assert.Equal(
            [("1", "Hale, Town Records, 1871.", "3:1-3:5"), ("b", "Ibid., p. 9.", "5:1-5:5"), ("1", "Again, a second line.", "6:1-6:5")],
            document.FootnoteDefs.Select(d => (d.Label, d.Text, MarkdownSnapshot.Range(d.Location))));
        Assert.All(document.FootnoteDefs, d => Assert.True(d.WithoutColon));
        Assert.All(document.FootnoteDefs, d => Assert.Equal((FootnoteNumbering.Auto, MarkerStyle.MarkdownLabel), (d.Numbering, d.Style)));
        Assert.Equal(["Bells rang. Doors shut.", "Hale, Town Records, 1871.", "Ibid., p. 9.", "Again, a second line."], document.Blocks.Select(b => b.Text));
        Assert.All(document.FootnoteDefs, d => Assert.Same(d, Assert.Single(d.Blocks).Note));
        Assert.Equal([new InlineSpan(SpanKind.Emphasis, 6, 12)], document.FootnoteDefs[0].Blocks[0].Spans);
        Assert.Equal(new TextLocation(3, 13, 3, 25), document.Locate(document.FootnoteDefs[0].Blocks[0], 6, 12));
    }

    [Theory]
    [InlineData("Bells rang.[^1]\n\n[^1]: Hale.\n\n[^1] A line that only cites it again.")]
    [InlineData("Bells rang.\n\n[^1] Nothing points to this line.")]
    [InlineData("Bells rang.[^1]\n\nThe doors\n[^1] shut at dusk.")]
    [InlineData("Bells rang.[^1]\n\n> [^1] Quoted, not a note.")]
    [InlineData("Bells rang.[^1]\n\n[^1]\n\nHale.")]
    public void Leaves_a_line_opening_marker_alone_when_it_is_not_a_note_written_without_the_colon(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.DoesNotContain(document.FootnoteDefs, d => d.WithoutColon);
        Assert.Equal(source.Split("[^1]").Length - 1 - document.FootnoteDefs.Count, document.FootnoteRefs.Count);
    }

    [Fact]
    public void A_note_written_in_raw_html_or_as_a_bare_link_is_not_empty()
    {
        const string source = "Aa[^1] bb[^2] cc[^3] dd[^4]\n\n[^1]: <a href=\"https://example.org/ledger\">\nThe harbour ledger.</a>\n\n[^2]: <https://example.org/map>\n\n[^3]: <!-- to do -->\n\n[^4]: <span></span>\n";

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal([false, false, true, true], document.FootnoteDefs.Select(d => d.IsEmpty));
    }

    [Fact]
    public void Does_not_take_an_author_lines_raised_numbers_or_its_affiliations_for_notes()
    {
        const string source = "# Tides of the Northern Coast\n\nMaren Holt¹², Ivo de Wit² and Sara Quist¹\n\n¹ Coastal Institute, Bergen\n\n<sup>2</sup> Harbour Museum, Delft\n\nThe tides rose.¹\n\n¹ A gauge record.";

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal([(1, "The tides rose.¹")], document.FootnoteRefs.Select(r => (r.Number!.Value, r.Block.Text)));
        Assert.Equal("A gauge record.", Assert.Single(document.FootnoteDefs).Text);
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.FootnoteBody],
            document.Blocks.Select(b => b.Kind));
        Assert.Equal([new InlineSpan(SpanKind.Superscript, 10, 2), new InlineSpan(SpanKind.Superscript, 24, 1), new InlineSpan(SpanKind.Superscript, 40, 1)], document.Blocks[1].Spans);
    }

    [Fact]
    public void Once_running_prose_has_begun_a_line_of_names_with_raised_numbers_carries_note_markers()
    {
        const string source = "# Tides\n\nThe tides of the northern coast rose through the spring of that year, as the harbour gauges at Bergen and at Delft both recorded, and the records of the two harbours agree on the height of the highest of them all that spring.\n\nMaren Holt¹, Ivo de Wit² and Sara Quist³\n\n¹ A gauge record.\n\n² A second record.\n\n³ A third record.";

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal([1, 2, 3], document.FootnoteRefs.Select(r => r.Number!.Value));
        Assert.Equal(["A gauge record.", "A second record.", "A third record."], document.FootnoteDefs.Select(d => d.Text));
        Assert.DoesNotContain(document.Blocks, b => b.IsFrontMatter);
    }
}
