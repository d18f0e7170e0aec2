using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The Word files of pandoc's test suite (in the shared corpus beside the repository, absent from a
/// user's clone): every one must read without an exception, and a handful must read as the printed page,
/// checked against phrases first verified with <c>pandoc -t plain</c>. Without the corpus, every test
/// here is reported as skipped.
/// </summary>
public sealed class DocxCorpusTests
{
    private const string Corpus = "pandoc-docx";

    // Without the corpus there are no rows; the theory is skipped then and never asks.
    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        if (SharedCorpus.Folder(Corpus) is { } folder)
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [SharedCorpusFact]
    public void Finds_pandocs_documents_in_the_corpus()
    {
        Assert.True(Directory.EnumerateFiles(SharedCorpus.RequireFolder(Corpus), "*.docx").Count() >= 80);
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusDocuments))]
    public void Reads_every_corpus_document_with_sound_locations(string fileName)
    {
        var doc = DocumentLoader.Load(SharedCorpus.RequireFile(Corpus, fileName), fileName);

        var lastParagraph = new Dictionary<string, int>();
        foreach (var block in doc.Blocks)
        {
            var anchor = Assert.IsType<DocxAnchor>(block.Docx);
            Assert.True(anchor.Paragraph > lastParagraph.GetValueOrDefault(anchor.Part), $"{fileName}: {anchor} out of order");
            lastParagraph[anchor.Part] = anchor.Paragraph;
            Assert.All(block.Spans, s => Assert.InRange(s.End, s.Start, block.Text.Length));
            Assert.Equal(block.Kind == BlockKind.FootnoteBody, block.Note is not null);
        }

        Assert.All(doc.FootnoteRefs, r => Assert.InRange(r.Offset + r.Length, r.Offset, r.Block.Text.Length));
    }

    [SharedCorpusFact]
    public void Leaves_out_tracked_deletions_and_keeps_insertions()
    {
        Assert.Equal(["This is a text with a deletion."], Load("track_changes_deletion.docx").Blocks.Select(b => b.Text));
        Assert.Equal(["This is a text with two exciting insertions."], Load("track_changes_insertion.docx").Blocks.Select(b => b.Text));
        Assert.Equal(
            ["Here is some text.", "Here is the text to be moved.", "Here is some more text."],
            Load("track_changes_move.docx").Blocks.Select(b => b.Text));
    }

    [SharedCorpusFact]
    public void Reads_notes_docx_with_its_footnote_and_endnote()
    {
        var doc = Load("notes.docx");

        Assert.Equal(
            """
            Heading word/document.xml ¶1 "A footnote"
            Paragraph word/document.xml ¶2 "Test footnote. Test endnote."
            FootnoteBody word/footnotes.xml footnote 1 ¶1 "My note."
            FootnoteBody word/endnotes.xml endnote 1 ¶1 "This is an endnote at the end of the document."
            FootnoteRef 1 (1) word/document.xml ¶2 @14+0
            EndnoteRef 1 (1) word/document.xml ¶2 @28+0

            """,
            DocxSnapshot.Of(doc));
    }

    [SharedCorpusFact]
    public void Reads_citation_fields_as_their_results_not_their_codes()
    {
        var zotero = Load("zotero_citations.docx");
        Assert.Equal("This is a citation (Smith et al., 2013)", zotero.Blocks[0].Text);
        Assert.Equal("This is a citation with two sources (Boer et al., 2016; Smith et al., 2013).", zotero.Blocks[1].Text);
        Assert.StartsWith("Smith, D. M., Eade, R., & Pohlmann, H. (2013).", zotero.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(zotero.Blocks, b => b.Text.Contains("CSL_CITATION", StringComparison.Ordinal) || b.Text.Contains("ZOTERO", StringComparison.Ordinal));

        var mendeley = Load("mendeley_citations.docx");
        Assert.Equal("This is a Mendeley test (prefix Hadwen-Bennett et al., 2018, p. 123 suffix).", mendeley.Blocks[0].Text);
        Assert.DoesNotContain(mendeley.Blocks, b => b.Text.Contains("citationItems", StringComparison.Ordinal) || b.Text.Contains("ADDIN", StringComparison.Ordinal));
    }

    [SharedCorpusFact]
    public void Reads_hyperlink_fields_content_controls_smart_tags_and_an_unusual_main_part()
    {
        var block = Assert.Single(Load("instrText_hyperlink.docx").Blocks);
        Assert.Contains("Kevin J. Mitchell的Foundations of Analysis, 2nd Edition,", block.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", block.Text, StringComparison.Ordinal);

        Assert.Equal(["Test Paragraph1", "Test Paragraph2", "Test Paragraph3"], Load("nested_sdt.docx").Blocks.Select(b => b.Text));

        Assert.Contains(Load("nested_smart_tags.docx").Blocks, b => b.Text.Contains("that the king of Egypt died; and the children of Israel sighed", StringComparison.Ordinal));

        Assert.Equal(
            """
            Heading word/document2.xml ¶1 "Test"
            Paragraph word/document2.xml ¶2 "This is italic, bold, underlined, italic underlined, bold underlined, bold italic underlined."

            """,
            DocxSnapshot.Of(Load("alternate_document_path.docx")));
    }

    [SharedCorpusFact]
    public void Reads_quotation_styles_text_boxes_and_links_in_notes()
    {
        Assert.Equal(["Quote", "Intense Quote"], Load("block_quotes.docx").Blocks.Where(b => b.Kind == BlockKind.Quote).Select(b => b.Style));

        Assert.Equal(["The image is below.", "The image is above."], Load("textbox_image_duplicate_encoding.docx").Blocks.Select(b => b.Text));

        var note = Assert.Single(Load("link_in_notes.docx").FootnoteDefs);
        Assert.Equal((1, "http://wikipedia.org/"), (note.Number, note.Text));
        // The link text is itself an address, so it is also marked as a URL that no rule reads.
        Assert.Equal([new InlineSpan(SpanKind.LinkText, 0, 21), new InlineSpan(SpanKind.Url, 0, 21)], note.Blocks[0].Spans);

        Assert.Equal("Drop cap.", Load("drop_cap.docx").Blocks[0].Text);
    }

    private static Document Load(string fileName) => DocumentLoader.Load(SharedCorpus.RequireFile(Corpus, fileName), fileName);
}
