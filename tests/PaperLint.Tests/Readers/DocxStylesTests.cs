using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Readers.DocxReaderTests;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

public sealed class DocxStylesTests
{
    [Fact]
    public void Resolves_style_names_for_headings_quotations_and_lists()
    {
        var doc = Read(new DocxFixture()
            .Style(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Standard", Default = true })
            .ParagraphStyle("berschrift2", "heading 2", basedOn: "Standard", new StyleParagraphProperties(new OutlineLevel { Val = 1 }))
            .ParagraphStyle("Titel", "Title")
            .ParagraphStyle("Zitat", "Quote", basedOn: "Standard", new StyleParagraphProperties(new Indentation { Left = "864" }))
            .ParagraphStyle("SmallQuote", "Small Quote", basedOn: "Zitat")
            .ParagraphStyle("ListParagraph", "List Paragraph", basedOn: "Standard", new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            .ParagraphStyle("Chapter", "Chapter Head", properties: new StyleParagraphProperties(new OutlineLevel { Val = 0 }))
            .Paragraph("A Title", "Titel")
            .Paragraph("Section", "berschrift2")
            .Paragraph("Quoted words.", "Zitat")
            .Paragraph("Smaller quoted words.", "SmallQuote")
            .Paragraph("An item.", "ListParagraph")
            .Paragraph("A chapter.", "Chapter")
            .Paragraph("Plain.")
            .Build());

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Title", (int?)null),
                (BlockKind.Heading, 2, "heading 2", null),
                (BlockKind.Quote, 0, "Quote", 864),
                (BlockKind.Quote, 0, "Small Quote", 864),
                (BlockKind.ListItem, 0, "List Paragraph", null),
                (BlockKind.Heading, 1, "Chapter Head", null),
                (BlockKind.Paragraph, 0, "Normal", null),
            ],
            doc.Blocks.Select(b => (b.Kind, b.HeadingLevel, b.Style, b.IndentTwips)));
    }

    [Fact]
    public void Takes_direct_indentation_numbering_and_outline_level_over_the_style()
    {
        var doc = Read(new DocxFixture()
            .ParagraphStyle("Zitat", "Intense Quote", properties: new StyleParagraphProperties(new Indentation { Left = "864" }))
            .Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Zitat" }, new Indentation { Start = "1440" }), TextRun("Indented more.")),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 4 })), TextRun("Numbered.")),
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 2 }), TextRun("Outline heading.")),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Missing" }), TextRun("Unknown style.")))
            .Build());

        Assert.Equal(
            [
                (BlockKind.Quote, 0, "Intense Quote", (int?)1440),
                (BlockKind.ListItem, 0, (string?)null, null),
                (BlockKind.Heading, 3, null, null),
                (BlockKind.Paragraph, 0, "Missing", null),
            ],
            doc.Blocks.Select(b => (b.Kind, b.HeadingLevel, b.Style, b.IndentTwips)));
    }

    [Fact]
    public void Records_emphasis_and_strong_set_on_words_but_not_by_the_paragraph_style()
    {
        var doc = Read(new DocxFixture()
            .Style(new Style(new StyleName { Val = "heading 1" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = "Heading1b" })
            .Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1b" }), TextRun("Bold by style")),
                Para(TextRun("A "), TextRun("Title", new RunProperties(new Italic())), TextRun(" and "), TextRun("bold", new RunProperties(new Bold())), TextRun(" words.")))
            .Build());

        Assert.Empty(doc.Blocks[0].Spans);
        Assert.Equal([new InlineSpan(SpanKind.Emphasis, 2, 5), new InlineSpan(SpanKind.Strong, 12, 4)], doc.Blocks[1].Spans);
    }

    [Fact]
    public void Opens_a_strict_document_as_it_opens_a_transitional_one()
    {
        var fixture = new DocxFixture()
            .ParagraphStyle("Heading1", "heading 1")
            .Paragraph("Strict heading", "Heading1")
            .Paragraph("A strict claim.[^1]")
            .Footnote(1, "A strict note.");
        string transitional = DocxSnapshot.Of(Read(fixture.Build()));

        var strict = Read(ToStrict(fixture.Build()));

        Assert.Equal(transitional, DocxSnapshot.Of(strict));
        Assert.Equal(
            """
            Heading word/document.xml ¶1 "Strict heading"
            Paragraph word/document.xml ¶2 "A strict claim."
            FootnoteBody word/footnotes.xml footnote 1 ¶1 "A strict note."
            FootnoteRef 1 (1) word/document.xml ¶2 @15+0

            """,
            DocxSnapshot.Of(strict));
        Assert.Equal("heading 1", strict.Blocks[0].Style);
    }
}
