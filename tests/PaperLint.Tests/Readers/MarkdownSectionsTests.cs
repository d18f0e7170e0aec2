using System.Text;
using PaperLint.Core.Readers;
using PaperLint.Core.Readers.Markdown;
using PaperLint.Tests.Fuzz;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// A long Markdown source is read in sections (<see cref="MarkdownSections"/>), which must read exactly as the whole
/// source does: the same blocks, texts, places of every character, notes, citations and suppressions. Each test reads
/// a source whole and in sections cut at every place one may be cut (a section length of one character), and compares
/// the two readings in full (<see cref="DocumentShape"/>).
/// </summary>
public sealed class MarkdownSectionsTests
{
    private static readonly string[] SampleNames = ["paper.md", "notes.md", "citations.md", "consistency.md", "numbered.md", "clean.md"];

    [Fact]
    public void A_long_paper_is_read_in_sections_cut_only_between_blocks()
    {
        var paper = new StringBuilder("---\ntitle: A paper\n\nlang: en\n---\n\n");
        for (int i = 0; i < 400; i++)
        {
            paper.Append("Paragraph ").Append(i).Append(" says something with a note.[^n").Append(i).Append("]\n\n");
            paper.Append("```\ncode\n\nNot a cut: inside the fence.\n```\n\n");
            paper.Append("<!-- a comment\n\nNot a cut: inside the comment. -->\n\n");
            paper.Append("- an item\n\n- another item\n\n  continued\n\n");
        }

        for (int i = 0; i < 400; i++)
        {
            paper.Append("[^n").Append(i).Append("]: The note's text.\n\n");
        }

        string source = paper.ToString();
        var sections = ReadSections(source, 1);

        Assert.True(sections.Count > 1000, $"{sections.Count} sections");
        foreach (var (start, _) in sections.Skip(1))
        {
            Assert.EndsWith("\n\n", source[..start], StringComparison.Ordinal);
            Assert.DoesNotMatch("^(Not a cut|- |  |---)", source[start..Math.Min(source.Length, start + 12)]);
        }

        Assert.DoesNotContain(sections, s => s.Start > 0 && s.Start < source.IndexOf("---\n\n", 4, StringComparison.Ordinal));
        AssertReadsAsWhole(source);
    }

    [Fact]
    public void A_paper_shorter_than_a_section_is_read_whole()
    {
        string source = "One paragraph.\n\nAnother paragraph.\n";

        Assert.Single(ReadSections(source, MarkdownSections.DefaultLength));
        Assert.Equal(2, ReadSections(source, 1).Count);
    }

    [Theory]
    // A label written over two lines, or escaped.
    [InlineData("A [link][the\nref].\n\n[the\nref]: https://example.org\n\nMore.\n")]
    [InlineData("A [link][a\\[b].\n\n[a\\[b]: https://example.org\n\nMore.\n")]
    [InlineData("Text \\[^1] escaped.\n\nMore.\n\n[^1]: Note.\n")]
    [InlineData("Text.[\t^1]\n\nMore.\n\n[^1]: Note.\n")]
    [InlineData("Text [^a note] with a space.\n\nMore.\n\n[^a note]: Note.\n")]
    public void A_source_whose_reading_depends_on_other_sections_is_read_whole(string source)
    {
        Assert.False(MarkdownSections.ReadsAlone(source, new LiteralFootnoteLabels(source)));
        Assert.Single(ReadSections(source, 1));
        AssertReadsAsWhole(source);
    }

