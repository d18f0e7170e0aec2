namespace PaperLint.Core.Model;

/// <summary>Turns 0-based source offsets into 0-based (line, column) pairs; columns count UTF-16 code units.</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int>(text.Length / 64 + 1) { 0 };
        var rest = text.AsSpan();
        int at = 0;
        // From one line break to the next with a vectorised search: a long paper's index is built before any rule runs.
        while (rest.IndexOfAny('\n', '\r') is int found and >= 0)
        {
            int i = at + found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            at = i + 1;
            rest = text.AsSpan(at);
        }

        _lineStarts = [.. starts];
        Length = text.Length;
    }

    private LineIndex(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        Length = length;
    }

    /// <summary>
    /// The index of the text <paramref name="utf8"/> holds as UTF-8 from <paramref name="start"/> on, built from the
    /// bytes without the string: the same lines, at the same offsets (UTF-16 code units), as the string's index.
    /// </summary>
    public static LineIndex OfUtf8(byte[] utf8, int start)
    {
        var starts = new List<int>((utf8.Length - start) / 64 + 1) { 0 };
        int at = start;
        int chars = 0;
        while (utf8.AsSpan(at).IndexOfAny((byte)'\n', (byte)'\r') is int found and >= 0)
        {
            int i = at + found;
            int width = utf8[i] == '\r' && i + 1 < utf8.Length && utf8[i + 1] == '\n' ? 2 : 1;
            chars += System.Text.Encoding.UTF8.GetCharCount(utf8, at, found) + width;
            starts.Add(chars);
            at = i + width;
        }

        return new LineIndex([.. starts], chars + System.Text.Encoding.UTF8.GetCharCount(utf8, at, utf8.Length - at));
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) ToLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The end of a line, before its line break.</summary>
    public int LineEnd(int line, string text)
    {
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : text.Length;
        while (end > _lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }
}
