using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// A long text file's blocks hold their texts as UTF-8 in an arena: each text decodes to the string it was, and a
/// document read so has every finding, suggestion and place of the one read with strings.
/// </summary>
public sealed class TextArenaTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Theory]
    [InlineData("lead by the the mark", true)]
    [InlineData("Žižek’s “naïve” reader, l’idée, Straße", true)]
    [InlineData("x", true)]
    [InlineData("日本語の文章は一文字三バイトになる。", false)]
    [InlineData("a pair 😀 of surrogates", false)]
    [InlineData("", false)]
    public void A_text_is_held_as_UTF_8_where_that_is_smaller_and_decodes_to_itself(string text, bool compact)
    {
        var block = new Block(BlockKind.Paragraph, text);
        block.HoldTextIn(new TextArena());

        Assert.Equal(compact, block.HoldsTextCompactly);
        Assert.Equal(text, block.Text);
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_keeps_its_string()
    {
        // UTF-8 has no lone surrogate: decoded, it would read U+FFFD. (Built here: a test's data would carry U+FFFD already.)
        string text = "a lone " + (char)0xD800 + " surrogate";
        var block = new Block(BlockKind.Paragraph, text);
        block.HoldTextIn(new TextArena());

        Assert.False(block.HoldsTextCompactly);
        Assert.Equal(text, block.Text);
    }

    [Fact]
    public void Texts_across_many_arrays_and_texts_longer_than_a_quarter_of_one_decode_to_themselves()
    {
        var random = new Random(20261203);
        string[] pieces = ["the ", "Žižek ", "naïve ", "l’idée ", "“quoted” ", "x", new string('y', 300)];
        var arena = new TextArena();
        var texts = new List<string>();
        var blocks = new List<Block>();
        for (int i = 0; i < 3_000; i++)
        {
            var text = new StringBuilder();
            int count = i % 500 == 0 ? 20_000 : random.Next(1, 120);
            for (int w = 0; w < count; w++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            texts.Add(text.ToString());
            var block = new Block(BlockKind.Paragraph, texts[^1]);
            block.HoldTextIn(arena);
            blocks.Add(block);
        }

        Assert.All(blocks, b => Assert.True(b.HoldsTextCompactly));
        Assert.Equal(texts, blocks.Select(b => b.Text));

        // Rules ask on several threads at once, each keeping its last texts.
        Parallel.For(0, 8, thread =>
        {
            var order = new Random(thread);
            for (int i = 0; i < 5_000; i++)
            {
                int at = order.Next(blocks.Count);
                Assert.Equal(texts[at], blocks[at].Text);
            }
        });
    }

    [Fact]
    public void A_text_file_of_the_length_from_which_texts_are_held_compactly_holds_them_so_and_a_shorter_one_does_not()
    {
        var paragraph = "Lead by Zizek and Žižek, the the mark of a “naïve” reader.\nA second line of the paragraph.\n\n";
        string text = LongText(paragraph);

        using var longFile = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var read = new PlainTextReader().Read("paper.txt", longFile);
        Assert.True(read.Blocks.Count > 10_000);
        Assert.All(read.Blocks, b => Assert.True(b.HoldsTextCompactly));
        Assert.Equal("Lead by Zizek and Žižek, the the mark of a “naïve” reader. A second line of the paragraph.", read.Blocks[^1].Text);

        using var shortFile = new MemoryStream(Encoding.UTF8.GetBytes(text[..^paragraph.Length]));
        Assert.All(new PlainTextReader().Read("paper.txt", shortFile).Blocks, b => Assert.False(b.HoldsTextCompactly));

        // A Markdown file of that length keeps its strings: its peak is its reading's, which they do not raise.
        using var markdown = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.All(new MarkdownReader().Read("paper.md", markdown).Blocks, b => Assert.False(b.HoldsTextCompactly));
    }

    /// <summary><paramref name="paragraph"/> written again and again until the text is as long as a text held compactly.</summary>
    internal static string LongText(string paragraph) =>
        string.Concat(Enumerable.Repeat(paragraph, (TextArena.CompactFrom + paragraph.Length - 1) / paragraph.Length));

    /// <summary>The samples in a text format; each is read as plain text (a Markdown file's text makes a plain text of its own kind).</summary>
    public static TheoryData<string> TextSamples()
    {
        var data = new TheoryData<string>();
        foreach (string sample in RepoPaths.SampleDocuments())
        {
            if (Path.GetExtension(sample) is ".md" or ".txt")
            {
                data.Add(sample);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextSamples))]
    public void A_sample_read_into_an_arena_has_the_findings_of_its_strings(string sample) =>
        AssertSameFindings(Path.Combine(RepoPaths.Samples, sample));

    public static TheoryData<string> RealWorldTexts()
    {
        var data = new TheoryData<string>();
        if (PaperLint.Ecosystem.Locations.Corpus() is { } corpus)
        {
            foreach (string folder in new[] { "md", "txt" })
            {
                foreach (string file in Directory.GetFiles(Path.Combine(corpus, folder)).Where(f => Path.GetExtension(f) is ".md" or ".txt").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.Combine(folder, Path.GetFileName(file)));
                }
            }
        }

        return data;
    }

    [SharedRealworldTheory]
    [MemberData(nameof(RealWorldTexts))]
    public void A_real_paper_read_into_an_arena_has_the_findings_of_its_strings(string name) =>
        AssertSameFindings(Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, name));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_generated_paper_read_into_an_arena_has_the_findings_of_its_strings(int seed)
    {
        string path = Path.Combine(Path.GetTempPath(), $"paperlint-arena-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, MarkdownSectionsTests.GeneratedPaper(new Random(seed)), new UTF8Encoding(false));
        try
        {
            AssertSameFindings(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The file's text read as plain text with strings and into an arena: the same blocks and findings.</summary>
    private static void AssertSameFindings(string path)
    {
        string source;
        using (var file = File.OpenRead(path))
        {
            source = TextDecoding.Decode(path, file);
        }

        var withStrings = PlainTextReader.Parse("paper.txt", source);
        var inArena = PlainTextReader.Parse("paper.txt", source, new TextArena());
        withStrings.Folder = inArena.Folder = Path.GetDirectoryName(path);

        Assert.Contains(inArena.Blocks, b => b.HoldsTextCompactly);
        Assert.DoesNotContain(withStrings.Blocks, b => b.HoldsTextCompactly);
        Assert.Equal(withStrings.Blocks.Select(b => b.Text), inArena.Blocks.Select(b => b.Text));
        var expected = Linter.Lint(withStrings, Plan, null, 1).Findings;
        Assert.Equal(expected.Select(FindingLines.Shown), Linter.Lint(inArena, Plan, null, 2).Findings.Select(FindingLines.Shown));
    }
}
