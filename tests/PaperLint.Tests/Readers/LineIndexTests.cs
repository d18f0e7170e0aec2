using PaperLint.Core.Model;

namespace PaperLint.Tests.Readers;

/// <summary>Lines end at <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>, wherever they stand; a column counts UTF-16 code units.</summary>
public sealed class LineIndexTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("one line", new[] { 0 })]
    [InlineData("a\nb", new[] { 0, 2 })]
    [InlineData("a\r\nb\r\n", new[] { 0, 3, 6 })]
    [InlineData("a\rb\rc", new[] { 0, 2, 4 })]
    [InlineData("\n\r\n\r\r\n\n", new[] { 0, 1, 3, 4, 6, 7 })]
    [InlineData("a\r", new[] { 0, 2 })]
    public void Each_line_begins_after_the_break_before_it(string text, int[] starts)
    {
        var lines = new LineIndex(text);

        Assert.Equal(starts, Enumerable.Range(0, lines.LineCount).Select(lines.LineStart));
    }

    [Fact]
    public void Every_offset_of_a_long_text_with_every_kind_of_break_has_the_line_and_column_a_character_walk_gives()
    {
        var random = new Random(20261201);
        string[] pieces = ["\n", "\r\n", "\r", "a", "Žižek ", "𝔄", "\t", new string('x', 70)];
        var text = new System.Text.StringBuilder();
        while (text.Length < 20_000)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        string source = text.ToString();
        var lines = new LineIndex(source);

        int line = 0, column = 0;
        for (int offset = 0; offset <= source.Length; offset++)
        {
            Assert.Equal((line, column), lines.ToLineColumn(offset));
            if (offset == source.Length)
            {
                break;
            }

            bool breaks = source[offset] == '\n' || (source[offset] == '\r' && (offset + 1 == source.Length || source[offset + 1] != '\n'));
            if (breaks)
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        Assert.Equal(line + 1, lines.LineCount);
    }
}
