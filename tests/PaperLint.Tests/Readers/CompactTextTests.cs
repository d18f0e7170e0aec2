using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// A document read from a file holds its source as UTF-8 where that is smaller: every stretch, line end and excerpt
/// is the one the string gives, and so is every finding.
/// </summary>
public sealed class CompactTextTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    /// <summary>A text of every width of UTF-8 (one to four bytes, a pair of surrogates) and every line break, long enough to cross many places of the table.</summary>
    private static string Mixed(int seed, int length)
    {
        var random = new Random(seed);
        string[] pieces = ["a", "word ", "\n", "\r\n", "\r", "Žižek ", "é", "\u2019", "\u201C", "日本", "𝔄", "😀", "\t", new string('x', 300)];
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(1, 3_000)]
    [InlineData(2, 20_000)]
    [InlineData(3, 255)]
    [InlineData(4, 257)]
    public void Every_stretch_is_the_strings_own(int seed, int length)
    {
        string text = Mixed(seed, length);
        var compact = CompactText.Of(text, Encoding.UTF8.GetBytes(text), 0)!;
        var random = new Random(seed);

        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.Whole());
        for (int i = 0; i < 2_000; i++)
        {
            int start = random.Next(text.Length + 1);
            int count = random.Next(Math.Min(600, text.Length - start) + 1);
            Assert.Equal(text.Substring(start, count), compact.Slice(start, count));
            Assert.Equal(text.Substring(start, count), Copied(compact, start, count));
        }

        // Every stretch that begins or ends at a place of the table, or beside it, and between the halves of a pair.
        for (int place = 0; place <= text.Length; place += CompactText.Stride)
        {
            for (int start = Math.Max(0, place - 2); start <= Math.Min(text.Length, place + 2); start++)
            {
                for (int end = start; end <= Math.Min(text.Length, start + 5); end++)
                {
                    Assert.Equal(text[start..end], compact.Slice(start, end - start));
                    Assert.Equal(text[start..end], Copied(compact, start, end - start));
                }
            }
        }
    }

    /// <summary>What <see cref="CompactText.CopyTo"/> writes of the stretch, which a block that reads its text from the source is made of.</summary>
    private static string Copied(CompactText compact, int start, int length)
    {
        var chars = new char[length];
        compact.CopyTo(start, chars);
        return new string(chars);
    }

    [Theory]
    [InlineData(1, 3_000)]
    [InlineData(2, 20_000)]
    [InlineData(3, 255)]
    [InlineData(6, 1)]
    public void The_index_and_table_read_from_the_bytes_are_the_strings(int seed, int length)
    {
        // A long text file is read a piece at a time: its lines and its table are made from the bytes, never the string.
        string text = Mixed(seed, length) + (seed % 2 == 0 ? "\r" : "\r\n");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        var fromString = new LineIndex(text);
        var fromBytes = LineIndex.OfUtf8(bytes, 3);

        Assert.Equal(fromString.Length, fromBytes.Length);
        Assert.Equal(Enumerable.Range(0, fromString.LineCount).Select(fromString.LineStart), Enumerable.Range(0, fromBytes.LineCount).Select(fromBytes.LineStart));

        var compact = CompactText.Of(text, bytes, 3)!;
        var read = CompactText.OfUtf8(bytes, 3, fromBytes.Length)!;
        Assert.Equal(compact.Length, read.Length);
        Assert.Equal(text, read.Whole());
        var random = new Random(seed);
        for (int i = 0; i < 2_000; i++)
        {
            int start = random.Next(text.Length + 1);
            int count = random.Next(Math.Min(600, text.Length - start) + 1);
            Assert.Equal(text.Substring(start, count), read.Slice(start, count));
        }

        for (int line = 0; line < fromBytes.LineCount; line++)
        {
            Assert.Equal(compact.LineEnd(fromString, line), read.LineEnd(fromBytes, line));
        }
    }

    [Fact]
    public void Each_line_ends_where_the_strings_line_ends()
    {
        string text = Mixed(5, 20_000) + "\r\n\n\r";
        var compact = CompactText.Of(text, Encoding.UTF8.GetBytes(text), 0)!;
        var lines = new LineIndex(text);

        Assert.True(lines.LineCount > 100);
        for (int line = 0; line < lines.LineCount; line++)
        {
            Assert.Equal(lines.LineEnd(line, text), compact.LineEnd(lines, line));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_text_whose_file_is_not_smaller_UTF_8_is_kept_as_a_string(int which)
    {
        // A text of three bytes a letter is larger in UTF-8 than as a string; the bytes of a UTF-16 or Latin-1 file are
        // not its UTF-8.
        var (text, encoding) = which switch
        {
            0 => ("日本語の文章は一文字三バイトになる。", new UTF8Encoding(false)),
            1 => ("Žižek’s “naïve” reader, in UTF-16 with its byte order mark.", Encoding.Unicode),
            _ => ("Café, naïve, a fiancée's façade in the Latin-1 of older editors.", Encoding.Latin1),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        if (which == 0)
        {
            Assert.Null(CompactText.Of(text, bytes, 0));
        }

        using var stream = new MemoryStream(bytes);
        var document = new PlainTextReader().Read("paper.txt", stream);

        Assert.False(document.HoldsSourceCompactly);
        Assert.Equal(text, document.Source);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_is_held_after_it()
    {
        string text = "Žižek’s “naïve” reader\nlead by the the mark.\n";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        using var stream = new MemoryStream(bytes);
        var document = new PlainTextReader().Read("paper.txt", stream);

        Assert.True(document.HoldsSourceCompactly);
        Assert.Equal(text, document.Source);
        Assert.Equal("“naïve”", document.SourceSlice(8, 7));
    }

    [Theory]
    [MemberData(nameof(RepoPaths.SampleDocuments), MemberType = typeof(RepoPaths))]
    public void A_sample_read_from_its_file_has_the_findings_and_excerpts_of_its_text_read_as_a_string(string sample)
    {
        string path = Path.Combine(RepoPaths.Samples, sample);
        var fromFile = DocumentLoader.Load(path, sample);
        if (fromFile.Format == SourceFormat.Docx)
        {
            Assert.False(fromFile.HasSource);
            return;
        }

        var fromString = DocumentLoader.Load(File.ReadAllText(path), sample, DocxOptions.Default, null);
        fromString.Folder = fromFile.Folder;

        Assert.True(fromFile.HoldsSourceCompactly);
        Assert.False(fromString.HoldsSourceCompactly);
        var expected = Linter.Lint(fromString, Plan, null, 1).Findings;
        Assert.Equal(expected.Select(FindingLines.Shown), Linter.Lint(fromFile, Plan, null, 1).Findings.Select(FindingLines.Shown));
        Assert.Equal(fromString.Source, fromFile.Source);
    }

    [Theory]
    [InlineData(".md", "\n")]
    [InlineData(".md", "\r\n")]
    [InlineData(".txt", "\n")]
    [InlineData(".txt", "\r")]
    public void Findings_in_long_lines_among_letters_of_every_width_have_the_excerpts_of_the_string(string extension, string lineBreak)
    {
        // Findings at a line's start, its end, within 41 characters of either, and far inside a line of thousands of
        // characters; letters of two, three and four bytes (a pair of surrogates) right beside the matches.
        var random = new Random(20261203);
        string[] words = ["the", "word", "Žižek", "naïve", "😀", "𝔄", "日本", "l’idée", "“quoted”", "x"];
        var paper = new StringBuilder();
        for (int paragraph = 0; paragraph < 12; paragraph++)
        {
            paper.Append("the the ");
            int count = paragraph % 3 == 0 ? 900 : 12 + paragraph;
            for (int w = 0; w < count; w++)
            {
                paper.Append(words[random.Next(words.Length)]).Append(random.Next(25) == 0 ? " lead by Zizek and Žižek " : " ");
                if (random.Next(60) == 0)
                {
                    paper.Append("could of ");
                }
            }

            paper.Append("the the").Append(lineBreak).Append(lineBreak);
        }

        string text = paper.ToString();
        string path = Path.Combine(Path.GetTempPath(), $"paperlint-compact-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            var fromFile = DocumentLoader.Load(path, "paper" + extension);
            var fromString = DocumentLoader.Load(text, "paper" + extension, DocxOptions.Default, null);

            Assert.True(fromFile.HoldsSourceCompactly);
            var expected = Linter.Lint(fromString, Plan, null, 1).Findings;
            Assert.Contains(expected, f => f.RuleId == "Typos.RepeatedWords" && f.Excerpt!.Text.StartsWith("the the", StringComparison.Ordinal));
            Assert.Contains(expected, f => f.RuleId == "Typos.RepeatedWords" && f.Excerpt!.Text.EndsWith("the the", StringComparison.Ordinal) && f.Excerpt.Text.StartsWith('…'));
            Assert.Contains(expected, f => f.Excerpt!.Text.StartsWith('…') && f.Excerpt.Text.EndsWith('…'));
            Assert.Equal(expected.Select(FindingLines.Shown), Linter.Lint(fromFile, Plan, null, 1).Findings.Select(FindingLines.Shown));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
