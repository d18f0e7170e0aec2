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
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Maps_every_text_character_to_the_source_character_it_came_from(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.NotEmpty(document.Blocks);
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

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("[^1]")]
    [InlineData("[^1]:")]
    [InlineData("[^]: x [^] [^ x]")]
    [InlineData("<sup></sup><sup>")]
    [InlineData("^^ ^ ^1")]
    [InlineData("| |\n|-|\n| |")]
    [InlineData("¹")]
    [InlineData("¹²³")]
    [InlineData("   [^1]: x\n\n   [^2]: y")]
    [InlineData("[^1]: a\n   [^1]: b\n   [^1]: c")]
    public void Reads_odd_input_without_an_exception(string source)
    {
        var document = MarkdownReader.Parse("a.md", source);

        Assert.All(document.Blocks, b => Assert.NotNull(b.Map));
    }
}
