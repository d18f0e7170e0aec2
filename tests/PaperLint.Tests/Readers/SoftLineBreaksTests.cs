using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Which spaces of a block stand for a line break of the source (<see cref="Block.LineBreaks"/>): a block is first
/// ruled out when its stretch of the source holds no line end, and what is found is what looking up every space finds.
/// </summary>
public sealed class SoftLineBreaksTests
{
    public static TheoryData<string> Sources => new()
    {
        "One line.\n\nTwo\nlines.\n\nThree  \nlines\twith\t\nblanks.\n",
        "Windows\r\nline\r\nends.\r\n\r\nAnd one.\r\n",
        "   Indented start\n   of a paragraph.\n\n> A quotation\n> over two lines.\n\n- an item\n  going on\n- another\n",
        "A [link\nover a line](https://example.org) and `code\nover a line` and *emphasis\nover a line*.\n",
        "A note.[^1]\n\n[^1]: Its text\n    goes on\n    here.\n\n# A heading\n\nLast words \nwith a blank before the line end.",
        "| a | b |\n|---|---|\n| one | two |\n\nText\n",
        " \n \nSpaces alone on lines\n \nand text.\n",
        "Ends without a line end",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Ruling_blocks_out_first_finds_what_looking_up_every_space_finds(string source)
    {
        foreach (string name in new[] { "a.md", "a.txt" })
        {
            var document = DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(source), name);
            AssertSame(document, source);
        }
    }

    [Theory]
    [InlineData("paper.md")]
    [InlineData("citations.md")]
    [InlineData("notes.md")]
    [InlineData("consistency.md")]
    [InlineData("numbered.md")]
    [InlineData("paper.txt")]
    [InlineData("consistency.txt")]
    [InlineData("notes.txt")]
    public void The_samples_line_breaks_are_those_every_space_gives(string sample)
    {
        string path = Path.Combine(RepoPaths.Samples, sample);
        var document = DocumentLoader.Load(path);
        Assert.Contains(document.Blocks, b => b.LineBreaks.Count > 0);
        AssertSame(document, document.Source!);
    }

    private static void AssertSame(PaperLint.Core.Model.Document document, string source)
    {
        foreach (var block in document.Blocks)
        {
            if (block.Map is { } map && block.Text.Length > 0)
            {
                Assert.Equal(SoftLineBreaks.EverySpace(block, map, source), SoftLineBreaks.Find(block, map, source));
                Assert.Equal(SoftLineBreaks.EverySpace(block, map, source), block.LineBreaks);
            }
        }
    }
}
