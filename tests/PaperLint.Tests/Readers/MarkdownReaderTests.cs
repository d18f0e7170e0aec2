using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Pins_every_block_and_note_to_its_place_in_the_source()
    {
        const string source = """
            # A short *paper*

            Intro with *emphasis*, **strong** and [a link](https://example.org) here.
            Inline `code` sits between, see https://example.com too.
            An escaped \* star, an entity &amp; a sup<sup>2</sup> mark.[^1]

            > Quoted words[^note] here.
            > > Nested quote.

            - First item
            - Second item[^1]

            | Name | Value |
            |------|-------|
            | left | *right* |

            [^1]: The first note.

            [^note]: The second note.
            """;

        var document = MarkdownReader.Parse("paper.md", source);

        Assert.Equal(
            """
            Heading(1) 1:3-1:17 "A short paper" Emphasis:paper
            Paragraph 3:1-5:60 "Intro with emphasis, strong and a link here. Inline ¤ sits between, see ¤ too. An escaped * star, an entity & a sup2 mark." Emphasis:emphasis Strong:strong LinkText:a link Code:¤ Url:¤ Superscript:2
            Quote 7:3-7:28 "Quoted words here."
            Quote 8:5-8:18 "Nested quote."
            ListItem 10:3-10:13 "First item"
            ListItem 11:3-11:14 "Second item"
            TableCell 13:3-13:7 "Name"
            TableCell 13:10-13:15 "Value"
            TableCell 15:3-15:7 "left"
            TableCell 15:11-15:16 "right" Emphasis:right
            FootnoteBody 17:7-17:22 "The first note."
            FootnoteBody 19:10-19:26 "The second note."
            ref <sup>2</sup> 5:47-5:48 Manual HtmlSup at 115
            ref [^1] 5:60-5:64 Auto MarkdownLabel at 122
            ref [^note] 7:15-7:22 Auto MarkdownLabel at 12
            ref [^1] 11:14-11:18 Auto MarkdownLabel at 11
            def 1 17:1-17:6 Auto MarkdownLabel "The first note."
            def note 19:1-19:9 Auto MarkdownLabel "The second note."
            """,
            MarkdownSnapshot.Of(document));
    }

    [Fact]
    public void Reads_a_front_matter_with_no_lines()
    {
        var document = MarkdownReader.Parse("a.md", "---\n---\n---\n\nThe text.\n");

        Assert.Null(document.Language);
        Assert.Equal("The text.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Keeps_the_decoded_text_as_the_source()
    {
        const string text = "# Title\n\nBody text.\n";
        var document = MarkdownReader.Parse("a.md", text);

        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.Equal("a.md", document.Path);
        Assert.Same(text, document.Source);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[0])]
    public void Reads_utf8_with_or_without_bom(byte[] bom)
    {
        byte[] body = Encoding.UTF8.GetBytes("*Žižek* wrote.");
        var document = new MarkdownReader().Read("a.md", new MemoryStream([.. bom, .. body]));

        Assert.Equal("*Žižek* wrote.", document.Source);
        Assert.Equal("Žižek wrote.", document.Blocks[0].Text);
        Assert.Equal(new TextLocation(1, 9, 1, 14), document.Locate(document.Blocks[0], 6, 5));
    }

    [Fact]
    public void Reads_utf16_with_bom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Saint-**Saëns** wrote.")];
        var document = new MarkdownReader().Read("a.md", new MemoryStream(bytes));

        Assert.Equal("Saint-Saëns wrote.", document.Blocks[0].Text);
        Assert.Equal(new TextLocation(1, 9, 1, 14), document.Locate(document.Blocks[0], 6, 5));
    }

    [Fact]
    public void Is_the_reader_the_loader_picks_for_md_files()
    {
        Assert.IsType<MarkdownReader>(DocumentLoader.ReaderFor(DocumentLoader.FormatOf("paper.md")));
    }

    [Fact]
    public void Gives_each_kind_of_prose_block_its_kind()
    {
        const string source = """
            Title
            =====

            ## Section

            A paragraph.

            > Quoted.
            >
            > - listed in a quote

            1. Numbered item.

               Second paragraph of the item.
            """;

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Title"),
                (BlockKind.Heading, 2, "Section"),
                (BlockKind.Paragraph, 0, "A paragraph."),
                (BlockKind.Quote, 0, "Quoted."),
                (BlockKind.Quote, 0, "listed in a quote"),
                (BlockKind.ListItem, 0, "Numbered item."),
                (BlockKind.ListItem, 0, "Second paragraph of the item."),
            ],
            document.Blocks.Select(b => (b.Kind, b.HeadingLevel, b.Text)));
        Assert.All(document.Blocks.Where(b => b.Kind == BlockKind.Quote), b => Assert.True(b.IsQuotation));
    }

    [Fact]
    public void Turns_line_breaks_into_single_spaces()
    {
        var document = MarkdownReader.Parse("a.md", "soft\nbreak, hard  \nbreak, and\\\nbackslash.");

        Assert.Equal("soft break, hard break, and backslash.", document.Blocks[0].Text);
    }

    [Fact]
    public void Records_emphasis_strong_superscript_and_link_text_spans_over_the_real_text()
    {
        var document = MarkdownReader.Parse("a.md", "An *italic* and __bold__ x^n^ and [the text](https://example.org).");
        var block = document.Blocks[0];

        Assert.Equal("An italic and bold xn and the text.", block.Text);
        Assert.Equal(
            [(SpanKind.Emphasis, "italic"), (SpanKind.Strong, "bold"), (SpanKind.Superscript, "n"), (SpanKind.LinkText, "the text")],
            block.Spans.Select(s => (s.Kind, block.Text.Substring(s.Start, s.Length))));
    }

    [Fact]
    public void Keeps_escaped_characters_and_entities_as_the_characters_they_stand_for()
    {
        var document = MarkdownReader.Parse("a.md", "Not \\*emphasis\\*, 5 &lt; 6 &copy; &#x41;.");

        Assert.Equal("Not *emphasis*, 5 < 6 © A.", document.Blocks[0].Text);
        Assert.Empty(document.Blocks[0].Spans);
    }

    [Theory]
    [InlineData("---\n: {\nn\n---\n\nThe text.\n")]
    [InlineData("---\ntitle: x\nbibliography: [a.bib\n---\n\nThe text.\n")]
    public void Front_matter_that_breaks_the_yaml_scanner_is_read_as_no_metadata(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.Null(document.Metadata);
        Assert.Equal("The text.", Assert.Single(document.Blocks, b => b.Kind == BlockKind.Paragraph).Text);
    }
}
