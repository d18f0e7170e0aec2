using PaperLint.Core.Rules;
using PaperLint.Core.Config;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;
using Document = PaperLint.Core.Model.Document;

namespace PaperLint.Tests.Citations;

/// <summary>What the analysis finds in a paper: the references list and its blocks, quotations, citations.</summary>
public sealed class DocumentAnalysisTests
{
    [Theory]
    [InlineData(SourceFormat.Markdown)]
    [InlineData(SourceFormat.Docx)]
    [InlineData(SourceFormat.PlainText)]
    public void Marks_the_references_list_and_only_it(SourceFormat format)
    {
        var document = PaperDocuments.From(format, "# Paper\n\nText (Serge, 1974).\n\n# Bibliography\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\nAll translations are my own.\n\n# Appendix\n\nRose, J. (2001). A line that only looks like an entry.");

        var analysis = Analyse(document);

        var entry = Assert.Single(analysis.Entries);
        Assert.Equal(["Serge"], entry.Authors);
        Assert.Equal("From Lenin to Stalin", entry.Title);
        Assert.Equal(
            ["Heading", "Paragraph", "Heading", "ReferenceEntry", "Paragraph", "Heading", "Paragraph"],
            document.Blocks.Select(b => analysis.KindOf(b).ToString()));

        // The analysis is a fact about the document; the model itself stays as the reader made it.
        Assert.Equal(BlockKind.Paragraph, document.Blocks[3].Kind);
    }

    [Theory]
    [InlineData(SourceFormat.Markdown)]
    [InlineData(SourceFormat.Docx)]
    [InlineData(SourceFormat.PlainText)]
    public void Paragraphs_between_entries_belong_to_the_list_even_when_no_entry_is_read_from_them(SourceFormat format)
    {
        var document = PaperDocuments.From(format, "# Paper\n\nText (Serge, 1974) and (Rose, 2001).\n\n# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\n“Mending the Nets: On Harbours in Winter.” 2019. Journal of Fisheries 76 (10): 1895.\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.\n\nAll translations are my own.");

        var context = LintContext.For(document);
        var kinds = document.Blocks.Select(b => context.KindOf(b).ToString()).ToList();

        Assert.Equal(["Heading", "Paragraph", "Heading", "ReferenceEntry", "ReferenceEntry", "ReferenceEntry", "Paragraph"], kinds);
        Assert.Equal(2, context.References!.Entries.Count);
    }

    [Fact]
    public void A_word_entry_after_the_last_read_one_in_the_bibliography_style_belongs_to_the_list()
    {
        var hanging = new DocumentFormat.OpenXml.Wordprocessing.StyleParagraphProperties(new DocumentFormat.OpenXml.Wordprocessing.Indentation { Left = "1440", Hanging = "720" });
        var docx = new DocxFixture()
            .ParagraphStyle("Heading1", "heading 1")
            .ParagraphStyle("Bibliography", "Bibliography", properties: hanging)
            .Paragraph("Text (Serge, 1974).")
            .Paragraph("References", "Heading1")
            .Paragraph("Serge, V. (1974). From Lenin to Stalin. Monad Press.", "Bibliography")
            .Paragraph("“Mending the Nets: On Harbours in Winter.” 2019. Journal of Fisheries 76 (10): 1895.", "Bibliography")
            .Build();

        var document = PaperLint.Core.Readers.DocumentLoader.Load(docx, "paper.docx");
        var context = LintContext.For(document);

        Assert.Equal(BlockKind.ReferenceEntry, context.KindOf(document.Blocks[^1]));
        Assert.Empty(context.Quotations.Cited);
    }

    [Theory]
    [InlineData("References")]
    [InlineData("Works Cited")]
    [InlineData("Work Cited:")] // MLA's heading, as many a student writes it
    [InlineData("Bibliography:")]
    [InlineData("7. Literature")]
    [InlineData("Literatur")]
    public void Knows_the_headings_that_open_a_references_list(string heading)
    {
        var document = PaperDocuments.From(SourceFormat.Markdown, $"Text (Serge, 1974).\n\n## {heading}\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.");

        Assert.Single(Analyse(document).Entries);
    }

    [Fact]
    public void Takes_the_configured_headings()
    {
        var document = PaperDocuments.From(SourceFormat.Markdown, "Text (Serge, 1974).\n\n# Quellen\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.");

        Assert.Empty(Analyse(document).Entries);
        var quellen = LintContext.For(document, LintSettings.Default.With(AttributionOptions.Default with { ReferenceHeadings = ["Quellen"] }));
        Assert.Single(quellen.Attribution.Entries);
        Assert.Equal(BlockKind.ReferenceEntry, quellen.KindOf(document.Blocks[^1]));
    }

