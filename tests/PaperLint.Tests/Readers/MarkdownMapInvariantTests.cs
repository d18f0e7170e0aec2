using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Every character of a block's text comes from the source character it is mapped to, unless the reader
/// stood it in for something: a space for a line break, a placeholder for non-prose, the character an
/// entity names.
/// </summary>
public sealed class MarkdownMapInvariantTests
{
    public static TheoryData<string> Sources => new()
    {
        "# Title *with* emphasis\n\nPlain *a* **b** ***c*** _d_ __e__ ~~f~~ ~g~ ^h^ ==i== ++j++.\n",
        "Links [one](https://example.org), [two][r], [three], <https://x.org>, www.example.com and x@example.org.\n\n[r]: https://r.org\n[three]: https://t.org\n",
        "Escapes \\* \\_ \\` \\\\ \\[ \\] and entities &amp; &lt;&gt; &#8212; &#x2014; &nbsp; &unknown; here.\n",
        "Breaks\nsoft\r\nCRLF  \r\nhard\\\nbackslash\n   indented continuation.\n",
        "> Quote *one*\n> continues\n>\n> > nested **two**\n>\n> - item in quote\n>   lazy\nlazy line\n",
        "1. one\n2. two\n   - nested *three*\n\n     para in nested\n\na. alpha\nb. beta\n",
        "| A | B \\| pipe |\n|:--|--:|\n| `code` | *x* |\n| [l](u) | &amp; |\n",
        "Notes[^1] and[^missing] and <sup>4</sup> and ^5^ and ¹.\n\n[^1]: Body *one*.\n\n    More.\n\n[^1]: Twice.\n\n¹ Manual note.\n",
        "\tTabbed code\n\nText\twith\ttabs and a NUL \0 char.\n\n<div>\nblock\n</div>\n\n<span>inline</span> html <br/> and <sup>x</sup> <sup>unclosed\n",
        "---\ntitle: front\n---\n\nSetext\n======\n\nAnother\n-------\n\n* * *\n\n```js\ncode\n```\n",
        "Side by side[^a][^b], after a citation [see *Roe*, \\[2\\]][^b] and after a bang![^a].\n\n[^a]: A.\n\n[^b]: B.\n",
        "A claim.[^1] Another.[^2]\n\n[^1] Roe, *A Book*, 1990.\n[^2] Ibid., p. 4.\n\n   [^3]: x\n\n   [^4]: y [^3]\n",
        "Línea “uno” con acentos\r\ny otra — larga, con [corchetes] y \\*escapes\\* y C:\\ruta.\r\n\r\nStraße ½ ¹ and `code`,\tand [^x] left as text.\n",
    };