    [Theory]
    [InlineData("A claim [@key]: and more.\n\nMore text.\n")]
    [InlineData("Toronto [Ont.]: Lorimer, 2005.\n\nMore text.\n")]
    // A marker beside brackets reads as part of a larger link when its note is defined: the sections are parsed with
    // stand-in definitions of the notes other sections define.
    [InlineData("Text[^1](https://example.org) here.\n\nMore.\n\n[^1]: Note.\n")]
    [InlineData("Text [*emphasis*][^1] here.\n\nMore.\n\n[^1]: Note.\n")]
    [InlineData("Text.[^a][^b]\n\nMore.\n\n[^a]: A.\n\n[^b]: B.\n")]
    [InlineData("Text.[^a][^b]\n\nMore.\n\n[^a]: A.\n")]
    [InlineData("Text [see [^1] there](https://example.org).\n\nMore.\n\n[^1]: Note.\n")]
    [InlineData("Cited [R. Abbott et al., -@GWTC3][^1].\n\nMore.\n\n[^1]: Note.\n")]
    // A heading with a tab after its #, whose words Markdig places from elsewhere than the source: the reader corrects it.
    [InlineData("Intro.\n\n#\tA heading with a tab [@key] `code`\n\nMore.\n")]
    [InlineData("Intro.\n\n> - ##\t\tA *heading* [^1]\n\nMore.\n\n[^1]: Note.\n")]
    // A link may use a definition in any section: each section is parsed with the others' definitions after it.
    [InlineData("A paragraph with a [link][ref].\n\n[ref]: https://example.org\n")]
    [InlineData("A [link][ref] and [ref], [Ref][], [the  site][ref].\n\nA list:\n\n- [ref]: https://example.org \"Title\"\n\nMore text.\n")]
    [InlineData("> [ref]:\n>   https://example.org\n\nMore text with [ref] and ![a figure][ref].\n")]
    [InlineData("See [the site][my  site].\n\nMore [@key][my site].\n\n[My Site]: <https://example.org/@key> 'Title'\n")]
    // A link label written twice: the whole takes the first definition, a section that writes one its own, and either
    // way the label is defined, which is all a link's reading turns on.
    [InlineData("A [link][ref].\n\n[ref]: https://example.org/b\n\nMore.\n\n[REF]: https://example.org/a\n")]
    [InlineData("A [link][ref].\n\n[ref]: https://example.org/@b\n\n[REF]: https://example.org/@a\nMore [ref] and [@c].\n\nLast [ref].\n\n[ref]: <https://example.org/@d>\n")]
    [InlineData("[ref]: https://example.org/@b\n[ref]: https://example.org/@a\n\nA [link][ref] and [@c].\n\nMore [ref][].\n")]
    // "[^2]:" indented inside the note before it is a link definition there, not a note, and so is "[^1]: url" inside a
    // list item (Markdig reads notes at the top level only): the parse of the stretch around it tells, and the other
    // sections are given a link definition in its stead, inside a list item.
    [InlineData("Text.[^1] More[^2].\n\nMore.\n\n[^1]: One.\n\n   [^2]: Two.\n")]
    [InlineData("Text.[^1] More[^2][x].\n\nMore.\n\n [^1]: One.\n\n\n [^2]: https://example.org/two\n")]
    [InlineData("Text[^1][x] here.\n\nMore.\n\n- [^1]: https://example.org\n")]
    [InlineData("Text[^2][x] here.\n\n- A list.\n\n[^1]: One.\n\n [^2]: two[^1]\n\nMore[^2][x].\n")]
    // A full reference link to the definition, where a note would make "[see]" text and "[^2]" a marker.
    [InlineData("Text [see][^2] here.\n\nMore.\n\n[^1]: One.\n\n [^2]: https://example.org/two\n")]
    // A label the whole defines first in an earlier section, and again in a later one, of the other kind: the later
    // section is given the earlier definition before its text, where it comes first as in the whole.
    [InlineData("Text.[^7][x]\n\n[^7]: A note.\n\nMore.[^7][x]\n\n[^1]: One.\n\n [^7]: https://example.org/seven\n\nLast.[^7][x]\n")]
    [InlineData("Text.[^7][x]\n\n[^1]: One.\n\n [^7]: https://example.org/seven\n\nMore.[^7][x]\n\n[^7]: A note.\n\nLast.[^7][x]\n")]
    // A marker that links to the stand-in before its section's text, whose address is no part of the source: the
    // citation just before the section is still one.
    [InlineData("A @k claim.\n\n[^1]: One.\n\n [^7]: https://example.org/seven\n\nAs @k\n\nMore[^7].\n[^7]: not a note.\n")]
    [InlineData("A @k claim.\n\n[^1]: One.\n\n [^7]: https://example.org/seven\n\nAs [@k]\n\nMore[^7].\n[^7]: not a note.\n")]
    [InlineData("A @k claim.\n\n[^1]: One.\n\n [^7]: https://example.org/seven\n\nAs @kk\n\nMore[^7].\n[^7]: not a note.\n")]
    // Indented, but no definition at all: a title that is none, a paragraph's line.
    [InlineData("Text.[^7][x]\n\n[^7]: A note.\n\nMore.[^7][x]\n\n[^1]: One.\n\n [^7]: Inside note 1.\n\nLast.[^7][x]\n")]
    [InlineData("Text.[^2][x]\n\nA paragraph\n [^2]: not a note.\n\nMore.[^2][x]\n")]
    public void A_source_whose_sections_read_alone_is_cut(string source)
    {
        Assert.True(MarkdownSections.ReadsAlone(source, new LiteralFootnoteLabels(source)));
        Assert.True(ReadSections(source, 1).Count > 1);
        Assert.True(ReadsExactly(source, 1));
        AssertReadsAsWhole(source);
    }

