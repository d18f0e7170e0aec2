using System.Text;

namespace PaperLint.Core.Model;

/// <summary>
/// A document's source held as UTF-8, in half the room of a string where most of it is ASCII (a paper in a Latin
/// script is), while every offset stays the string's: a stretch is decoded when asked for, and a table of where every
/// 256th character begins in the bytes finds any offset after reading at most 256 characters.
/// </summary>
/// <remarks>
/// The command line holds a long paper's source from the reading to the report only for the lines its excerpts show
/// and a few rules' raw matches; as a string it was as large as the paragraphs' own texts, a fifth of the memory a lint
/// of a long paper holds at its peak.
/// </remarks>
internal sealed class CompactText
{
    /// <summary>How many characters apart the table's places are.</summary>
    internal const int Stride = 256;

    // The text is _utf8[_start..]: the bytes a file was read into, after its byte order mark.
    private readonly byte[] _utf8;
    private readonly int _start;

    // For every k, where the character at k × Stride begins in the bytes, and the offset of that character; when the
    // character is the second half of a surrogate pair, where the pair begins and the offset of its first half.
    private readonly int[] _bytes;
    private readonly int[] _chars;

    private WeakReference<string>? _whole;

    private CompactText(string text, byte[] utf8, int start)
    {
        _utf8 = utf8;
        _start = start;
        Length = text.Length;
        int places = text.Length / Stride + 1;
        _bytes = new int[places];
        _chars = new int[places];
        int at = start;
        int next = 0;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            int width = char.IsHighSurrogate(c) ? 2 : 1;
            while (next < places && next * Stride < i + width)
            {
                _bytes[next] = at;
                _chars[next] = i;
                next++;
            }

            at += width == 2 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            i += width;
        }

        for (; next < places; next++)
        {
            _bytes[next] = utf8.Length;
            _chars[next] = text.Length;
        }
    }

    // The same table read from the bytes, which are valid UTF-8 holding `length` characters: four bytes are a pair.
    private CompactText(byte[] utf8, int start, int length)
    {
        _utf8 = utf8;
        _start = start;
        Length = length;
        int places = length / Stride + 1;
        _bytes = new int[places];
        _chars = new int[places];
        int next = 0;
        for (int at = start, i = 0; at < utf8.Length;)
        {
            byte lead = utf8[at];
            int bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            int width = bytes == 4 ? 2 : 1;
            while (next < places && next * Stride < i + width)
            {
                _bytes[next] = at;
                _chars[next] = i;
                next++;
            }

            at += bytes;
            i += width;
        }

        for (; next < places; next++)
        {
            _bytes[next] = utf8.Length;
            _chars[next] = length;
        }
    }

    /// <summary>The number of characters (UTF-16 code units) of the text.</summary>
    public int Length { get; }

    /// <summary>
    /// <paramref name="text"/> held in <paramref name="utf8"/>, the bytes it was decoded from (strictly, as UTF-8) from
    /// <paramref name="start"/> to their end; null where they take as much room as the string. The bytes are kept, not
    /// copied: a file's bytes serve, and no second copy of the text is made while the string is still held.
    /// </summary>
    public static CompactText? Of(string text, byte[] utf8, int start) =>
        Smaller(utf8.Length - start, text) ? new CompactText(text, utf8, start) : null;

    /// <summary>
    /// The text <paramref name="utf8"/> holds as valid UTF-8 from <paramref name="start"/> on, <paramref name="length"/>
    /// characters long, held without ever being a string; null where the bytes take as much room as the string would.
    /// </summary>
    public static CompactText? OfUtf8(byte[] utf8, int start, int length) =>
        (long)(utf8.Length - start) < 2L * length ? new CompactText(utf8, start, length) : null;

    private static bool Smaller(int bytes, string text) => (long)bytes < 2L * text.Length;

    /// <summary>The whole text: decoded when asked, and kept only while somebody holds it.</summary>
    public string Whole()
    {
        if (_whole is { } kept && kept.TryGetTarget(out var text))
        {
            return text;
        }

        text = Encoding.UTF8.GetString(_utf8, _start, _utf8.Length - _start);
        _whole = new WeakReference<string>(text);
        return text;
    }

    /// <summary>The characters [start, start + length) of the text, as <see cref="string.Substring(int, int)"/> gives them.</summary>
    public string Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length - length);
        if (length == 0)
        {
            return "";
        }

        var (fromByte, fromChar) = Seek(start);
        var (toByte, toChar) = Seek(start + length);
        if (toChar < start + length)
        {
            // The end falls between the halves of a pair: its bytes are decoded whole, and the first half kept.
            toByte += 4;
        }

        string decoded = Encoding.UTF8.GetString(_utf8, fromByte, toByte - fromByte);
        return fromChar == start && decoded.Length == length ? decoded : decoded.Substring(start - fromChar, length);
    }

    /// <summary>
    /// Writes the characters [start, start + destination.Length) of the text into <paramref name="destination"/>, as
    /// <see cref="Slice"/> gives them, decoding straight from the bytes.
    /// </summary>
    public void CopyTo(int start, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length - destination.Length);
        var (at, c) = Seek(start);
        if (c == start
            && System.Text.Unicode.Utf8.ToUtf16(_utf8.AsSpan(at), destination, out _, out int written, replaceInvalidSequences: false, isFinalBlock: true) is var status
            && written == destination.Length
            && status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.DestinationTooSmall)
        {
            return;
        }

        // A stretch that begins or ends between the halves of a pair.
        Slice(start, destination.Length).CopyTo(destination);
    }

    /// <summary>The end of line <paramref name="line"/> of <paramref name="lines"/> (this text's), before its line break.</summary>
    public int LineEnd(LineIndex lines, int line)
    {
        int start = lines.LineStart(line);
        int end = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : Length;
        var (at, _) = Seek(end);
        while (end > start && _utf8[at - 1] is (byte)'\n' or (byte)'\r')
        {
            end--;
            at--;
        }

        return end;
    }

    /// <summary>Where the character at <paramref name="offset"/> begins in the bytes, and its offset; the first half's where it is a pair's second.</summary>
    private (int Byte, int Char) Seek(int offset)
    {
        int place = offset / Stride;
        int at = _bytes[place];
        int c = _chars[place];
        if (offset - c <= _utf8.Length - at && !_utf8.AsSpan(at, offset - c).ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            // ASCII all the way: a byte a character (nearly always, in a paper in a Latin script).
            return (at + offset - c, offset);
        }

        while (c < offset)
        {
            byte lead = _utf8[at];
            int chars = lead >= 0xF0 ? 2 : 1;
            if (c + chars > offset)
            {
                break;
            }

            at += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            c += chars;
        }

        return (at, c);
    }
}
