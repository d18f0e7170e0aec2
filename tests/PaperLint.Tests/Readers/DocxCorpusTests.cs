using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using Xunit.Abstractions;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The Word files of pandoc's test suite (in the shared corpus beside the repository, absent from a
/// user's clone): every one must read without an exception, and a handful must read as the printed page,
/// checked against phrases first verified with <c>pandoc -t plain</c>.
/// </summary>
public sealed class DocxCorpusTests(ITestOutputHelper output)
{
    private const string Corpus = "pandoc-docx";
    private const string Absent = "(corpus absent)";

    // xunit 2 fails a theory without data, so an absent corpus yields one row that the test passes over.
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
        else
        {
            data.Add(Absent);
        }

        return data;
    }

    [Fact]
    public void Finds_the_corpus_or_says_it_is_skipped()
    {
        if (SharedCorpus.Folder(Corpus) is not { } folder)
        {
            output.WriteLine($"shared/corpus/{Corpus} not found beside the repository: corpus tests skipped");
            return;
        }

        Assert.True(Directory.EnumerateFiles(folder, "*.docx").Count() >= 80);
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Reads_every_corpus_document_with_sound_locations(string fileName)
    {
        if (fileName == Absent || SharedCorpus.File(Corpus, fileName) is not { } path)
        {
            return;
        }

        var doc = DocumentLoader.Load(path, fileName);

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

    [Fact]
    public void Leaves_out_tracked_deletions_and_keeps_insertions()
    {
        if (Load("track_changes_deletion.docx") is { } deletion)
        {
            Assert.Equal(["This is a text with a deletion."], deletion.Blocks.Select(b => b.Text));
        }

        if (Load("track_changes_insertion.docx") is { } insertion)
        {
            Assert.Equal(["This is a text with two exciting insertions."], insertion.Blocks.Select(b => b.Text));
        }

        if (Load("track_changes_move.docx") is { } move)
        {
            Assert.Equal(["Here is some text.", "Here is the text to be moved.", "Here is some more text."], move.Blocks.Select(b => b.Text));
        }
    }

    [Fact]
    public void Reads_notes_docx_with_its_footnote_and_endnote()
    {
        if (Load("notes.docx") is not { } doc)
        {
            return;
        }

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

    [Fact]
    public void Reads_citation_fields_as_their_results_not_their_codes()
    {
        if (Load("zotero_citations.docx") is { } zotero)
        {
            Assert.Equal("This is a citation (Smith et al., 2013)", zotero.Blocks[0].Text);
            Assert.Equal("This is a citation with two sources (Boer et al., 2016; Smith et al., 2013).", zotero.Blocks[1].Text);
            Assert.StartsWith("Smith, D. M., Eade, R., & Pohlmann, H. (2013).", zotero.Blocks[^1].Text, StringComparison.Ordinal);
            Assert.DoesNotContain(zotero.Blocks, b => b.Text.Contains("CSL_CITATION", StringComparison.Ordinal) || b.Text.Contains("ZOTERO", StringComparison.Ordinal));
        }

        if (Load("mendeley_citations.docx") is { } mendeley)
        {
            Assert.Equal("This is a Mendeley test (prefix Hadwen-Bennett et al., 2018, p. 123 suffix).", mendeley.Blocks[0].Text);
            Assert.DoesNotContain(mendeley.Blocks, b => b.Text.Contains("citationItems", StringComparison.Ordinal) || b.Text.Contains("ADDIN", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Reads_hyperlink_fields_content_controls_smart_tags_and_an_unusual_main_part()
    {
        if (Load("instrText_hyperlink.docx") is { } hyperlink)
        {
            var block = Assert.Single(hyperlink.Blocks);
            Assert.Contains("Kevin J. Mitchell的Foundations of Analysis, 2nd Edition,", block.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("HYPERLINK", block.Text, StringComparison.Ordinal);
        }

        if (Load("nested_sdt.docx") is { } sdt)
        {
            Assert.Equal(["Test Paragraph1", "Test Paragraph2", "Test Paragraph3"], sdt.Blocks.Select(b => b.Text));
        }

        if (Load("nested_smart_tags.docx") is { } smartTags)
        {
            Assert.Contains(smartTags.Blocks, b => b.Text.Contains("that the king of Egypt died; and the children of Israel sighed", StringComparison.Ordinal));
        }

        if (Load("alternate_document_path.docx") is { } alternate)
        {
            Assert.Equal(
                """
                Heading word/document2.xml ¶1 "Test"
                Paragraph word/document2.xml ¶2 "This is italic, bold, underlined, italic underlined, bold underlined, bold italic underlined."

                """,
                DocxSnapshot.Of(alternate));
        }
    }

    [Fact]
    public void Reads_quotation_styles_text_boxes_and_links_in_notes()
    {
        if (Load("block_quotes.docx") is { } quotes)
        {
            Assert.Equal(["Quote", "Intense Quote"], quotes.Blocks.Where(b => b.Kind == BlockKind.Quote).Select(b => b.Style));
        }

        if (Load("textbox_image_duplicate_encoding.docx") is { } textBoxes)
        {
            Assert.Equal(["The image is below.", "The image is above."], textBoxes.Blocks.Select(b => b.Text));
        }

        if (Load("link_in_notes.docx") is { } links)
        {
            var note = Assert.Single(links.FootnoteDefs);
            Assert.Equal((1, "http://wikipedia.org/"), (note.Number, note.Text));
            // The link text is itself an address, so it is also marked as a URL that no rule reads.
            Assert.Equal([new InlineSpan(SpanKind.LinkText, 0, 21), new InlineSpan(SpanKind.Url, 0, 21)], note.Blocks[0].Spans);
        }

        if (Load("drop_cap.docx") is { } dropCap)
        {
            Assert.Equal("Drop cap.", dropCap.Blocks[0].Text);
        }
    }

    private static Document? Load(string fileName) =>
        SharedCorpus.File(Corpus, fileName) is { } path ? DocumentLoader.Load(path, fileName) : null;
}