    [Theory]
    // A label written as a note twice, as chapters joined into one file write them: the whole links every marker to the
    // first definition, and a section that writes its own still reads its markers as links.
    [InlineData("Text.[^1][x]\n\n[^1]: A.\n\nMore.[^1][x]\n\n[^1]: B.\n")]
    // Written after a section's own marker but inside code, where it defines nothing: the section reads the marker as a
    // link to the note an earlier section defines, as the whole does.
    [InlineData("Text.[^1]\n\n[^1]: Real.\n\nMore.[^1][x]\n```\n[^1]: in code\n```\n")]
    // Written inside code before the marker and defined nowhere: the marker is text in its section, as in the whole.
    [InlineData("Text.\n\n```\n[^1]: in code\n```\n\nMore.[^1][x]\n")]
    public void A_note_defined_where_the_text_does_not_show_it_reads_as_in_the_whole(string source)
    {
        Assert.True(ReadSections(source, 1).Count > 1);
        Assert.True(ReadsExactly(source, 1));
        AssertReadsAsWhole(source);
    }

    [Fact]
    public void A_note_commented_out_gives_no_stand_in()
    {
        // "% [^x]: ..." does not open its line: no note is defined as written, so [^x] is text in every section, as in the whole.
        string source = "Text.[^x][y]\n\nMore.\n\n% [^x]: @key\n";

        Assert.True(ReadsExactly(source, 1));
        Assert.True(ReadSections(source, 1).Count > 1);
        AssertReadsAsWhole(source);
    }

    [Theory]
    // The last section leaves a fence open: the stand-in after it is taken into the code.
    [InlineData("Text.[^1]\n\nMore.\n\n[^1]: Note.\n\n```\nopen to the end [^1]\n")]
    public void A_source_whose_notes_read_otherwise_in_sections_is_read_whole(string source)
    {
        Assert.False(ReadsExactly(source, 1));
        AssertReadsAsWhole(source);
    }

