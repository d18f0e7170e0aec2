using System.Globalization;
using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Tests.Fuzz;
using PaperLint.Tests.Support;
using Document = PaperLint.Core.Model.Document;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The Word reader reads the body and the notes one element at a time and lets each go after the walk
/// (<c>DocxParts.BodyElements</c>, <c>FootnoteElements</c>, <c>EndnoteElements</c>), where it loaded each part's whole tree first. Both readings must make the same document, down to each block's place,
/// style, language, indentation, bookmarks and links, the citation and bibliography fields and the suppressions; and a
/// damaged story must fail with the same line (a damaged package fails both readings, each in its own words: the
/// SDK finds the parts in one, the archive itself in the other). Read both ways: the samples, hundreds of them mutated inside their XML, and
/// the Word files of the shared corpus and of the real-world corpus (skipped where those are absent).
/// </summary>
public sealed class DocxStreamedStoriesTests
{
    private static readonly DocxReader Streamed = new();
    private static readonly DocxReader Whole = new() { LoadsStoriesWhole = true };

    [Fact]
    public void Reads_every_sample_as_the_whole_tree_does()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.docx").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(samples);
        foreach (string path in samples)
        {
            AssertSameReading(Path.GetFileName(path), File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void Reads_mutated_samples_as_the_whole_tree_does_and_fails_alike()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.docx").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(20261203);
        int failed = 0;
        for (int i = 0; i < 400; i++)
        {
            byte[] input = Mutator.Docx(samples[i % samples.Count], random);
            failed += AssertSameReading($"mutation {i}", input) ? 0 : 1;
        }

        // Damage shows in both readings; some must be damage, or the failing path was never compared.
        Assert.InRange(failed, 1, 399);
    }

    [Fact]
    public void Reads_indentation_from_the_left_and_from_the_start_in_a_transitional_and_a_strict_document()
    {
        // The part reader reads w:left as w:start, as in a Strict document: the walk must read both.
        var left = new Paragraph(new ParagraphProperties(new Indentation { Left = "720" }), TextRun("Indented from the left."));
        var start = new Paragraph(new ParagraphProperties(new Indentation { Start = "1440" }), TextRun("Indented from the start."));
        byte[] transitional = new DocxFixture().Body(left, start, Para(TextRun("Not indented."))).Build();
        foreach (byte[] docx in new[] { transitional, DocxFixture.ToStrict(transitional) })
        {
            var document = Streamed.Read("x.docx", new MemoryStream(docx));
            Assert.Equal([720, 1440, null], document.Blocks.Select(b => b.IndentTwips));
            AssertSameReading("indentation", docx);
        }
    }

    [Fact]
    public void A_body_damaged_after_its_first_paragraphs_names_the_part_and_the_place()
    {
        // The walk has read two paragraphs when the XML breaks: the failure still names the part, as a whole tree's did.
        string error = FailsAlike(SampleWith(
            "word/document.xml",
            "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>One.</w:t></w:r></w:p><w:p><w:r><w:t>Two.</w:t></w:r></w:p><w:p><w:r></w:p></w:body></w:document>"));

        Assert.Equal("paper.docx: the file is damaged (malformed XML in word/document.xml at line 2, position 178)", error);
    }

    [Theory]
    [InlineData("<w:footnote w:id=\"1\"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"2\"><w:p><w:r></w:p></w:footnote></w:footnotes>")]
    [InlineData("<w:footnote w:id=\"1\"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote></w:footnotes><w:p/>")]
    public void A_notes_part_damaged_after_its_first_note_names_the_part_and_the_place(string notes)
    {
        string error = FailsAlike(SampleWith(
            "word/footnotes.xml",
            "<?xml version=\"1.0\"?>\n<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + notes));

        Assert.StartsWith("paper.docx: the file is damaged (malformed XML in word/footnotes.xml at line 2, position ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_every_note_of_a_notes_part_as_the_whole_tree_does()
    {
        var fixture = new DocxFixture().Body(Para(TextRun("Text.")));
        for (int id = 1; id <= 40; id++)
        {
            fixture.Footnote(id, $"Note {id}, with words of its own.");
            fixture.Endnote(id, $"Endnote {id}.");
        }

        byte[] docx = fixture.Build();
        var document = Streamed.Read("x.docx", new MemoryStream(docx));
        Assert.Equal(80, document.Blocks.Count(b => b.Kind == BlockKind.FootnoteBody));
        AssertSameReading("forty notes of each kind", docx);
    }

    [Fact]
    public void A_main_part_that_is_not_a_document_is_damage()
    {
        byte[] docx = SampleWith(
            "word/document.xml",
            "<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>One.</w:t></w:r></w:p></w:body></w:styles>");

        var error = Assert.Throws<InputException>(() => Streamed.Read("paper.docx", new MemoryStream(docx)));
        Assert.StartsWith("paper.docx: the file is damaged (word/document.xml: ", error.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => Whole.Read("paper.docx", new MemoryStream(docx)));
    }

    [Fact]
    public void Reads_a_body_after_other_elements_of_the_document_and_an_empty_body()
    {
        byte[] sample = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.docx"));
        const string Open = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";
        byte[] background = Replace(sample, "word/document.xml", Open + "<w:background w:color=\"FFFFFF\"/><w:body><w:p><w:r><w:t>After a background.</w:t></w:r></w:p></w:body></w:document>");
        Assert.Equal(["After a background."], Streamed.Read("a.docx", new MemoryStream(background)).Blocks.Where(b => b.Docx?.Part == "word/document.xml").Select(b => b.Text));
        AssertSameReading("background", background);

        foreach (string body in new[] { "<w:body/>", "<w:body></w:body>", "" })
        {
            byte[] empty = Replace(sample, "word/document.xml", Open + body + "</w:document>");
            Assert.DoesNotContain(Streamed.Read("b.docx", new MemoryStream(empty)).Blocks, b => b.Docx?.Part == "word/document.xml");
            AssertSameReading(body, empty);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("<a>")]
    [InlineData("  \n")]
    public void A_main_part_with_no_document_in_it_is_damage(string content)
    {
        // A whole tree read a main part of fewer than four bytes as no document at all, and the file linted clean.
        byte[] docx = SampleWith("word/document.xml", content);

        var error = Assert.Throws<InputException>(() => Streamed.Read("paper.docx", new MemoryStream(docx)));
        Assert.StartsWith("paper.docx: the file is damaged (malformed XML in word/document.xml at line ", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        if (SharedCorpus.Folder("pandoc-docx") is { } corpus)
        {
            foreach (string file in Directory.EnumerateFiles(corpus, "*.docx").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusDocuments))]
    public void Reads_pandocs_documents_as_the_whole_tree_does(string path)
    {
        AssertSameReading(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    [SharedRealworldFact]
    public void Reads_the_real_world_documents_as_the_whole_tree_does()
    {
        string folder = Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, "docx");
        var files = Directory.GetFiles(folder, "*.docx").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 20, $"{files.Count} Word files in {folder}");
        foreach (string path in files)
        {
            Assert.True(AssertSameReading(Path.GetFileName(path), File.ReadAllBytes(path)), $"{path} did not read");
        }
    }

    /// <summary>Reads both ways; true when they read, false when both failed with the same line.</summary>
    private static bool AssertSameReading(string name, byte[] docx)
    {
        string whole = ShapeOrError(Whole, docx);
        string streamed = ShapeOrError(Streamed, docx);

        // The package itself is found by the SDK in one reading and in the archive in the other (WordPackage): a damaged
        // package fails both, each in its own words, or only the SDK's, which is stricter about packages (the archive's
        // reading then reads what it finds). Damage in the stories' XML must read alike.
        if (whole != streamed && !(IsError(whole) && IsError(streamed) && !(NamesStory(whole) && NamesStory(streamed))) && !(IsError(whole) && !NamesStory(whole) && !IsError(streamed)))
        {
            Assert.Fail($"{name}: the streamed body reads differently\n{FirstDifference(whole, streamed)}");
        }

        return !whole.StartsWith("error: ", StringComparison.Ordinal);
    }

    private static bool IsError(string reading) => reading.StartsWith("error: ", StringComparison.Ordinal);

    private static bool NamesStory(string error) =>
        error.Contains("word/document.xml at", StringComparison.Ordinal) || error.Contains("notes.xml at", StringComparison.Ordinal) || error.Contains("nested too deeply", StringComparison.Ordinal);

    private static string ShapeOrError(DocxReader reader, byte[] docx)
    {
        try
        {
            return Shape(reader.Read("x.docx", new MemoryStream(docx)));
        }
        catch (InputException e)
        {
            return "error: " + e.Message;
        }
    }

    private static string Shape(Document document)
    {
        var lines = new StringBuilder(DocumentShape.Of(document)).Append('\n');
        var index = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            index[block] = i;
            lines.Append(CultureInfo.InvariantCulture, $"word {i} {block.Docx} style {block.Style} lang {block.Language} color {block.Color} indent {block.IndentTwips}")
                .Append(" bookmarks ").AppendJoin(",", block.Bookmarks)
                .Append(" links ").AppendJoin(",", block.InternalLinks)
                .Append('\n');
        }

        foreach (var field in document.CitationFields)
        {
            lines.Append(CultureInfo.InvariantCulture, $"citation {field.Manager} block {index.GetValueOrDefault(field.Block, -1)} at {field.Start}+{field.Length} stored {field.StoredText} keeps {field.KeepsEdit} continues {field.Continues} revised {field.Revised} items ")
                .AppendJoin(";", field.Items.Select(item => $"{item.Id}|{string.Join("/", item.Authors)}|{item.Year}|{item.Title}|{item.Locator}"))
                .Append('\n');
        }

        foreach (var field in document.BibliographyFields)
        {
            lines.Append(CultureInfo.InvariantCulture, $"bibliography {field.Manager} blocks ").AppendJoin(",", field.Blocks.Select(b => index.GetValueOrDefault(b, -1))).Append('\n');
        }

        return lines.ToString();
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "(none)", right = i < b.Length ? b[i] : "(none)";
            if (left != right)
            {
                return $"line {i + 1}:\n  whole:    {left}\n  streamed: {right}";
            }
        }

        return "(same lines)";
    }

    /// <summary>The line both readings fail with, which must be the same.</summary>
    private static string FailsAlike(byte[] docx)
    {
        string streamed = Assert.Throws<InputException>(() => Streamed.Read("paper.docx", new MemoryStream(docx))).Message;
        Assert.Equal(streamed, Assert.Throws<InputException>(() => Whole.Read("paper.docx", new MemoryStream(docx))).Message);
        return streamed;
    }

    private static byte[] SampleWith(string part, string content) =>
        Replace(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.docx")), part, content);

    private static byte[] Replace(byte[] docx, string part, string content)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == part)
                {
                    target.Write(Encoding.UTF8.GetBytes(content));
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }
}
