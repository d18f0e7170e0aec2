using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

public sealed class DocxReaderTests
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    internal static PaperLint.Core.Model.Document Read(byte[] docx) => new DocxReader().Read("paper.docx", new MemoryStream(docx));

    [Fact]
    public void Reads_paragraphs_in_order_and_numbers_only_those_that_hold_text()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("First paragraph.")
            .Body(Para(), Para(TextRun("   ")))
            .Paragraph("Second paragraph.")
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "First paragraph."
            Paragraph word/document.xml ¶2 "Second paragraph."

            """,
            DocxSnapshot.Of(doc));
        Assert.Equal(SourceFormat.Docx, doc.Format);
        Assert.Null(doc.Source);
        Assert.Equal(new DocxLocation("word/document.xml", 2, 7, 9), doc.Locate(doc.Blocks[1], 7, 9));
    }

    [Fact]
    public void A_paragraph_has_a_colour_when_nearly_all_its_letters_share_one_that_is_not_automatic_or_black()
    {
        static RunProperties Colored(string value) => new(new Color { Val = value });
        var doc = Read(new DocxFixture()
            .Style(new Style(new StyleName { Val = "Reply" }, new StyleRunProperties(new Color { Val = "C00000" })) { Type = StyleValues.Paragraph, StyleId = "Reply" })
            .Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Reply" }), TextRun("A reply in the colour of its style.")),
                Para(TextRun("All of this reply is blue.", Colored("4472c4"))),
                Para(TextRun("Half of this is blue, ", Colored("4472C4")), TextRun("half is not.")),
                Para(TextRun("Black is no colour of its own.", Colored("000000"))),
                Para(TextRun("Automatic neither.", Colored("auto"))),
                Para(TextRun("Plain.")))
            .Build());

        Assert.Equal(["C00000", "4472C4", null, null, null, null], doc.Blocks.Select(b => b.Color));
    }

    [Fact]
    public void Reads_table_cells_and_nested_tables_as_TableCell_blocks()
    {
        var inner = new Table(new TableRow(new TableCell(Para(TextRun("Nested cell.")))));
        var doc = Read(new DocxFixture()
            .Paragraph("Before the table.")
            .Body(new Table(
                new TableProperties(),
                new TableRow(new TableCell(Para(TextRun("Cell one."))), new TableCell(Para(TextRun("Cell two.")), inner))))
            .Paragraph("After the table.")
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "Before the table."
            TableCell word/document.xml ¶2 "Cell one."
            TableCell word/document.xml ¶3 "Cell two."
            TableCell word/document.xml ¶4 "Nested cell."
            Paragraph word/document.xml ¶5 "After the table."

            """,
            DocxSnapshot.Of(doc));
    }

    [Fact]
    public void Reads_hyperlink_text_and_records_it_as_link_text()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(TextRun("See "), new Hyperlink(TextRun("the archive"), TextRun(" page")) { Anchor = "top" }, TextRun(" now.")))
            .Build());

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("See the archive page now.", block.Text);
        Assert.Equal([new InlineSpan(SpanKind.LinkText, 4, 16)], block.Spans);
    }

    [Fact]
    public void Reads_a_hyperlink_whose_address_is_malformed()
    {
        // Word keeps an address as typed; System.IO.Packaging refuses it, so the SDK must repair it for the document to open.
        var doc = Read(new DocxFixture()
            .ExternalLink("rIdLink", "http://www.example .org/a page")
            .Body(Para(TextRun("See "), new Hyperlink(TextRun("the site")) { Id = "rIdLink" }, TextRun(" now.")))
            .Build());

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("See the site now.", block.Text);
        Assert.Equal([new InlineSpan(SpanKind.LinkText, 4, 8)], block.Spans);
    }

    [Fact]
    public void Reads_the_result_of_a_simple_field_not_its_code()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(TextRun("Page "), new SimpleField(TextRun("12")) { Instruction = " PAGE \\* MERGEFORMAT " }, TextRun(" of the text.")))
            .Build());

        Assert.Equal("Page 12 of the text.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Reads_the_result_of_a_complex_field_not_its_code()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(
                TextRun("As argued "),
                FieldChar(FieldCharValues.Begin),
                new Run(new FieldCode(" ADDIN ZOTERO_ITEM CSL_CITATION {\"citationItems\":[{\"id\":7}]} ")),
                FieldChar(FieldCharValues.Separate),
                TextRun("(Moore, "),
                TextRun("1903)"),
                FieldChar(FieldCharValues.End),
                TextRun(", the good is simple.")))
            .Build());

        Assert.Equal("As argued (Moore, 1903), the good is simple.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Hides_a_nested_field_inside_a_field_code_and_shows_the_outer_result()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(
                FieldChar(FieldCharValues.Begin),
                new Run(new FieldCode(" IF ")),
                FieldChar(FieldCharValues.Begin),
                new Run(new FieldCode(" MERGEFIELD Kind ")),
                FieldChar(FieldCharValues.Separate),
                TextRun("inner result"),
                FieldChar(FieldCharValues.End),
                new Run(new FieldCode(" = \"a\" \"yes\" \"no\" ")),
                FieldChar(FieldCharValues.Separate),
                TextRun("Shown result"),
                FieldChar(FieldCharValues.End),
                TextRun(" and text.")))
            .Build());

        Assert.Equal("Shown result and text.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Reads_a_field_result_that_spans_paragraphs()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(FieldChar(FieldCharValues.Begin), new Run(new FieldCode(" ADDIN ZOTERO_BIBL {\"uncited\":[]} ")), FieldChar(FieldCharValues.Separate), TextRun("First entry.")),
                Para(TextRun("Second entry."), FieldChar(FieldCharValues.End)),
                Para(TextRun("After the field.")))
            .Build());

        Assert.Equal(["First entry.", "Second entry.", "After the field."], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Records_the_result_of_a_hyperlink_field_as_link_text()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(
                TextRun("Read "),
                FieldChar(FieldCharValues.Begin),
                new Run(new FieldCode(" HYPERLINK \"https://example.org/\" ")),
                FieldChar(FieldCharValues.Separate),
                TextRun("the guide"),
                FieldChar(FieldCharValues.End),
                TextRun(".")))
            .Build());

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("Read the guide.", block.Text);
        Assert.Equal([new InlineSpan(SpanKind.LinkText, 5, 9)], block.Spans);
    }

    [Fact]
    public void Reads_nested_content_controls_block_and_inline()
    {
        var doc = Read(new DocxFixture()
            .Body(new SdtBlock(
                new SdtProperties(new SdtAlias { Val = "Outer" }),
                new SdtContentBlock(
                    Para(TextRun("Outside. ")),
                    new SdtBlock(new SdtProperties(), new SdtContentBlock(Para(TextRun("Inside two controls, "), new SdtRun(new SdtProperties(), new SdtContentRun(TextRun("inline too."))))))),
                new SdtEndCharProperties()))
            .Build());

        Assert.Equal(["Outside. ", "Inside two controls, inline too."], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Reads_smart_tags_the_sdk_does_not_know()
    {
        // Smart tags have no place in the SDK's schema: read back, they and all they hold are unknown elements.
        var place = new OpenXmlUnknownElement("w", "smartTag", WordNamespace);
        var country = new OpenXmlUnknownElement("w", "smartTag", WordNamespace);
        country.AppendChild(TextRun("Egypt"));
        place.AppendChild(country);
        var smartTag = place;
        var doc = Read(new DocxFixture().Body(Para(TextRun("The king of "), smartTag, TextRun(" died."))).Build());

        Assert.Equal("The king of Egypt died.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Reads_tracked_changes_as_accepted()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(
                    TextRun("The "),
                    new InsertedRun(TextRun("careful ")) { Id = "1", Author = "Editor" },
                    new DeletedRun(new Run(new DeletedText("hasty ") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Editor" },
                    TextRun("reader.")),
                Para(new MoveFromRun(new Run(new DeletedText("Moved sentence."))) { Id = "3", Author = "Editor" }),
                Para(TextRun("Stays. "), new MoveToRun(TextRun("Moved sentence.")) { Id = "4", Author = "Editor" }))
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "The careful reader."
            Paragraph word/document.xml ¶2 "Stays. Moved sentence."

            """,
            DocxSnapshot.Of(doc));
    }

    [Fact]
    public void Reads_tabs_breaks_hyphens_and_symbols_as_the_page_shows_them()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(
                new Run(new Text("one"), new TabChar(), new Text("two"), new Break(), new Text("three"), new NoBreakHyphen(), new Text("four")),
                new Run(new SymbolChar { Font = "Symbol", Char = "F0DA" }),
                new Run(new SoftHyphen(), new Text("five"))))
            .Build());

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("one\ttwo three-four\uFFFCfive", block.Text);
        Assert.Equal([new InlineSpan(SpanKind.NonProse, 18, 1)], block.Spans);
    }

    [Fact]
    public void Leaves_out_hidden_text()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(TextRun("Shown "), TextRun("hidden ", new RunProperties(new Vanish())), TextRun("text.")))
            .Build());

        Assert.Equal("Shown text.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Reads_a_text_box_once_when_written_as_drawingml_and_vml_and_after_its_paragraph()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(TextRun("Anchor paragraph."), new Run(new AlternateContent(
                    new AlternateContentChoice(DrawingTextBox("Boxed text.")) { Requires = "wps" },
                    new AlternateContentFallback(VmlTextBox("Boxed text."))))),
                Para(TextRun("Next paragraph."), new Run(VmlTextBox("Old-style box."))))
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "Anchor paragraph."
            Paragraph word/document.xml ¶2 "Boxed text."
            Paragraph word/document.xml ¶3 "Next paragraph."
            Paragraph word/document.xml ¶4 "Old-style box."

            """,
            DocxSnapshot.Of(doc));
    }

    [Fact]
    public void Joins_a_drop_cap_to_the_paragraph_it_begins()
    {
        var doc = Read(new DocxFixture()
            .Body(
                new Paragraph(new ParagraphProperties(new FrameProperties { DropCap = DropCapLocationValues.Drop, Lines = 3 }), TextRun("O")),
                Para(TextRun("nce upon a time.")))
            .Build());

        Assert.Equal("""
            Paragraph word/document.xml ¶1 "Once upon a time."

            """, DocxSnapshot.Of(doc));
    }

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    private static Picture VmlTextBox(string text) =>
        new(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(Para(TextRun(text))))) { Id = "box" });

    private static Drawing DrawingTextBox(string text) =>
        new(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor(
            new DocumentFormat.OpenXml.Drawing.Graphic(
                new DocumentFormat.OpenXml.Drawing.GraphicData(
                    new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.WordprocessingShape(
                        new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.TextBoxInfo2(new TextBoxContent(Para(TextRun(text))))))
                { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" })));
}