    [Theory]
    // What reads as a link definition in the text but not in the tree: in code, or after a paragraph's line (a
    // definition does not interrupt a paragraph). The other sections would have been given it.
    [InlineData("A [link][ref].\n\nMore.\n\n```\n[ref]: https://example.org\n```\n")]
    [InlineData("A [link][ref].\n\nMore.\n\nA paragraph\n[ref]: https://example.org\n")]
    [InlineData("A [link][ref].\n\nMore.\n\n<div>\n[ref]: https://example.org\n</div>\n")]
    public void A_source_whose_link_definitions_read_otherwise_in_sections_is_read_whole(string source)
    {
        Assert.True(MarkdownSections.ReadsAlone(source, new LiteralFootnoteLabels(source)));
        Assert.False(ReadsExactly(source, 1));
        AssertReadsAsWhole(source);
    }

    [Fact]
    public void A_source_with_more_link_definitions_than_sections_should_carry_is_read_whole()
    {
        string source = string.Concat(Enumerable.Range(0, MarkdownSections.MostLinkDefinitions + 1).Select(i => $"Text [{i}].\n\n[{i}]: https://example.org/{i}\n\n"));

        Assert.False(MarkdownSections.ReadsAlone(source, new LiteralFootnoteLabels(source)));
        Assert.True(MarkdownSections.ReadsAlone(source[..source.LastIndexOf("Text", StringComparison.Ordinal)], new LiteralFootnoteLabels(source)));
        AssertReadsAsWhole(source);
    }

    [Theory]
    [InlineData("Intro.\n\n[^1]: A note.\n\n    ```\n    code\n\nstill code in the whole reading\n```\n\nAfter the note.\n")]
    [InlineData("Intro.\n\n[^1]: A note.\n\n    <!-- a comment\n\nstill the comment in the whole reading -->\n\nAfter the note.\n")]
    public void A_section_that_leaves_a_block_open_is_read_on(string source)
    {
        // A fence or comment opened inside a note, where the lines alone do not show it, goes on over a blank line and a
        // line that is not indented, where a section could be cut.
        var sections = ReadSections(source, 1);

        Assert.DoesNotContain(sections, s => source[s.Start..].StartsWith("still", StringComparison.Ordinal));
        Assert.Contains(sections, s => source[s.Start..].StartsWith("[^1]", StringComparison.Ordinal));
        AssertReadsAsWhole(source);
    }

    [Fact]
    public void The_samples_read_the_same_in_sections()
    {
        int cuts = 0;
        foreach (string name in SampleNames)
        {
            string source = File.ReadAllText(Path.Combine(RepoPaths.Samples, name));
            AssertReadsAsWhole(source, name);
            cuts += ReadSections(source, 1).Count - 1;
        }

        Assert.True(cuts > 40, $"{cuts} cuts");
    }

