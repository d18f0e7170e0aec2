using System.IO.Compression;
using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

public sealed class DocxBadInputTests
{
    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "text", Encoding.UTF8.GetBytes("Just some text, saved with the wrong name."), "paper.docx: not a Word document (zip header missing)" },
        { "truncated", Truncated(), "paper.docx: the file is damaged (the zip archive is truncated or corrupt)" },
        { "encrypted", CompoundFile("EncryptionInfo", "EncryptedPackage"), "paper.docx: the document is password-protected; remove the password in Word and lint again" },
        { "old .doc", CompoundFile("WordDocument", "1Table"), "paper.docx: a Word 97-2003 document saved with a .docx name; save it as .docx" },
        { "other zip", Zip(("notes.txt", "not a document")), "paper.docx: a zip archive but not a Word document (no word/document.xml)" },
        { "empty zip", Zip(), "paper.docx: a zip archive but not a Word document (no word/document.xml)" },
        { "workbook", Workbook(), "paper.docx: a zip archive but not a Word document (no word/document.xml)" },
        {
            "malformed document",
            Replaced("word/document.xml", "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p></w:body></w:document>"),
            "paper.docx: the file is damaged (malformed XML in word/document.xml at line 2, position 99)"
        },
        {
            "malformed footnotes",
            Replaced("word/footnotes.xml", "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:footnote w:id=\"1\">"),
            "paper.docx: the file is damaged (malformed XML in word/footnotes.xml at line 1, position 106)"
        },
        { "missing part", Removed("word/footnotes.xml"), "paper.docx: the file is damaged (a part it refers to is missing)" },
        { "missing main part", Removed("word/document.xml"), "paper.docx: the file is damaged (a part it refers to is missing)" },
        { "content controls 12,000 deep", Replaced("word/document.xml", Body(Nested("<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", 12_000))), TooDeep },
        { "links 12,000 deep", Replaced("word/document.xml", Body("<w:p>" + Nested("<w:hyperlink>", "<w:r><w:t>Deep.</w:t></w:r>", "</w:hyperlink>", 12_000) + "</w:p>")), TooDeep },
        { "empty", [], "paper.docx: the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Answers_bad_input_with_one_line_that_names_the_file(string kind, byte[] bytes, string expected)
    {
        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.True(expected == error.Message, $"{kind}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Survives_invalid_attribute_values()
    {
        byte[] docx = Replaced(
            "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"high\"/></w:pPr><w:r><w:rPr><w:vertAlign w:val=\"upward\"/></w:rPr><w:t>Odd values.</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"middle\"/></w:r><w:r><w:footnoteReference w:id=\"x\"/></w:r></w:p></w:body></w:document>");

        var doc = DocxReaderTests.Read(docx);

        Assert.Equal(("Odd values.", BlockKind.Paragraph), (doc.Blocks[0].Text, doc.Blocks[0].Kind));
        Assert.Equal(("x", (int?)1), (Assert.Single(doc.FootnoteRefs).Label, doc.FootnoteRefs[0].Number));
    }

    private static byte[] Sample() => new DocxFixture().Paragraph("A sentence.[^1]").Footnote(1, "A note.").Build();

    private static byte[] Truncated()
    {
        byte[] whole = Sample();
        return whole[..(whole.Length / 2)];
    }

    /// <summary>The start of an OLE compound file: its signature, then directory entry names in UTF-16LE.</summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (string name in streams)
        {
            byte[] entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }

        return [.. bytes];
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] Workbook() => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
        ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));

    private const string TooDeep = "paper.docx: the document is nested too deeply to read (tables, content controls, links or text boxes more than 256 levels inside one another); the file is damaged or was not made by a word processor";

    [Fact]
    public void A_document_nested_thousands_deep_is_refused_before_the_sdk_loads_it_on_a_small_stack()
    {
        byte[] bytes = Replaced("word/document.xml", Body(Nested("<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", 12_000)));
        Exception? caught = null;

        // A worker thread's stack, as when several files are linted at once: the SDK loads elements recursively.
        var thread = new Thread(() => caught = Record.Exception(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes))), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(TooDeep, Assert.IsType<InputException>(caught).Message);
    }

    [Fact]
    public void Reads_content_controls_nested_a_hundred_deep()
    {
        byte[] bytes = Replaced("word/document.xml", Body(Nested("<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", 100)));

        var document = new DocxReader().Read("paper.docx", new MemoryStream(bytes));

        Assert.Equal("Deep text.", Assert.Single(document.Blocks, b => b.Kind == BlockKind.Paragraph).Text);
    }

    [Fact]
    public void Refuses_a_part_that_unpacks_past_the_limit_before_reading_it()
    {
        // 65 MB of XML that packs into some 64 KB.
        byte[] bytes = Replaced("word/document.xml", Body("<w:p><w:r><w:t>" + new string(' ', 65 * 1024 * 1024) + "</w:t></w:r></w:p>"));

        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.Equal("paper.docx: word/document.xml unpacks to 66 MB, more than the 64 MB a part may have; if the document is real, raise 'docx: maxPartMegabytes' in .paperlint.yml", error.Message);
    }

    [Fact]
    public void Reads_a_part_within_a_raised_limit_and_refuses_it_under_a_lowered_one()
    {
        byte[] bytes = Replaced("word/document.xml", Body("<w:p><w:r><w:t>The text." + new string(' ', 2 * 1024 * 1024) + "</w:t></w:r></w:p>"));

        var error = Assert.Throws<InputException>(() => new DocxReader(new DocxOptions { MaxPartMegabytes = 1 }).Read("paper.docx", new MemoryStream(bytes)));
        var document = new DocxReader(new DocxOptions { MaxPartMegabytes = 3 }).Read("paper.docx", new MemoryStream(bytes));

        Assert.StartsWith("paper.docx: word/document.xml unpacks to 3 MB, more than the 1 MB a part may have", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The text.", Assert.Single(document.Blocks, b => b.Kind == BlockKind.Paragraph).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_the_wrong_content_type_is_one_line()
    {
        byte[] bytes = RewrittenSample("[Content_Types].xml", x => x.Replace("wordprocessingml.styles+xml", "wordprocessingml.stylez+xml", StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.StartsWith("paper.docx: the file is damaged (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("styles")]
    [InlineData("numbering")]
    [InlineData("settings")]
    public void A_part_left_to_the_default_content_type_is_one_line(string part)
    {
        byte[] bytes = RewrittenSample("[Content_Types].xml", x => x.Replace($"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml", "application/xml", StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.StartsWith("paper.docx: the file is damaged (", error.Message, StringComparison.Ordinal);
        Assert.Contains($"/word/{part}.xml", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("word/comments.xml")]
    [InlineData("word/footnotes.xml")]
    public void An_empty_comments_or_notes_part_is_one_line_not_ignored(string part)
    {
        byte[] bytes = RewrittenSample(part, _ => "");

        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.Equal($"paper.docx: the file is damaged ({part}: the part is empty)", error.Message);
    }

    [Fact]
    public void A_zip_directory_that_miscounts_its_entries_is_one_line()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.docx"));
        // The end-of-central-directory record's count of entries on this disk, made one too many.
        int end = bytes.Length - 22;
        Assert.Equal(0x06054b50, BitConverter.ToInt32(bytes, end));
        bytes[end + 8]++;

        var error = Assert.Throws<InputException>(() => new DocxReader().Read("paper.docx", new MemoryStream(bytes)));

        Assert.StartsWith("paper.docx: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>samples/paper.docx (styles, numbering, notes, comments) with one part's text changed.</summary>
    private static byte[] RewrittenSample(string part, Func<string, string> change)
    {
        using var input = new ZipArchive(new MemoryStream(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.docx"))), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = new StreamReader(entry.Open());
                string text = source.ReadToEnd();
                using var target = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                target.Write(entry.FullName == part ? change(text) : text);
            }
        }

        return output.ToArray();
    }

    private static string Body(string content) =>
        "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + content + "</w:body></w:document>";

    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static byte[] Replaced(string part, string content) => Rewritten(part, content);

    private static byte[] Removed(string part) => Rewritten(part, null);

    /// <summary>The sample document with one part's content replaced, or the part left out.</summary>
    private static byte[] Rewritten(string part, string? content)
    {
        using var input = new ZipArchive(new MemoryStream(Sample()), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (entry.FullName == part && content is null)
                {
                    continue;
                }

                using var target = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == part)
                {
                    target.Write(Encoding.UTF8.GetBytes(content!));
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
