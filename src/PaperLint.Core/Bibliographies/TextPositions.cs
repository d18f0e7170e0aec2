namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Turns offsets in a text into 1-based line and column, lines counted from a first line other than 1 where the
/// text is part of a larger file. Offsets asked in increasing order cost one pass over the text in all.
/// </summary>
internal sealed class TextPositions
{
    private readonly string _text;
    private readonly int _firstLine;
    private int _offset;
    private int _line;
    private int _lineStart;

    public TextPositions(string text, int firstLine)
    {
        _text = text;
        _firstLine = firstLine;
        _line = firstLine;
    }

    public int Line(int offset) => At(offset).Line;

    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        if (offset < _offset)
        {
            _offset = 0;
            _line = _firstLine;
            _lineStart = 0;
        }

        var span = _text.AsSpan();
        while (true)
        {
            int next = span[_offset..offset].IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            _offset += next + 1;
            _line++;
            _lineStart = _offset;
        }

        _offset = offset;
        return (_line, offset - _lineStart + 1);
    }
}