    [Fact]
    public void Generated_papers_read_the_same_in_sections()
    {
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("SECTIONS_SEED"), out int seed) ? seed : 1313);
        int cuts = 0, cases = int.TryParse(Environment.GetEnvironmentVariable("SECTIONS_CASES"), out int n) ? n : 400;
        for (int i = 0; i < cases; i++)
        {
            string source = GeneratedPaper(random);
            if (AssertReadsAsWhole(source, $"generated paper {i}"))
            {
                cuts += ReadSections(source, 1).Count - 1;
            }
        }

        Assert.True(cuts > cases * 5, $"{cuts} cuts in {cases} papers");
    }

    [Fact]
    public void Mutated_samples_read_the_same_in_sections()
    {
        var samples = SampleNames.Select(name => File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name))).ToArray();
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("SECTIONS_SEED"), out int seed) ? seed : 2626);
        int cut = 0, cases = int.TryParse(Environment.GetEnvironmentVariable("SECTIONS_CASES"), out int n) ? n : 600;
        for (int i = 0; i < cases; i++)
        {
            var bytes = Mutator.Text(samples[i % samples.Length], random);
            string source;
            try
            {
                source = TextDecoding.Decode("x.md", new MemoryStream(bytes));
            }
            catch (InputException)
            {
                continue;
            }

            if (source.Length > 200_000)
            {
                continue;
            }

            if (AssertReadsAsWhole(source, $"mutated case {i}"))
            {
                cut += ReadSections(source, 1).Count > 1 ? 1 : 0;
            }
        }

        Assert.True(cut > cases / 2, $"{cut} of {cases} cut");
    }

    [SharedRealworldFact]
    public void The_real_world_papers_read_the_same_in_sections()
    {
        string folder = Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, "md");
        int cut = 0, papers = 0;
        foreach (string path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            string source = File.ReadAllText(path);
            AssertReadsAsWhole(source, Path.GetFileName(path));
            papers++;
            cut += ReadSections(source, 1).Count > 1 ? 1 : 0;
        }

        Assert.True(papers >= 20 && cut >= papers - 5, $"{cut} of {papers} papers cut");
    }

    /// <summary>True when the sections of <paramref name="source"/> read as the whole does (else the reader reads it whole).</summary>
    private static bool ReadsExactly(string source, int length)
    {
        var sections = new MarkdownSections(source, new LiteralFootnoteLabels(source), MarkdownReader.ParseMarkdown, length);
        foreach (var _ in sections.Read())
        {
        }

        return sections.Exact;
    }

    /// <summary>The sections <paramref name="source"/> is read in, with sections of about <paramref name="length"/> characters.</summary>
    private static IReadOnlyList<(int Start, int End)> ReadSections(string source, int length)
    {
        var sections = new MarkdownSections(source, new LiteralFootnoteLabels(source), MarkdownReader.ParseMarkdown, length);
        foreach (var _ in sections.Read())
        {
        }

        return sections.Sections;
    }

    /// <summary>Asserts that <paramref name="source"/> reads the same whole and in sections; false when it cannot be read at all (both say so).</summary>
    private static bool AssertReadsAsWhole(string source, string name = "source")
    {
        string whole;
        try
        {
            whole = DocumentShape.Of(MarkdownReader.Parse("x.md", source, int.MaxValue));
        }
        catch (InputException)
        {
            Assert.Throws<InputException>(() => MarkdownReader.Parse("x.md", source, 1));
            return false;
        }

        foreach (int length in (int[])[1, 300])
        {
            string parts = DocumentShape.Of(MarkdownReader.Parse("x.md", source, length));
            if (parts != whole)
            {
                var a = whole.Split('\n');
                var b = parts.Split('\n');
                int line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
                Assert.Fail($"{name}, sections of {length}: line {line} differs\nwhole: {(line < a.Length ? a[line] : "(none)")}\nparts: {(line < b.Length ? b[line] : "(none)")}\nsource:\n{source[..Math.Min(source.Length, 3000)]}");
            }
        }

        return true;
    }

    /// <summary>A paper of random blocks: the kinds a section is cut between, and those it must never be cut inside.</summary>
    internal static string GeneratedPaper(Random random)
    {
        string[] words = ["the", "claim", "Smith", "argues", "“quoted words”", "*emphasis*", "`code`", "[@doe99]", "[@roe, p. 4]", "¹", "<sup>2</sup>",
            "[a link](https://example.org)", "https://example.org", "![alt text](fig.png)", "<span>", "%", "\\cite{x}", "e.g.", "1918", "[sic]", "[^1]", "[^2]", "[^note]",
            "[^1][^2]", "[@doe99][^1]", "[*a title*][^2]", "[^note](https://example.org)", "[see [^1] there](https://example.org)", "[^3]", "[^1][]", "![^2]",
            "[the site][site]", "[site]", "[Site][]", "[*a title*][site]", "[site](https://example.org)", "[other][nowhere]", "[a\nsite][my  site]", "![a figure][site]",
            "[@doe99][site]", "[site][^1]", "[s1]", "[S2][]", "[a link][s3]", "[s9]"];
        var labels = new Queue<string>(new[] { "site", "my site", "nowhere", "s1", "s2", "s3" }.OrderBy(_ => random.Next()));
        string Sentence() => string.Join(' ', Enumerable.Range(0, 3 + random.Next(12)).Select(_ => words[random.Next(words.Length)])) + ".";
        string Paragraph() => string.Join(random.Next(3) == 0 ? "\n" : " ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Sentence()));
        var blocks = new List<string>();
        if (random.Next(3) == 0)
        {
            blocks.Add(random.Next(2) == 0 ? "---\ntitle: A [@doe99] title\nlang: de\n\nnocite: |\n  @roe\n---" : "---\nnot closed");
        }

        int count = 5 + random.Next(40);
        for (int i = 0; i < count; i++)
        {
            blocks.Add(random.Next(25) switch
            {
                0 => (random.Next(4) == 0 ? "#\t" : "# ") + Sentence(),
                1 => Sentence() + "\n" + new string(random.Next(2) == 0 ? '=' : '-', 5),
                2 => "- " + Paragraph() + "\n- " + Paragraph() + (random.Next(2) == 0 ? "\n\n  " + Paragraph() : ""),
                3 => "1. " + Paragraph() + "\n\n2. " + Paragraph(),
                4 => "a. " + Sentence() + "\nb. " + Sentence(),
                5 => "> " + Paragraph() + "\n>\n> " + Sentence(),
                6 => "```" + (random.Next(2) == 0 ? "python" : "") + "\ncode\n\n" + Sentence() + "\n" + (random.Next(5) == 0 ? "" : "```"),
                7 => "~~~~\n" + Sentence() + "\n\n~~~\n" + Sentence() + "\n~~~~",
                8 => "    indented code\n\n    more code",
                9 => "<!-- " + Sentence() + "\n\n" + Sentence() + " -->",
                10 => "<div>\n" + Sentence() + "\n</div>",
                11 => "<pre>\n" + Sentence() + "\n\n" + Sentence() + "\n</pre>",
                12 => $"[^{1 + random.Next(3)}]: " + Paragraph() + (random.Next(2) == 0 ? "\n\n    " + Sentence() : ""),
                // Indented, a note may be a link definition inside the one before it.
                13 => "[^note]: " + Sentence() + (random.Next(4) switch { 0 => "\n   [^2]: ", 1 => "\n\n [^3]: ", 2 => "\n\n  [^note]: ", _ => "\n[^2]: " }) + Sentence(),
                14 => "[^1] " + Sentence(),
                15 => "| a | b |\n|---|---|\n| " + Sentence() + " | c |",
                16 => random.Next(2) == 0 ? "***" : "---",
                17 => "<!-- paperlint-disable Repetition -->\n" + Sentence() + "\n<!-- paperlint-enable -->",
                18 => "- item\n  ```\n  code\n\n" + Sentence() + "\n```",
                19 => "%" + Sentence() + "\n\\bigskip",
                20 => "1) " + Sentence() + "\n\n   " + Sentence(),
                21 => "- [^2]: " + Sentence(),
                // Each label defined once while there are labels left, then "site" again.
                22 => (random.Next(4), labels.Count > 0 ? labels.Dequeue() : "site") switch
                {
                    (0, var label) => $"[{label}]: https://example.org/site \"The site\"",
                    (1, var label) => $"[{label.ToUpperInvariant()}]:\n  https://example.org/other\n  'A title'",
                    (2, var label) => $"> [{label}]: <https://example.org/@doe99>",
                    (_, var label) => $"- [{label}]: https://example.org/nowhere",
                },
                23 => random.Next(2) == 0 ? "```\n[s9]: https://example.org/code\n```" : Sentence() + "\n[s9]: https://example.org/paragraph",
                _ => Paragraph(),
            });
        }

        string separator = random.Next(6) == 0 ? "\n\n\n" : "\n\n";
        string paper = string.Join(separator, blocks) + "\n";
        return random.Next(5) == 0 ? paper.Replace("\n", "\r\n", StringComparison.Ordinal) : paper;
    }
}
