using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>The numbers a numbered list prints before its items (not in their text), as Word and Markdown count them.</summary>
public sealed class ListNumberTests
{
    [Fact]
    public void Word_counts_the_items_of_a_list_from_its_start()
    {
        var document = DocxReaderTests.Read(new DocxFixture()
            .Numbering(SimpleList(3, NumberFormatValues.Decimal, "[%1]", start: 4))
            .Paragraph("Before the list.")
            .Body(ListParagraph("Fourth", 3), ListParagraph("Fifth", 3), ListParagraph("Under the fifth", 3, level: 1), ListParagraph("Sixth", 3))
            .Build());

        Assert.Equal([null, 4, 5, null, 6], document.Blocks.Select(b => b.ListNumber));
        Assert.Equal(["Before the list.", "Fourth", "Fifth", "Under the fifth", "Sixth"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Word_counts_an_empty_item_and_does_not_number_bullets()
    {
        var numbered = DocxReaderTests.Read(new DocxFixture()
            .Numbering(SimpleList(1, NumberFormatValues.Decimal))
            .Body(ListParagraph("One", 1), ListParagraph("", 1), ListParagraph("Three", 1))
            .Build());
        var bullets = DocxReaderTests.Read(new DocxFixture()
            .Numbering(SimpleList(1, NumberFormatValues.Bullet, "•"))
            .Body(ListParagraph("One", 1), ListParagraph("Two", 1))
            .Build());

        Assert.Equal([1, 3], numbered.Blocks.Select(b => b.ListNumber));
        Assert.All(bullets.Blocks, b => Assert.Null(b.ListNumber));
    }

    [Fact]
    public void Word_numbering_that_is_not_defined_numbers_nothing()
    {
        var document = DocxReaderTests.Read(new DocxFixture().Body(ListParagraph("One", 9)).Build());

        Assert.Null(Assert.Single(document.Blocks).ListNumber);
    }

    [Fact]
    public void Markdown_counts_the_items_of_an_ordered_list_from_its_start()
    {
        var document = MarkdownReader.Parse("test.md", "Intro.\n\n3. Third\n3. Fourth\n\n   Still the fourth.\n\n- A bullet\n");

        Assert.Equal([null, 3, 4, null, null], document.Blocks.Select(b => b.ListNumber));
    }

    [Fact]
    public void Markdown_counts_a_nested_list_apart_from_the_list_around_it()
    {
        var document = MarkdownReader.Parse("test.md", "7. Seven\n   1. Sub one\n   2. Sub two\n8. Eight\n\n   > Quoted under eight.\n9. Nine\n");

        Assert.Equal(["Seven", "Sub one", "Sub two", "Eight", "Quoted under eight.", "Nine"], document.Blocks.Select(b => b.Text));
        Assert.Equal([7, 1, 2, 8, null, 9], document.Blocks.Select(b => b.ListNumber));
    }
}
