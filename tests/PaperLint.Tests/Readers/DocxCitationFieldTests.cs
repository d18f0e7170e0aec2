using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.CitationFieldRuns;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The citations and bibliographies reference managers put into Word documents, read from their data: each manager's
/// shape, complex and simple fields, codes and results split across runs, nested fields, a field in a note, data that
/// cannot be read, and the superscript numbers of a numeric style.
/// </summary>
public sealed class DocxCitationFieldTests
{
    private static readonly Work Arvelo = new("Arvelo", "2014", "Ledgers of the harbour towns");
    private static readonly Work Brannock = new(["Brannock", "Quill", "Ostrander"], "2009", "Lamp oil and the night school");

    [Fact]
    public void Reads_a_Zotero_citation_split_across_runs_with_its_works_and_stored_text()
    {
        var doc = Read(Para([TextRun("Trade grew "), .. Complex(Zotero("(Arvelo, 2014)", Arvelo), "(Arvelo|, 20|14)", codePieces: 3), TextRun(".")]));

        var field = Assert.Single(doc.CitationFields);
        Assert.Equal(ReferenceManager.Zotero, field.Manager);
        Assert.Equal("Trade grew (Arvelo, 2014).", field.Block.Text);
        Assert.Equal((11, 14, "(Arvelo, 2014)"), (field.Start, field.Length, field.Text));
        var item = Assert.Single(field.Items);
        Assert.Equal(["Arvelo"], item.Authors);
        Assert.Equal(("2014", "Ledgers of the harbour towns", "100"), (item.Year, item.Title, item.Id));
        Assert.Equal("(Arvelo, 2014)", field.StoredText);
        Assert.False(field.KeepsEdit);
    }

    [Fact]
    public void Reads_a_citation_in_a_simple_field()
    {
        var doc = Read(Para(TextRun("As shown "), Simple(Zotero("(Brannock et al., 2009)", true, Brannock), "(Brannock et al., 2009)"), TextRun(", lamps mattered.")));

        var field = Assert.Single(doc.CitationFields);
        Assert.Equal((9, "(Brannock et al., 2009)"), (field.Start, field.Text));
        Assert.Equal(["Brannock", "Quill", "Ostrander"], Assert.Single(field.Items).Authors);
        Assert.True(field.KeepsEdit);
    }

    [Fact]
    public void Reads_Mendeley_Desktop_fields_and_Mendeley_Cite_content_controls()
    {
        var doc = Read(
            Para([TextRun("Ports "), .. Complex(Mendeley("(Arvelo, 2014; Brannock et al., 2009)", null, Arvelo, Brannock), "(Arvelo, 2014; Brannock et al., 2009)"), TextRun(".")]),
            Para(TextRun("Schools "), MendeleyCite("(Arvelo, 2014)", "(Arvelo, 2014)", false, Arvelo), TextRun(".")));

        Assert.Equal(2, doc.CitationFields.Count);
        var desktop = doc.CitationFields[0];
        Assert.Equal((ReferenceManager.Mendeley, "(Arvelo, 2014; Brannock et al., 2009)", "(Arvelo, 2014; Brannock et al., 2009)"), (desktop.Manager, desktop.Text, desktop.StoredText));
        Assert.Equal(["Arvelo", "Brannock"], desktop.Items.Select(i => i.Authors[0]));
        Assert.Equal("ITEM-1", desktop.Items[0].Id);

        var cite = doc.CitationFields[1];
        Assert.Equal((ReferenceManager.Mendeley, 8, "(Arvelo, 2014)", "(Arvelo, 2014)"), (cite.Manager, cite.Start, cite.Text, cite.StoredText));
        Assert.Equal("2014", Assert.Single(cite.Items).Year);
    }

