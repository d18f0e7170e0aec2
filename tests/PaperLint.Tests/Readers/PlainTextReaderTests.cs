using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Splits_paragraphs_at_blank_lines_and_joins_lines_with_spaces()
    {
        var doc = PlainTextReader.Parse("a.txt", "First line\nsecond line.\n\n  \nNext paragraph here.\n");

        Assert.Equal(["First line second line.", "Next paragraph here."], doc.Blocks.Select(b => b.Text));
        Assert.Equal(new TextLocation(2, 1, 2, 7), doc.Locate(doc.Blocks[0], 11, 6));
        Assert.Equal(new TextLocation(5, 6, 5, 15), doc.Locate(doc.Blocks[1], 5, 9));
    }

    [Fact]
    public void Handles_crlf_line_endings()
    {
        var doc = PlainTextReader.Parse("a.txt", "One two.\r\nthree four.\r\n\r\nFive six.");

        Assert.Equal("One two. three four.", doc.Blocks[0].Text);
        Assert.Equal(new TextLocation(2, 1, 2, 6), doc.Locate(doc.Blocks[0], 9, 5));
        Assert.Equal(new TextLocation(4, 1, 4, 5), doc.Locate(doc.Blocks[1], 0, 4));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[0])]
    public void Reads_utf8_with_or_without_bom(byte[] bom)
    {
        byte[] body = System.Text.Encoding.UTF8.GetBytes("Žižek wrote.");
        var doc = new PlainTextReader().Read("a.txt", new MemoryStream([.. bom, .. body]));

        Assert.Equal("Žižek wrote.", doc.Blocks[0].Text);
        Assert.Equal(new TextLocation(1, 1, 1, 6), doc.Locate(doc.Blocks[0], 0, 5));
    }

    [Fact]
    public void Reads_utf16_with_bom()
    {
        byte[] bytes = [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Saint-Saëns.")];
        var doc = new PlainTextReader().Read("a.txt", new MemoryStream(bytes));

        Assert.Equal("Saint-Saëns.", doc.Blocks[0].Text);
    }

    [Fact]
    public void Records_superscript_markers_and_note_bodies()
    {
        var doc = PlainTextReader.Parse("a.txt", "The claim¹ and the other².\n\n¹ A source.\n\n² Another source.");

        Assert.Equal(["The claim¹ and the other².", "A source.", "Another source."], doc.Blocks.Select(b => b.Text));
        Assert.Equal([BlockKind.Paragraph, BlockKind.FootnoteBody, BlockKind.FootnoteBody], doc.Blocks.Select(b => b.Kind));
        Assert.Equal([1, 2], doc.FootnoteRefs.Select(r => r.Number));
        Assert.All(doc.FootnoteRefs, r => Assert.Equal(FootnoteNumbering.Manual, r.Numbering));
        Assert.Equal(new TextLocation(1, 10, 1, 11), doc.FootnoteRefs[0].Location);
        Assert.Equal([1, 2], doc.FootnoteDefs.Select(d => d.Number));
        Assert.Equal(new TextLocation(3, 1, 3, 2), doc.FootnoteDefs[0].Location);
        Assert.Same(doc.FootnoteDefs[1], doc.Blocks[2].Note);
    }

    [Theory]
    [InlineData("An area of 40 m² in all.")]
    [InlineData("The term x² grows.")]
    [InlineData("About 10³ people.")]
    [InlineData("Some 5 cm³ of water.")]
    [InlineData("More than 10³⁰⁰ ⁰⁰⁰ years, or 10³⁰⁰ ⁵⁰⁰.")]
    [InlineData("A note is never numbered ⁰ or ⁰⁷.")]
    [InlineData("A dose of 5 mg kg-¹ daily.")]
    public void Does_not_take_exponents_and_units_for_markers(string text)
    {
        var doc = PlainTextReader.Parse("a.txt", text);

        Assert.Empty(doc.FootnoteRefs);
    }

    [Fact]
    public void Treats_a_short_unpunctuated_line_as_a_heading()
    {
        var doc = PlainTextReader.Parse("a.txt", "References\n\nSmith, J. (2001). A book. Press.");

        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal(BlockKind.Paragraph, doc.Blocks[1].Kind);
    }

    [Fact]
    public void Refuses_a_zip_named_txt()
    {
        var e = Assert.Throws<InputException>(() => new PlainTextReader().Read("a.txt", new MemoryStream([(byte)'P', (byte)'K', 3, 4, 0, 0])));

        Assert.Equal("a.txt: a zip archive, not text; if it is a Word document, name it .docx", e.Message);
    }

    [Fact]
    public void Marks_urls_and_email_addresses_as_non_prose()
    {
        var doc = PlainTextReader.Parse("a.txt", "See https://example.org/a-b_c?x=1. Or write to desk@example.org, or www.example.com/page).");
        var block = doc.Blocks[0];

        Assert.Equal(
            ["https://example.org/a-b_c?x=1", "desk@example.org", "www.example.com/page"],
            block.Spans.Where(s => s.Kind == SpanKind.Url).Select(s => block.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Keeps_a_quoted_query_value_in_its_url_but_not_the_quotation_marks_around_a_url()
    {
        var doc = PlainTextReader.Parse("a.txt", "Search https://example.org/find?q=\"tea+room\"&year=\"1901\". He cited \"https://example.org/b\" too.");
        var block = doc.Blocks[0];

        Assert.Equal(
            ["https://example.org/find?q=\"tea+room\"&year=\"1901\"", "https://example.org/b"],
            block.Spans.Where(s => s.Kind == SpanKind.Url).Select(s => block.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Does_not_take_numbers_in_brackets_for_note_markers()
    {
        var doc = PlainTextReader.Parse("a.txt", "Packets were captured with Tcpdump[1] and read with Zeek [2].\n\nReferences\n\n[1] Tcpdump manual.\n\n[2] Zeek documentation.");

        Assert.Empty(doc.FootnoteRefs);
        Assert.Empty(doc.FootnoteDefs);
        Assert.DoesNotContain(doc.Blocks, b => b.Kind == BlockKind.FootnoteBody);
    }

    [Fact]
    public void Does_not_take_an_author_lines_raised_numbers_or_its_affiliations_for_notes()
    {
        const string text = "Tides of the Northern Coast\n\nMaren Holt¹,², Ivo de Wit² and J. P. Quist¹\n\n¹ Coastal Institute, Bergen\n\n² Harbour Museum, Delft\n\nThe tides rose.¹\n\n¹ A gauge record.";

        var doc = PlainTextReader.Parse("a.txt", text);

        var reference = Assert.Single(doc.FootnoteRefs);
        Assert.Equal((1, "The tides rose.¹"), (reference.Number, reference.Block.Text));
        Assert.Equal("A gauge record.", Assert.Single(doc.FootnoteDefs).Text);
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.FootnoteBody],
            doc.Blocks.Select(b => b.Kind));
        Assert.Equal("¹ Coastal Institute, Bergen", doc.Blocks[2].Text);
        Assert.Contains(new InlineSpan(SpanKind.Superscript, 10, 1), doc.Blocks[1].Spans);
    }

    [Fact]
    public void Once_running_prose_has_begun_a_line_of_names_with_raised_numbers_carries_note_markers()
    {
        const string text = "Tides\n\nThe tides of the northern coast rose through the spring of that year, as the harbour gauges at Bergen and at Delft both recorded, and the records of the two harbours agree on the height of the highest of them all that spring.\n\nMaren Holt¹, Ivo de Wit² and Sara Quist³\n\n¹ A gauge record.\n\n² A second record.\n\n³ A third record.";

        var doc = PlainTextReader.Parse("a.txt", text);

        Assert.Equal([1, 2, 3], doc.FootnoteRefs.Select(r => r.Number!.Value));
        Assert.Equal(["A gauge record.", "A second record.", "A third record."], doc.FootnoteDefs.Select(d => d.Text));
        Assert.DoesNotContain(doc.Blocks, b => b.IsFrontMatter);
    }

    [Theory]
    [InlineData("Tides of the Northern Coast\n\nA study of the coast¹ and its tides²\n\n¹ A first note.\n\n² A second note.")]
    [InlineData("Tides of the Northern Coast\n\nMaren Holt¹\n\nThe tides rose on the northern coast for a month, the gauges said, and the harbour flooded twice before the council met to talk about a wall; nobody agreed on who would pay for it, and the plan was dropped within the year.²\n\n¹ Coastal Institute.\n\n² A gauge record.")]
    public void Takes_raised_numbers_for_notes_where_they_are_not_an_author_line(string text)
    {
        var doc = PlainTextReader.Parse("a.txt", text);

        Assert.Equal(2, doc.FootnoteDefs.Count);
        Assert.Equal(doc.FootnoteDefs.Count, doc.FootnoteRefs.Count);
    }
}
