using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// A long UTF-8 text file is read a piece at a time, never as one string (<c>PlainTextReader.ParseUtf8</c>): read so,
/// cut after every blank line or every few, it is the document its text read whole makes, down to each block's text,
/// map, line breaks and place, each note's and marker's place, each suppression, and every finding and excerpt.
/// </summary>
public sealed class PlainTextPiecesTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    // 1 cuts after every blank line; the others after the first blank line past so many bytes.
    private static readonly int[] PieceSizes = [1, 40, 700, 1 << 20];

    public static TheoryData<string> TextSamples() => TextArenaTests.TextSamples();

    [Theory]
    [MemberData(nameof(TextSamples))]
    public void A_sample_read_in_pieces_is_the_document_read_whole(string sample) =>
        AssertSameDocument(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample)), RepoPaths.Samples);

    /// <summary>The real-world corpus's Markdown and text files in UTF-8 (a Windows-1252 file is decoded whole).</summary>
    public static TheoryData<string> RealWorldUtf8Texts()
    {
        var data = new TheoryData<string>();
        foreach (string name in TextArenaTests.RealWorldTexts())
        {
            if (System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, name))))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [SharedRealworldTheory]
    [MemberData(nameof(RealWorldUtf8Texts))]
    public void A_real_paper_read_in_pieces_is_the_document_read_whole(string name)
    {
        string path = Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, name);
        AssertSameDocument(File.ReadAllBytes(path), Path.GetDirectoryName(path));
    }

    [Theory]
    [InlineData(1, "\n")]
    [InlineData(2, "\r\n")]
    [InlineData(3, "\r")]
    [InlineData(4, "\n")]
    [InlineData(5, "\r\n")]
    public void Generated_texts_read_in_pieces_are_the_documents_read_whole(int seed, string lineBreak)
    {
        // Paragraphs, headings, notes typed with raised numbers, directives, blank lines of spaces and tabs and of
        // no-break spaces, letters of every width and a byte order mark, in random order.
        var random = new Random(seed);
        string[] lines =
        [
            "Lead by Zizek and Žižek, the the mark of a “naïve” reader¹ in 1850.",
            "¹ Hale, Records of the Past (London, 1850), 12.",
            "²  A note whose number stands apart: see https://example.org/a and x@example.org.",
            "Introduction",
            "A line of 日本語 and 𝔄 and 😀, then could of.",
            "    indented, with trailing blanks \t ",
            "\tA line indented with a tab, its join a space where the source has the tab.",
            "paperlint-disable Typos.RepeatedWords",
            "paperlint-enable",
            "paperlint-disable-next-line",
            "Ana Ruiz¹², Li Wei²",
            "",
            " \t ",
            "\u00A0",
            "References",
            "Hale, J. (1850). Records of the past. London.",
        ];
        for (int round = 0; round < 20; round++)
        {
            var text = new StringBuilder(round % 5 == 0 ? "\uFEFF" : "");
            int count = random.Next(1, 60);
            for (int i = 0; i < count; i++)
            {
                text.Append(lines[random.Next(lines.Length)]).Append(random.Next(3) == 0 ? lineBreak + lineBreak : lineBreak);
            }

            if (random.Next(2) == 0)
            {
                text.Append(lines[random.Next(lines.Length)]);
            }

            AssertSameDocument(Encoding.UTF8.GetBytes(text.ToString()), null);
        }
    }

    [Fact]
    public void A_long_UTF_8_text_file_is_read_in_pieces_and_holds_its_source_and_texts_compactly()
    {
        var paragraph = "Lead by Zizek and Žižek, the the mark of a “naïve” reader.\nA second line of the paragraph.\n\n";
        string text = TextArenaTests.LongText(paragraph);

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        using var file = new MemoryStream(bytes);
        var read = new PlainTextReader().Read("paper.txt", file);

        Assert.True(read.HoldsSourceCompactly);
        Assert.All(read.Blocks, b => Assert.True(b.ReadsTextFromSource));
        Assert.Equal(text, read.Source);
        AssertSame(PlainTextReader.Parse("paper.txt", text), read);
    }

    /// <summary>
    /// A block of a long text reads its text from the source where the text is the source's characters its map gives, line
    /// breaks read as spaces; any other block holds its text in the arena. Either way the text is the one read whole.
    /// </summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_paragraph_reads_its_text_from_the_source_where_its_text_is_the_sources(string lineBreak)
    {
        (string Paragraph, bool FromSource)[] paragraphs =
        [
            ("Lead by Zizek and Žižek,{0}the the mark of a “naïve” reader.¹", true),
            ("  Indented lines,  {0}  trailing blanks and 𝔄 and 😀 {0}   end here.", true),
            ("A paragraph whose{0}\tsecond line is indented with a tab: its join is a space where the source has the tab.", false),
            ("A tab\tinside a line is the source's own.", true),
            ("¹ Hale, Records of the Past{0}(London, 1850), 12.", true),
        ];
        var one = new StringBuilder();
        foreach (var (paragraph, _) in paragraphs)
        {
            one.Append(string.Format(paragraph, lineBreak)).Append(lineBreak).Append(lineBreak);
        }

        string text = TextArenaTests.LongText(one.ToString());
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var read = new PlainTextReader().Read("paper.txt", file);

        Assert.Equal(paragraphs.Select(p => p.FromSource), read.Blocks.Take(paragraphs.Length).Select(b => b.ReadsTextFromSource));
        Assert.All(read.Blocks, b => Assert.True(b.HoldsTextCompactly));
        var whole = PlainTextReader.Parse("paper.txt", text);
        Assert.Equal(whole.Blocks.Select(b => b.Text), read.Blocks.Select(b => b.Text));
        Assert.Equal("Hale, Records of the Past (London, 1850), 12.", read.Blocks[4].Text);
        Assert.Equal("A paragraph whose second line is indented with a tab: its join is a space where the source has the tab.", read.Blocks[2].Text);
    }

    [Fact]
    public void A_long_Windows_1252_file_is_decoded_whole()
    {
        // Its bytes are not UTF-8: the piece reader declines them, and the text is read as Latin-1, as before.
        string text = TextArenaTests.LongText("Café, naïve, a fiancée's façade in the Latin-1 of older editors.\n\n");

        byte[] bytes = Encoding.Latin1.GetBytes(text);
        Assert.Null(PlainTextReader.ParseUtf8("paper.txt", bytes, 0, PlainTextReader.PieceBytes));
        using var file = new MemoryStream(bytes);
        var read = new PlainTextReader().Read("paper.txt", file);

        Assert.False(read.HoldsSourceCompactly);
        Assert.Equal(text, read.Source);
        Assert.Equal("Café, naïve, a fiancée's façade in the Latin-1 of older editors.", read.Blocks[^1].Text);
    }

    /// <summary>The bytes read whole and in pieces of every size, as a file in <paramref name="folder"/>.</summary>
    private static void AssertSameDocument(byte[] bytes, string? folder)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string source = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        var whole = PlainTextReader.Parse("paper.txt", source);
        whole.Folder = folder;
        foreach (int size in PieceSizes)
        {
            if (PlainTextReader.ParseUtf8("paper.txt", bytes, start, size) is not { } pieces)
            {
                // A text of three bytes a letter is read whole.
                Assert.False(2L * source.Length > bytes.Length - start);
                continue;
            }

            pieces.Folder = folder;
            AssertSame(whole, pieces);
        }
    }

    private static void AssertSame(Document whole, Document pieces)
    {
        Assert.Equal(whole.Source, pieces.Source);
        Assert.Equal(whole.Blocks.Select(b => Described(whole, b)), pieces.Blocks.Select(b => Described(pieces, b)));
        Assert.Equal(whole.FootnoteRefs.Select(r => $"{r.Label} {r.Number} {r.Offset} {r.Length} {r.Location} {whole.IndexOf(r.Block)}"), pieces.FootnoteRefs.Select(r => $"{r.Label} {r.Number} {r.Offset} {r.Length} {r.Location} {pieces.IndexOf(r.Block)}"));
        Assert.Equal(whole.FootnoteDefs.Select(d => $"{d.Label} {d.Number} {d.Location} {whole.IndexOf(d.Blocks[0])}"), pieces.FootnoteDefs.Select(d => $"{d.Label} {d.Number} {d.Location} {pieces.IndexOf(d.Blocks[0])}"));
        Assert.Equal(whole.Suppressions.Select(Of), pieces.Suppressions.Select(Of));
        Assert.Equal(whole.Lines!.LineCount, pieces.Lines!.LineCount);
        var expected = Linter.Lint(whole, Plan, null, 1).Findings;
        Assert.Equal(expected.Select(FindingLines.Shown), Linter.Lint(pieces, Plan, null, 1).Findings.Select(FindingLines.Shown));

        static string Of(Suppression s) => $"{string.Join(",", s.Rules)} {s.Start} {s.End} {s.Directive}";

        static string Described(Document document, Block b)
        {
            return $"{b.Kind} {b.HeadingLevel} {b.IsFrontMatter} {b.Text} | {string.Join(",", b.LineBreaks)} | {document.Locate(b, 0, b.Text.Length)} | "
                + string.Join(",", Enumerable.Range(0, b.Text.Length + 1).Where(i => i % 7 == 0).Select(i => b.Map!.ToSource(i)))
                + " | " + string.Join(",", b.Spans.Select(s => $"{s.Kind}:{s.Start}:{s.Length}"));
        }
    }
}