    /// <summary>Input a reader may choke on: empty notes and markers, empty tables, bare superscripts.</summary>
    public static TheoryData<string> OddSources => new()
    {
        "",
        "\n\n\n",
        "[^1]",
        "[^1]:",
        "[^]: x [^] [^ x]",
        "<sup></sup><sup>",
        "^^ ^ ^1",
        "| |\n|-|\n| |",
        "¹",
        "¹²³",
        "   [^1]: x\n\n   [^2]: y",
        "[^1]: a\n   [^1]: b\n   [^1]: c",
        "[^a][^b]\n\n[^b]: y",
        "x[^1]\n\n[^1] y",
        "[^1] \n\n[^1] y\n[^1] z[^1]",
        "![^1]\n[x\n][^1]\n\n[^1]:",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Maps_every_text_character_to_the_source_character_it_came_from(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.NotEmpty(document.Blocks);
        AssertMapsToSource(document, source);
    }

    [Theory]
    [MemberData(nameof(OddSources))]
    public void Maps_odd_input_as_it_maps_any_other(string source)
    {
        AssertMapsToSource(MarkdownReader.Parse("a.md", source), source);
    }

    // Each line is a block (kind, line:column-line:column of its text, text), a note marker or a note body, so
    // that a place that moves shows as a one-line diff.
    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n\n", "")]
    [InlineData("[^1]", "Paragraph 1:1-1:1 \"\"\nRef 1 1:1-1:5\n")]
    [InlineData("[^1]:", "Def 1 1:1-1:6 \"\"\n")]
    [InlineData("[^]: x [^] [^ x]", "FootnoteBody 1:6-1:17 \"x  [^ x]\"\nRef  1:8-1:11\nDef  1:1-1:5 \"x  [^ x]\"\n")]
    [InlineData("<sup></sup><sup>", "")]
    [InlineData("^^ ^ ^1", "Paragraph 1:1-1:8 \"^^ ^ ^1\"\n")]
    [InlineData("| |\n|-|\n| |", "")]
    [InlineData("¹", "FootnoteBody 1:1-1:1 \"\"\nDef 1 1:2-1:2 \"\"\n")]
    [InlineData("¹²³", "FootnoteBody 1:1-1:1 \"\"\nDef 123 1:4-1:4 \"\"\n")]
    [InlineData(
        "[^1]: a\n   [^1]: b\n   [^1]: c",
        "FootnoteBody 1:7-1:8 \"a\"\nFootnoteBody 2:10-2:11 \"b\"\nFootnoteBody 3:10-3:11 \"c\"\nDef 1 1:1-1:6 \"a\"\nDef 1 2:4-2:9 \"b\"\nDef 1 3:4-3:9 \"c\"\n")]
    [InlineData(
        "   [^1]: x\n\n   [^2]: y",
        "FootnoteBody 1:10-1:11 \"x\"\nFootnoteBody 3:10-3:11 \"y\"\nDef 1 1:4-1:9 \"x\"\nDef 2 3:4-3:9 \"y\"\n")]
    [InlineData("[^a][^b]\n\n[^b]: y", "Paragraph 1:1-1:1 \"\"\nFootnoteBody 3:7-3:8 \"y\"\nRef a 1:1-1:5\nRef b 1:5-1:9\nDef b 3:1-3:6 \"y\"\n")]
    [InlineData("x[^1]\n\n[^1] y", "Paragraph 1:1-1:2 \"x\"\nFootnoteBody 3:6-3:7 \"y\"\nRef 1 1:2-1:6\nDef 1 3:1-3:5 \"y\"\n")]
    public void Places_the_blocks_and_notes_of_odd_input_exactly(string source, string expected)
    {
        Assert.Equal(expected, Snapshot(MarkdownReader.Parse("a.md", source)));
    }

    /// <summary>
    /// Every text character maps, in order, to the source character it came from or stands in for; spans lie
    /// inside their block; note markers lie inside a block of the document.
    /// </summary>
    private static void AssertMapsToSource(Document document, string source)
    {
        foreach (var block in document.Blocks)
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                char c = block.Text[i];
                int at = block.Map!.ToSource(i);
                Assert.InRange(at, 0, source.Length - 1);
                char s = source[at];
                bool stoodIn = c == Block.Placeholder
                    || (c == ' ' && s is '\n' or '\r' or '\\')
                    || s == '&'
                    || (c == '\uFFFD' && s == '\0');
                Assert.True(c == s || stoodIn, $"text[{i}] '{c}' of \"{block.Text}\" maps to source[{at}] '{s}'");
                if (i > 0)
                {
                    Assert.True(at >= block.Map.ToSource(i - 1), $"text[{i}] of \"{block.Text}\" maps before the character preceding it");
                }
            }

            foreach (var span in block.Spans)
            {
                Assert.InRange(span.Start, 0, block.Text.Length - 1);
                Assert.InRange(span.End, span.Start + 1, block.Text.Length);
            }
        }

        foreach (var reference in document.FootnoteRefs)
        {
            Assert.InRange(reference.Offset, 0, reference.Block.Text.Length);
            Assert.Contains(reference.Block, document.Blocks);
        }
    }

    private static string Snapshot(Document document)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var block in document.Blocks)
        {
            lines.Append(block.Kind).Append(' ').Append(Range(document.Locate(block, 0, block.Text.Length))).Append(" \"").Append(block.Text).Append("\"\n");
        }

        foreach (var reference in document.FootnoteRefs)
        {
            lines.Append("Ref ").Append(reference.Label).Append(' ').Append(Range(reference.Location)).Append('\n');
        }

        foreach (var note in document.FootnoteDefs)
        {
            lines.Append("Def ").Append(note.Label).Append(' ').Append(Range(note.Location)).Append(" \"").Append(note.Text).Append("\"\n");
        }

        return lines.ToString();
    }

    private static string Range(SourceLocation location) =>
        location is TextLocation at ? $"{at.Line}:{at.Column}-{at.EndLine}:{at.EndColumn}" : location.ToString();
}
