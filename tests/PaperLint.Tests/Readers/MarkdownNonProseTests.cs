using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

public sealed class MarkdownNonProseTests
{
    [Fact]
    public void Puts_one_placeholder_for_inline_code_so_the_words_around_it_stay_apart()
    {
        var block = MarkdownReader.Parse("a.md", "the `x` the").Blocks[0];

        Assert.Equal("the \uFFFC the", block.Text);
        Assert.Equal([new InlineSpan(SpanKind.Code, 4, 1)], block.Spans);
        Assert.True(block.TouchesNonProse(4, 1));
        Assert.DoesNotContain("the the", block.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See https://example.org/the/the now.", SpanKind.Url)]
    [InlineData("See www.example.org now.", SpanKind.Url)]
    [InlineData("See <https://example.org> now.", SpanKind.Url)]
    [InlineData("See <someone@example.org> now.", SpanKind.Url)]
    [InlineData("See <span class=\"x\">now</span> now.", SpanKind.NonProse)]
    [InlineData("See ![a chart of the the data](chart.png) now.", SpanKind.NonProse)]
    [InlineData("See <!-- the the --> now.", SpanKind.NonProse)]
    public void Replaces_urls_html_and_images_by_a_placeholder(string source, SpanKind kind)
    {
        var block = MarkdownReader.Parse("a.md", source).Blocks[0];

        Assert.StartsWith("See \uFFFC", block.Text, StringComparison.Ordinal);
        Assert.EndsWith(" now.", block.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the the", block.Text, StringComparison.Ordinal);
        Assert.Equal(kind, block.Spans[0].Kind);
        Assert.Equal(new InlineSpan(kind, 4, 1), block.Spans[0]);
    }

    [Fact]
    public void Maps_a_placeholder_to_the_start_of_what_it_stands_for()
    {
        var document = MarkdownReader.Parse("a.md", "Run `make all` then https://example.org ok.");
        var block = document.Blocks[0];

        Assert.Equal(new TextLocation(1, 5, 1, 6), document.Locate(block, block.Spans[0].Start, 1));
        Assert.Equal(new TextLocation(1, 21, 1, 22), document.Locate(block, block.Spans[1].Start, 1));
    }

    [Fact]
    public void Reads_no_prose_from_code_blocks_html_blocks_front_matter_breaks_and_link_definitions()
    {
        const string source = """
            ---
            title: the the title
            ---

            First words.

            ```
            the the fenced
            ```

                the the indented

            <div>
            the the html
            </div>

            ***

            [site]: https://example.org "the the"

            Last words.
            """;

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(["First words.", "Last words."], document.Blocks.Select(b => b.Text));
        Assert.Equal(new TextLocation(5, 1, 5, 6), document.Locate(document.Blocks[0], 0, 5));
        Assert.Equal(new TextLocation(21, 1, 21, 5), document.Locate(document.Blocks[1], 0, 4));
    }

    [Fact]
    public void Ignores_footnote_markers_written_in_code()
    {
        const string source = """
            Write `[^1]` for a note.

            ```
            See [^2].
            [^3]: not a note
            ```
            """;

        var document = MarkdownReader.Parse("a.md", source);

        Assert.Empty(document.FootnoteRefs);
        Assert.Empty(document.FootnoteDefs);
        Assert.Equal(["Write \uFFFC for a note."], document.Blocks.Select(b => b.Text));
    }
}
