using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Core.Rules.Footnotes;
using PaperLint.Tests.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.CitationFieldRuns;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>
/// The citations reference managers insert are citations of the analysis, with the authors and year of their data: a
/// quotation followed by one is cited, and a typed references list is checked against the works they cite, both ways.
/// A bibliography the manager generated is checked by neither.
/// </summary>
public sealed class FieldCitationTests
{
    private static readonly Work Arvelo = new("Arvelo", "2014", "Ledgers of the harbour towns");
    private static readonly Work Brannock = new(["Brannock", "Quill", "Ostrander"], "2009", "Lamp oil and the night school");

    private const string Quotation = "Brannock held that \u201Cthe night school was the only door the harbour towns ever left open to their clerks\u201D";

    [Fact]
    public void A_quotation_followed_by_a_citation_field_is_cited()
    {
        var field = CitingPaper(Para([TextRun(Quotation), Begin(), Code(Zotero("4", Brannock)), Separate(), TextRun("4", Superscript()), End(), TextRun(".")]));
        var typed = CitingPaper(Para(TextRun(Quotation), TextRun("4", Superscript()), TextRun(".")));

        Assert.Empty(Findings(new MissingCitation(), field));
        Assert.Empty(Findings(new Sequence(), field).Concat(Findings(new Undefined(), field)));
        Assert.Single(Findings(new MissingCitation(), typed));
    }

    [Fact]
    public void A_work_a_field_cites_is_looked_for_in_a_typed_list()
    {
        var doc = Paper(
            Para([TextRun("Trade grew "), .. Complex(Zotero("(Arvelo, 2014; Brannock et al., 2009)", Arvelo, Brannock), "(Arvelo, 2014; Brannock et al., 2009)"), TextRun(".")]),
            Heading("References"),
            Para(TextRun("Arvelo, A. (2014). Ledgers of the harbour towns. Ports Press.")),
            Para(TextRun("Dunmore, B. (2011). Tidewater schools. Harbour Books.")));

        var missing = Assert.Single(Findings(new UnknownSource(), doc));
        Assert.Equal("Brannock et al., 2009", missing.Match);
        Assert.Equal("no entry for Brannock et al. (2009) in the references, though a Zotero citation cites it; add the work to the list, or let Zotero insert the bibliography", missing.Message);
        Assert.Equal(new PaperLint.Core.Model.DocxLocation("word/document.xml", 1, 26, 21), missing.Location);

        var uncited = Assert.Single(Findings(new Uncited(), doc));
        Assert.Equal(("Dunmore", new PaperLint.Core.Model.DocxLocation("word/document.xml", 4, 0, 7)), (uncited.Match, uncited.Location));
    }

    [Fact]
    public void A_field_cites_the_typed_entry_with_its_title_even_when_the_years_disagree()
    {
        var doc = Paper(
            Para([TextRun("Trade grew "), .. Complex(Zotero("(Arvelo, 2015)", new Work("Arvelo", "2015", "Ledgers of the Harbour Towns")), "(Arvelo, 2015)"), TextRun(".")]),
            Heading("References"),
            Para(TextRun("Arvelo, A. (2014). Ledgers of the harbour towns. Ports Press.")));

        Assert.Empty(Findings(new Uncited(), doc));
        Assert.Equal("no reference for Arvelo (2015); the list has Arvelo (2014); correct the year or add the work to the references", Assert.Single(Findings(new YearMismatch(), doc)).Message);
    }

    [Fact]
    public void A_bibliography_the_manager_generated_is_not_checked_against_its_citations()
    {
        var doc = Paper(
            Para([TextRun("Trade grew "), .. Complex(Zotero("(Arvelo, 2016; Brannock et al., 2009)", new Work("Arvelo", "2016", "Harbour accounts"), Brannock), "(Arvelo, 2016; Brannock et al., 2009)"), TextRun(" as schools opened (Quill, 2011).")]),
            Heading("References"),
            Para(Begin(), Code(" ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY "), Separate(), TextRun("Arvelo, A. (2014). Ledgers of the harbour towns. Ports Press.")),
            Para(TextRun("Dunmore, B. (2011). Tidewater schools. Harbour Books."), End()));

        Assert.Empty(Findings(new Uncited(), doc));
        Assert.Empty(Findings(new YearMismatch(), doc));

        // A citation typed by hand is the author's, not the manager's: the generated list is checked for it.
        Assert.Equal("Quill, 2011", Assert.Single(Findings(new UnknownSource(), doc)).Match);
    }

    [Fact]
    public void A_generated_bibliography_is_the_references_list_under_any_heading_or_none()
    {
        var doc = Paper(
            Para(TextRun("Schools opened (Quill, 2011) and trade grew (Arvelo, 2014).")),
            Para(TextRun("Works used")),
            Para([.. Complex(" ADDIN EN.REFLIST ", "Arvelo, A. (2014). Ledgers of the harbour towns. Ports Press.")]));

        Assert.Equal("Quill, 2011", Assert.Single(Findings(new UnknownSource(), doc)).Match);
        Assert.Equal(PaperLint.Core.Model.BlockKind.ReferenceEntry, LintContext.For(doc).KindOf(doc.Blocks[2]));
    }

    private static List<Finding> Findings(IRule rule, PaperLint.Core.Model.Document doc) => rule.Check(LintContext.For(doc)).ToList();

    private static Paragraph Heading(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), TextRun(text));

    private static PaperLint.Core.Model.Document Paper(params OpenXmlElement[] paragraphs) =>
        DocxReaderTests.Read(new DocxFixture().ParagraphStyle("Heading1", "heading 1").Body(paragraphs).Build());

    /// <summary>A paper of <paramref name="paragraphs"/> after a paragraph of cited quotations, so that it is a paper that cites what it quotes.</summary>
    private static PaperLint.Core.Model.Document CitingPaper(params OpenXmlElement[] paragraphs) =>
        DocxReaderTests.Read(new DocxFixture().Paragraph(AttributionTester.CitedQuotations).Body(paragraphs).Build());
}
