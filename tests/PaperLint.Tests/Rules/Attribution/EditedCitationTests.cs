using System.Text;
using DocumentFormat.OpenXml;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.CitationFieldRuns;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class EditedCitationTests
{
    private static readonly EditedCitation Rule = new();
    private static readonly Work Arvelo = new("Arvelo", "2014", "Ledgers of the harbour towns");
    private static readonly Work Brannock = new(["Brannock", "Quill", "Ostrander"], "2009", "Lamp oil and the night school");

    [Fact]
    public void Citations_that_show_what_their_data_says_pass()
    {
        Valid(
            Para([TextRun("Ports "), .. Complex(Zotero("(Arvelo, 2014)", Arvelo), "(Arvelo, |2014)")]),
            Para([TextRun("Schools "), .. Complex(Mendeley("(Brannock et al., 2009)", null, Brannock), "(Brannock et al., 2009)")]),
            Para(TextRun("Lamps "), MendeleyCite("(Arvelo, 2014)", "(Arvelo, 2014)", false, Arvelo)),
            Para([TextRun("Ledgers "), .. EndNoteWithData(EndNoteXml("(Arvelo, 2014)", Arvelo), "(Arvelo, 2014)")]),
            Para([TextRun("Books "), .. Complex(" ADDIN EN.CITE " + EndNoteXml("(Brannock et al., 2009)", Brannock), "(Brannock et al., 2009)")]));
    }

    [Fact]
    public void Differences_of_spacing_quotation_marks_dashes_and_formatting_only_pass()
    {
        string rtf = Zotero("(Arvelo, 2014, pp. 3–5)", Arvelo).Replace("\"formattedCitation\":\"(Arvelo, 2014, pp. 3\\u20135)\"", "\"formattedCitation\":\"{\\\\rtf (Arvelo, 2014, pp. 3\\\\uc0\\\\u8211{}5)}\"", StringComparison.Ordinal);
        Valid(
            Para([TextRun("Ports "), .. Complex(rtf, "(Arvelo,\u00A02014,  pp.\u00A03-5) ")]),
            Para([TextRun("Lamps "), .. Complex(Zotero("(Arvelo, “Ledgers”, 2014)", Arvelo), "(Arvelo, \"Ledgers\", 2014)")]),
            Para([TextRun("Schools "), .. Complex(Mendeley("(Brannock <i>et al.</i>, 2009)", null, Brannock), "(Brannock et al.|, 2009)")]),
            Para([TextRun("Books"), .. Complex(" ADDIN EN.CITE " + EndNoteXml("<style face=\"superscript\">4</style>", Arvelo), "4")]));
    }

    [Fact]
    public void Reports_a_Zotero_citation_edited_by_hand()
    {
        var findings = Invalid(
            Para([TextRun("Trade grew "), .. Complex(Zotero("(Arvelo, 2014)", Arvelo), "(Arvelo, 2014, p. 7)"), TextRun(" in the ports.")]),
            "(Arvelo, 2014, p. 7)",
            "(Arvelo, 2014)");

        var finding = Assert.Single(findings);
        Assert.Equal(
            "this Zotero citation was edited by hand: it shows '(Arvelo, 2014, p. 7)' where Zotero would show '(Arvelo, 2014)', and Zotero may overwrite the edit when it refreshes; "
            + "make the change in Zotero (the citation's page, prefix or suffix, or the reference itself) and refresh, rather than in the text",
            finding.Message);
        Assert.Equal(new DocxLocation("word/document.xml", 1, 11, 20), finding.Location);
        Assert.Equal(new Excerpt("Trade grew (Arvelo, 2014, p. 7) in the ports.", 11, 20), finding.Excerpt);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Reports_a_Zotero_citation_whose_edit_Zotero_is_told_to_keep()
    {
        var finding = Assert.Single(Invalid(
            Para([TextRun("Lamps "), .. Complex(Zotero("(Brannock et al., 2009)", true, Brannock), "(Brannock and others, 2009)")]),
            "(Brannock and others, 2009)",
            "(Brannock et al., 2009)"));

        Assert.Contains("and Zotero is set to keep the edit, so corrections to the reference no longer reach it;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Mendeley_citations_edited_by_hand()
    {
        var findings = Invalid(
            [Para([TextRun("Ports "), .. Complex(Mendeley("(Arvelo, 2014)", "(Arvelo 2014a)", Arvelo), "(Arvelo 2014a)")]),
            Para(TextRun("Schools "), MendeleyCite("(Brannock, 2009)", "(Brannock et al., 2009)", true, Brannock))],
            ("(Arvelo 2014a)", "(Arvelo, 2014)"),
            ("(Brannock, 2009)", "(Brannock et al., 2009)"));

        Assert.All(findings, f => Assert.Contains("Mendeley is set to keep the edit", f.Message, StringComparison.Ordinal));
        Assert.Equal(new DocxLocation("word/document.xml", 2, 8, 16), findings[1].Location);
    }

    [Fact]
    public void Reports_EndNote_citations_edited_by_hand()
    {
        var findings = Invalid(
            [Para([TextRun("Ledgers "), .. EndNoteWithData(EndNoteXml("(Arvelo, 2014)", Arvelo), "(Arvelo, 2015)")]),
            Para([TextRun("Books "), .. Complex(" ADDIN EN.CITE " + EndNoteXml("(Brannock et al., 2009)", Brannock), "(Brannock et al., 2009, p. 12)")])],
            ("(Arvelo, 2015)", "(Arvelo, 2014)"),
            ("(Brannock et al., 2009, p. 12)", "(Brannock et al., 2009)"));

        Assert.StartsWith("this EndNote citation was edited by hand: it shows '(Arvelo, 2015)' where EndNote would show '(Arvelo, 2014)'", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_without_readable_data_cut_by_a_paragraph_end_or_with_tracked_changes_is_not_judged()
    {
        Valid(
            Para([TextRun("Broken "), .. Complex(" ADDIN ZOTERO_ITEM CSL_CITATION {\"properties\":{\"plainCitation\":\"(Arvelo, 2014)\"", "(Arvelo, 2015)")]),
            Para(TextRun("Notes "), Begin(), Code(Zotero("(Arvelo, 2014)", Arvelo)), Separate(), TextRun("(Arvelo,")),
            Para(TextRun("2014)"), End(), TextRun(" go on.")),
            Para(
                TextRun("Revised "), Begin(), Code(Zotero("(Arvelo, 2014)", Arvelo)), Separate(), TextRun("(Arvelo, "),
                new DocumentFormat.OpenXml.Wordprocessing.DeletedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.DeletedText("2014"))) { Id = "1", Author = "Editor" },
                new DocumentFormat.OpenXml.Wordprocessing.InsertedRun(TextRun("2015")) { Id = "2", Author = "Editor" },
                TextRun(")"), End()));
    }

    [Fact]
    public void The_empty_document_passes()
    {
        Valid(Para());
    }

    private static void Valid(params OpenXmlElement[] paragraphs)
    {
        var findings = Rule.Check(LintContext.For(Read(paragraphs))).ToList();
        Assert.True(findings.Count == 0, "expected no finding, got: " + string.Join("; ", findings.Select(f => $"'{f.Match}' {f.Message}")));
    }

    private static IReadOnlyList<Finding> Invalid(OpenXmlElement paragraph, string match, string suggestion) => Invalid([paragraph], (match, suggestion));

    private static IReadOnlyList<Finding> Invalid(OpenXmlElement[] paragraphs, params (string Match, string Suggestion)[] expected)
    {
        var findings = Rule.Check(LintContext.For(Read(paragraphs))).ToList();
        Assert.Equal(expected, findings.Select(f => (f.Match, Assert.Single(f.Suggestions))));
        Assert.All(findings, f => Assert.Equal("Attribution.EditedCitation", f.RuleId));
        return findings;
    }

    private static PaperLint.Core.Model.Document Read(OpenXmlElement[] paragraphs) => DocxReaderTests.Read(new DocxFixture().Body(paragraphs).Build());
}
