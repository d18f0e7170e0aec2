using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

/// <summary>A match found in a block's text leads back to the exact characters in the Markdown file.</summary>
public sealed class MarkdownLocationTests
{
    [Theory]
    [InlineData("Some *very important* words.", "important", 1, 12, 1, 21)]
    [InlineData("Some ***very*** bold words.", "bold", 1, 17, 1, 21)]
    [InlineData("See [the page](https://example.org/x) for details.", "details", 1, 43, 1, 50)]
    [InlineData("See [the *full* page][ref] for details.\n\n[ref]: https://example.org", "full", 1, 11, 1, 15)]
    [InlineData("Run `make all` then wait.", "then", 1, 16, 1, 20)]
    [InlineData("Fish &amp; chips today.", "chips", 1, 12, 1, 17)]
    [InlineData("Fish &amp; chips today.", "&", 1, 6, 1, 7)]
    [InlineData("A \\*starred\\* word.", "*starred*", 1, 4, 1, 14)]
    [InlineData("first line\nsecond line", "line second", 1, 7, 2, 7)]
    [InlineData("first line\n   indented second", "line indented", 1, 7, 2, 12)]
    [InlineData("hard break  \nnext line", "break next", 1, 6, 2, 5)]
    [InlineData("## Heading *with* words ##", "with words", 1, 13, 1, 24)]
    [InlineData("A title\n-------", "title", 1, 3, 1, 8)]
    [InlineData("Tab\tafter the tab.", "after", 1, 5, 1, 10)]
    // A tab after the #: Markdig places the heading's words from elsewhere than the source, which the reader corrects.
    [InlineData("Intro.\n\n#\tA plan lead by *many*", "lead by", 3, 10, 3, 17)]
    [InlineData("Intro.\n\n#\tA plan lead by *many*", "many", 3, 19, 3, 23)]
    [InlineData("Intro.\n\n## \t\tA plan lead by many ##", "lead by", 3, 13, 3, 20)]
    [InlineData("Intro.\n\n> - #\tA plan lead by many", "lead by", 3, 14, 3, 21)]
    [InlineData("#\tA plan lead by many", "lead by", 1, 10, 1, 17)]
    public void Locates_a_match_in_a_paragraph(string source, string match, int line, int column, int endLine, int endColumn)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.Equal(new TextLocation(line, column, endLine, endColumn), Find(document, match));
    }

    [Fact]
    public void Locates_a_match_in_a_nested_quote()
    {
        var document = MarkdownReader.Parse("a.md", "> outer words\n>\n> > inner *quoted* words\n> > on two lines");

        Assert.Equal(BlockKind.Quote, document.Blocks[1].Kind);
        Assert.Equal(new TextLocation(3, 12, 3, 18), Find(document, "quoted"));
        Assert.Equal(new TextLocation(3, 20, 4, 11), Find(document, "words on two"));
    }

    [Fact]
    public void Locates_a_match_in_a_list_item()
    {
        var document = MarkdownReader.Parse("a.md", "- alpha\n- beta *gamma*\n  delta\n    1. nested item");

        Assert.Equal(new TextLocation(2, 9, 2, 14), Find(document, "gamma"));
        Assert.Equal(new TextLocation(2, 15, 3, 8), Find(document, " delta"));
        Assert.Equal(new TextLocation(4, 15, 4, 19), Find(document, "item"));
    }

    [Fact]
    public void Locates_a_match_in_a_table_cell()
    {
        var document = MarkdownReader.Parse("a.md", "| Name | Note |\n|------|------|\n|  Lee  | a **bold** one |");

        Assert.Equal(BlockKind.TableCell, BlockOf(document, "Lee").Kind);
        Assert.Equal(new TextLocation(3, 4, 3, 7), Find(document, "Lee"));
        Assert.Equal(new TextLocation(3, 15, 3, 19), Find(document, "bold"));
        Assert.Equal(new TextLocation(3, 22, 3, 25), Find(document, "one"));
    }

    [Fact]
    public void Locates_a_match_in_a_footnote_body()
    {
        var document = MarkdownReader.Parse("a.md", "Text.[^a]\n\n[^a]: A note with *some* words.\n\n    A second paragraph here.");

        Assert.Equal(BlockKind.FootnoteBody, BlockOf(document, "some").Kind);
        Assert.Equal(new TextLocation(3, 20, 3, 24), Find(document, "some"));
        Assert.Equal(new TextLocation(5, 14, 5, 23), Find(document, "paragraph"));
    }

    [Fact]
    public void Locates_matches_in_a_crlf_source()
    {
        var document = MarkdownReader.Parse("a.md", "# Title\r\n\r\nOne *two*\r\nthree four.\r\n\r\n> Quoted\r\n> words.\r\n");

        Assert.Equal(["Title", "One two three four.", "Quoted words."], document.Blocks.Select(b => b.Text));
        Assert.Equal(new TextLocation(3, 6, 4, 6), Find(document, "two three"));
        Assert.Equal(new TextLocation(3, 10, 3, 11), document.Locate(document.Blocks[1], 7, 1));
        Assert.Equal(new TextLocation(7, 3, 7, 8), Find(document, "words"));
    }

    [Fact]
    public void Locates_the_text_after_a_stripped_footnote_marker()
    {
        var document = MarkdownReader.Parse("a.md", "A claim[^1] and more[^9].\n\n[^1]: Note.");

        Assert.Equal("A claim and more.", document.Blocks[0].Text);
        Assert.Equal(new TextLocation(1, 12, 1, 21), Find(document, " and more"));
        Assert.Equal(new TextLocation(1, 25, 1, 26), Find(document, "."));
    }

    private static Block BlockOf(Document document, string match) =>
        document.Blocks.First(b => b.Text.Contains(match, StringComparison.Ordinal));

    private static SourceLocation Find(Document document, string match)
    {
        var block = BlockOf(document, match);
        return document.Locate(block, block.Text.IndexOf(match, StringComparison.Ordinal), match.Length);
    }
}
