using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Reference managers' citations in real Word files: the Zotero and Mendeley files of pandoc's tests and a Citavi
/// citation in a note (shared corpus), and a journal article with Zotero citations (real-world corpus), which must read
/// whole and clean, and which, edited by hand in one citation, must give exactly that one finding more.
/// </summary>
public sealed class CitationFieldCorpusTests
{
    private const string Article = "docx/en_article_algarrobos_zotero.docx";

    [SharedCorpusFact]
    public void Reads_the_Zotero_and_Mendeley_files_citations_and_bibliographies()
    {
        foreach (var (file, manager, citations, works, entries) in new[] { ("zotero_citations.docx", ReferenceManager.Zotero, 3, 4, 3), ("mendeley_citations.docx", ReferenceManager.Mendeley, 3, 4, 4) })
        {
            var doc = Load(file);
            Assert.Equal(citations, doc.CitationFields.Count);
            Assert.All(doc.CitationFields, f => Assert.Equal(manager, f.Manager));
            Assert.Equal(works, doc.CitationFields.Sum(f => f.Items.Count));
            Assert.All(doc.CitationFields.SelectMany(f => f.Items), i => Assert.True(i.Authors.Count > 0 && i.Year is { Length: 4 } && i.Title is not null, $"{file}: {i}"));
            Assert.All(doc.CitationFields, f => Assert.Equal(f.StoredText, f.Text));
            var bibliography = Assert.Single(doc.BibliographyFields);
            Assert.Equal((manager, entries), (bibliography.Manager, bibliography.Blocks.Count));
            Assert.Empty(new EditedCitation().Check(LintContext.For(doc)));
        }
    }

    [SharedCorpusFact]
    public void Reads_a_Citavi_citation_in_a_footnote()
    {
        var field = Assert.Single(Load("sdt_in_footnote.docx").CitationFields);
        Assert.Equal((ReferenceManager.Citavi, BlockKind.FootnoteBody), (field.Manager, field.Block.Kind));
        Assert.True(Assert.Single(field.Items).Authors.Count > 1);
        Assert.Equal(field.StoredText, field.Text);
    }

    [SharedRealworldFact]
    public void Reads_every_Zotero_citation_of_the_article_with_its_data()
    {
        var doc = DocumentLoader.Load(ArticlePath(), Article);

        Assert.Equal(88, doc.CitationFields.Count);
        Assert.All(doc.CitationFields, f => Assert.True(f.HasData && f.Items.All(i => i.Authors.Count > 0 && i.Year is not null), f.Text));
        Assert.All(doc.CitationFields, f => Assert.Equal(f.StoredText, f.Text));
        Assert.Equal(ReferenceManager.Zotero, Assert.Single(doc.BibliographyFields).Manager);
    }

    [SharedRealworldFact]
    public void A_copy_of_the_article_with_one_citation_edited_by_hand_has_exactly_that_finding_more()
    {
        byte[] original = File.ReadAllBytes(ArticlePath());
        byte[] edited = WithCitationText(original, "[18]", "[18, p. 4]");
        var plan = RuleSet.Active(PaperLintConfig.Default, []);

        var before = Lint(original, plan);
        var after = Lint(edited, plan);

        Assert.Equal(before.Count + 1, after.Count);
        var added = Assert.Single(after, f => !before.Any(b => b.RuleId == f.RuleId && b.Location == f.Location && b.Match == f.Match));
        Assert.Equal(("Attribution.EditedCitation", "[18, p. 4]", "[18]"), (added.RuleId, added.Match, Assert.Single(added.Suggestions)));

        var field = DocumentLoader.Load(ArticlePath(), Article).CitationFields.First(f => f.Text == "[18]");
        var place = Assert.IsType<DocxLocation>(added.Location);
        Assert.Equal(new DocxLocation("word/document.xml", field.Block.Docx!.Paragraph, field.Start, 10), place);
        Assert.Contains("[18, p. 4]", added.Excerpt!.Text, StringComparison.Ordinal);
    }

    /// <summary>The document with the shown text of the first Zotero citation that shows <paramref name="text"/> replaced, as an author edits it in Word.</summary>
    private static byte[] WithCitationText(byte[] docx, string text, string replacement)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        bool found = false;
        using (var package = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var runs = package.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
            for (int i = 0; i < runs.Count && !found; i++)
            {
                if (runs[i].GetFirstChild<FieldCode>()?.Text.Contains("ZOTERO_ITEM", StringComparison.Ordinal) != true)
                {
                    continue;
                }

                int separate = runs.FindIndex(i, r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value == FieldCharValues.Separate);
                int end = runs.FindIndex(separate, r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value == FieldCharValues.End);
                var texts = runs[separate..end].SelectMany(r => r.Elements<Text>()).ToList();
                if (string.Concat(texts.Select(t => t.Text)) == text)
                {
                    texts[0].Text = replacement;
                    texts.Skip(1).ToList().ForEach(t => t.Text = "");
                    package.MainDocumentPart.Document.Save();
                    found = true;
                }
            }
        }

        // The package is written out when it is closed.
        return found ? stream.ToArray() : throw new InvalidOperationException($"no Zotero citation shows {text}");
    }

    private static List<Finding> Lint(byte[] docx, LintPlan plan) =>
        Linter.Lint(new DocxReader().Read(Article, new MemoryStream(docx)), plan).Findings.ToList();

    private static string ArticlePath() => Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, Article);

    private static PaperLint.Core.Model.Document Load(string fileName) => DocumentLoader.Load(SharedCorpus.RequireFile("pandoc-docx", fileName), fileName);
}