    [Fact]
    public void Reads_EndNote_XML_from_the_code_escaped_once_more_or_not_and_from_field_data_in_one_or_several_chunks()
    {
        string xml = EndNoteXml("(Arvelo, 2014)", Arvelo);
        var doc = Read(
            Para([TextRun("Plain "), .. Complex(" ADDIN EN.CITE " + xml, "(Arvelo, 2014)", codePieces: 4)]),
            Para([TextRun("Escaped "), .. Complex(" ADDIN EN.CITE " + System.Net.WebUtility.HtmlEncode(xml), "(Arvelo, 2014)")]),
            Para([TextRun("Data "), .. EndNoteWithData(EndNoteXml("(Brannock et al., 2009)", Brannock), "(Brannock et al., 2009)")]),
            Para([TextRun("Chunks "), .. EndNoteWithData(EndNoteXml("(Arvelo, 2014; Brannock et al., 2009)", Arvelo, Brannock), "(Arvelo, 2014; Brannock et al., 2009)", chunks: 3)]));

        Assert.Equal(["Plain (Arvelo, 2014)", "Escaped (Arvelo, 2014)", "Data (Brannock et al., 2009)", "Chunks (Arvelo, 2014; Brannock et al., 2009)"], doc.Blocks.Select(b => b.Text));
        Assert.Equal(4, doc.CitationFields.Count);
        Assert.All(doc.CitationFields, f => Assert.Equal(ReferenceManager.EndNote, f.Manager));
        Assert.Equal(["Arvelo", "Arvelo", "Brannock", "Arvelo|Brannock"], doc.CitationFields.Select(f => string.Join("|", f.Items.Select(i => i.Authors[0]))));
        Assert.Equal(["(Arvelo, 2014)", "(Arvelo, 2014)", "(Brannock et al., 2009)", "(Arvelo, 2014; Brannock et al., 2009)"], doc.CitationFields.Select(f => f.StoredText));
        Assert.Equal(["Brannock", "Quill", "Ostrander"], doc.CitationFields[2].Items[0].Authors);
        Assert.Equal(("11", "Lamp oil and the night school", "2009"), (doc.CitationFields[2].Items[0].Id, doc.CitationFields[2].Items[0].Title, doc.CitationFields[2].Items[0].Year));
    }

    [Fact]
    public void Reads_a_citation_whose_result_holds_a_nested_link_field()
    {
        // EndNote links the citation to its entry with a HYPERLINK field inside the citation's result.
        var doc = Read(Para(
            [TextRun("Towns kept books "), Begin(), Code(" ADDIN EN.CITE " + EndNoteXml("(Arvelo, 2014)", Arvelo)), Separate(), TextRun("("),
            .. Complex(" HYPERLINK \\l \"_ENREF_1\" \\o \"Arvelo, 2014 #11\" ", "Arvelo, 2014"), TextRun(")"), End(), TextRun(".")]));

        var field = Assert.Single(doc.CitationFields);
        Assert.Equal((17, "(Arvelo, 2014)"), (field.Start, field.Text));
        Assert.Equal("Arvelo", Assert.Single(field.Items).Authors[0]);
        Assert.Equal("Towns kept books (Arvelo, 2014).", field.Block.Text);
    }

    [Fact]
    public void A_field_nested_in_a_citations_code_is_not_a_citation_of_its_own()
    {
        var doc = Read(Para([TextRun("Seen "), Begin(), Code(" ADDIN ZOTERO_ITEM "), .. Complex(Zotero("(Brannock et al., 2009)", Brannock), "hidden"), Code("CSL_CITATION {\"citationItems\":[]} "), Separate(), TextRun("(Arvelo, 2014)"), End()]));

        Assert.Equal("Seen (Arvelo, 2014)", Assert.Single(doc.Blocks).Text);
        var field = Assert.Single(doc.CitationFields);
        Assert.Equal((ReferenceManager.Zotero, "(Arvelo, 2014)", false), (field.Manager, field.Text, field.HasData));
    }

    [Fact]
    public void Reads_a_citation_in_a_footnote_at_its_place_in_the_note()
    {
        var note = new Footnote(new Paragraph(
            [new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
            TextRun(" See "), .. Complex(Zotero("Arvelo, Ledgers of the harbour towns, 12.", Arvelo), "Arvelo, |Ledgers of the harbour towns|, 12.")])) { Id = 1 };
        var doc = Read(new DocxFixture().Paragraph("Towns kept their own ledgers.[^1]").NoteElement(note).Build());

        var field = Assert.Single(doc.CitationFields);
        Assert.Equal(BlockKind.FootnoteBody, field.Block.Kind);
        Assert.Equal(new DocxLocation("word/footnotes.xml", 1, 4, 41, NoteKind.Footnote, 1, 1), doc.Locate(field.Block, field.Start, field.Length));
        Assert.Equal("Arvelo", Assert.Single(field.Items).Authors[0]);
    }