    [Theory]
    [InlineData("## 4. LITERATURE CITED IN THIS CHAPTER:", 1)]
    [InlineData("## Literature cited in this chapter", 1)]
    [InlineData("## Literature cited in this chapter and elsewhere", 0)]
    [InlineData("## Quellen", 1)]
    [InlineData("## References", 0)]
    public void Takes_a_configured_heading_longer_than_any_other_in_any_case(string heading, int entries)
    {
        var document = PaperDocuments.From(SourceFormat.Markdown, $"Text (Serge, 1974).\n\n{heading}\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.");
        var settings = LintSettings.Default.With(AttributionOptions.Default with { ReferenceHeadings = ["Quellen", "Literature Cited in this Chapter"] });

        Assert.Equal(entries, LintContext.For(document, settings).Attribution.Entries.Count);
    }

    [Fact]
    public void Reads_one_entry_a_line_in_a_text_file_and_joins_wrapped_lines()
    {
        const string text = "A paper (Rose, 2001).\n\nReferences\n- Ascher, A. (2014). The Russian Revolution. One World.\n- Rose, J. (2001). The Intellectual Life of the British Working Classes. Yale\n  University Press.\n- Serge, V. (1974). From Lenin to Stalin. Monad Press.\n";

        var document = PlainTextReader.Parse("refs.txt", text);
        var analysis = Analyse(document);

        Assert.Equal(["Ascher", "Rose", "Serge"], analysis.Entries.Select(e => e.Authors[0]));
        Assert.Equal([4, 5, 7], analysis.Entries.Select(e => ((TextLocation)document.Locate(e.Block!, e.Start, 1)).Line));
        Assert.Equal("2001", analysis.Entries[1].Year);
    }

    [Fact]
    public void A_word_paragraph_indented_beyond_the_body_text_is_a_quotation()
    {
        var fixture = new DocxFixture()
            .Paragraph("The committee put it plainly in its report of that year:")
            .Body(Indented("Members are asked to keep silence in the reading room and to return every newspaper to its place.", 1440))
            .Paragraph("Most members did as they were asked.")
            .Body(Indented("A list item indented", 1440));
        var document = new DocxReader().Read("q.docx", new MemoryStream(fixture.Build()));

        var quotation = Assert.Single(Analyse(document).Quotations);

        Assert.Equal(QuotationKind.Block, quotation.Kind);
        Assert.StartsWith("Members are asked", quotation.First.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_after_a_colon_up_to_its_citation_is_one_quotation_in_a_text_file()
    {
        const string text = "The committee wrote:\n\nDear Members,\n\nThe room shall stay open until ten.\n\nThe papers shall stay on the table. (Rules of the room, 1871)\n\nThe rule held.\n";

        var analysis = Analyse(PlainTextReader.Parse("letter.txt", text));

        var quotation = Assert.Single(analysis.Quotations);
        Assert.Equal(3, quotation.Blocks.Count);
        Assert.True(analysis.Sources[0].IsCited);
    }

    [Fact]
    public void The_quoted_authors_own_citations_are_not_the_papers()
    {
        var document = PaperDocuments.From(SourceFormat.Markdown, "He wrote:\n\n> As Altick (1957) showed, the public read more each year. (Rose, 2001, p. 4)\n\nShe said \"as Vincent (1989) shows, literacy grew in every county of the land\" (Rose, 2001).");

        var cited = Analyse(document).Citations.Select(c => c.Citation.Display);

        Assert.Equal(["Rose (2001)", "Rose (2001)"], cited);
    }

    [SharedCorpusFact]
    public void Reads_the_citations_zotero_inserts_as_word_fields()
    {
        var analysis = Analyse(DocumentLoader.Load(SharedCorpus.RequireFile("pandoc-docx", "zotero_citations.docx")));

        Assert.Equal(
            ["Smith et al. (2013)", "Boer et al. (2016)", "Smith et al. (2013)", "Bellomo et al. (2016)"],
            analysis.Citations.Select(c => c.Citation.Display));
        Assert.Equal(["Bellomo", "Boer", "Smith"], analysis.Entries.Select(e => e.Authors[0]));
    }

    [SharedCorpusFact]
    public void Reads_the_citations_mendeley_inserts_as_word_fields()
    {
        var analysis = Analyse(DocumentLoader.Load(SharedCorpus.RequireFile("pandoc-docx", "mendeley_citations.docx")));

        Assert.Equal(
            ["Hadwen-Bennett et al. (2018)", "Seo (2019)", "Koh and Abbas (2015)", "Lee et al. (2011)"],
            analysis.Citations.Select(c => c.Citation.Display));
        Assert.Equal(4, analysis.Entries.Count);
    }

    private static DocumentAnalysis Analyse(Document document) => LintContext.For(document).Attribution;

    private static Paragraph Indented(string text, int twips) => new(
        new ParagraphProperties(new Indentation { Left = twips.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        DocxFixture.TextRun(text));
}