    [Fact]
    public void A_field_whose_data_cannot_be_read_is_read_as_the_text_it_shows()
    {
        var doc = Read(
            Para([TextRun("Broken JSON "), .. Complex(" ADDIN ZOTERO_ITEM CSL_CITATION {\"citationItems\":[{\"itemData\":{\"author\":[ ", "(Arvelo, 2014)")]),
            Para([TextRun("Broken XML "), .. Complex(" ADDIN EN.CITE <EndNote><Cite><Author>Arvelo</Cite></EndNote>", "(Brannock, 2009)")]),
            Para([TextRun("Bad data "), .. EndNoteWithData("not base64 at all!", "(Ostrander, 2011)")]));

        Assert.Equal(3, doc.CitationFields.Count);
        Assert.All(doc.CitationFields, f => Assert.False(f.HasData));
        Assert.All(doc.CitationFields, f => Assert.Null(f.StoredText));
        Assert.Equal(["Arvelo (2014)", "Brannock (2009)", "Ostrander (2011)"], LintContext.For(doc).Citations.Select(c => c.Citation.Display));
    }

    [Fact]
    public void Marks_the_paragraphs_of_generated_bibliographies()
    {
        var doc = Read(
            Para(TextRun("Text before.")),
            Para(Begin(), Code(" ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY "), Separate(), TextRun("Arvelo, A. (2014). Ledgers.")),
            Para(TextRun("Brannock, A. (2009). Lamp oil."), End()),
            Para(TextRun("Text between.")),
            Para([.. Complex(" ADDIN EN.REFLIST ", "Quill, A. (2011). Night schools.")]),
            new SdtBlock(new SdtProperties(new Tag { Val = "MENDELEY_BIBLIOGRAPHY" }), new SdtContentBlock(Para(TextRun("Ostrander, A. (2012). Harbours.")))));

        Assert.Equal(
            [(ReferenceManager.Zotero, "Arvelo, A. (2014). Ledgers.|Brannock, A. (2009). Lamp oil."), (ReferenceManager.EndNote, "Quill, A. (2011). Night schools."), (ReferenceManager.Mendeley, "Ostrander, A. (2012). Harbours.")],
            doc.BibliographyFields.Select(f => (f.Manager, string.Join("|", f.Blocks.Select(b => b.Text)))));
        Assert.False(doc.IsGeneratedBibliography(doc.Blocks[3]));
        Assert.Empty(doc.CitationFields);
    }

    [Fact]
    public void Superscript_digits_a_citation_shows_are_not_note_numbers_typed_by_hand()
    {
        var superscript = Superscript();
        var doc = Read(Para(
            [TextRun("Lamps lit the schools."), Begin(), Code(Zotero("4", Brannock)), Separate(), TextRun("4", superscript), End(), TextRun(" Ledgers followed."),
            TextRun("5", (RunProperties)superscript.CloneNode(true))]));

        Assert.Equal("4", Assert.Single(doc.CitationFields).Text);
        var marker = Assert.Single(doc.FootnoteRefs);
        Assert.Equal(("5", FootnoteNumbering.Manual), (marker.Label, marker.Numbering));
    }

    [Fact]
    public void A_citation_whose_result_goes_on_into_the_next_paragraph_is_read_to_its_paragraphs_end()
    {
        var doc = Read(
            Para(TextRun("Notes "), Begin(), Code(Zotero("(Arvelo, 2014)", Arvelo)), Separate(), TextRun("(Arvelo,")),
            Para(TextRun("2014)"), End(), TextRun(" go on.")));

        var field = Assert.Single(doc.CitationFields);
        Assert.Equal(("(Arvelo,", true), (field.Text, field.Continues));
    }

    private static PaperLint.Core.Model.Document Read(params OpenXmlElement[] paragraphs) => DocxReaderTests.Read(new DocxFixture().Body(paragraphs).Build());

    private static PaperLint.Core.Model.Document Read(byte[] docx) => DocxReaderTests.Read(docx);
}
