using System.Text;

namespace PaperLint.Core.Readers;

/// <summary>Decodes a text file (UTF-8 with or without BOM, UTF-16 with BOM) and refuses binary files with a clear message.</summary>
internal static class TextDecoding
{
    /// <summary>How many bytes from a file's start are searched for a NUL, which no text holds.</summary>
    internal const int NulSearched = 8000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string displayPath, Stream content) => Read(displayPath, content).Text;

    /// <summary>
    /// The document <paramref name="parse"/> reads from the text of <paramref name="content"/>, holding its source in the
    /// bytes the text was read from where they are UTF-8 (<see cref="Model.Document.HoldSourceCompactly"/>): what each
    /// reader of a text format does with a file.
    /// </summary>
    public static Model.Document ReadDocument(string displayPath, Stream content, Func<string, string, Model.Document> parse) =>
        ReadDocument(displayPath, content, parse, null);

    /// <summary>
    /// As <see cref="ReadDocument(string, Stream, Func{string, string, Model.Document})"/>, where a file that is not UTF-16
    /// is first offered to <paramref name="parseUtf8"/> as its bytes and where its text begins (after a byte order mark),
    /// before any string is made: the document it reads, or null (bytes that are not valid UTF-8 among them) to have the
    /// text decoded and parsed.
    /// </summary>
    public static Model.Document ReadDocument(string displayPath, Stream content, Func<string, string, Model.Document> parse, Func<string, byte[], int, Model.Document?>? parseUtf8)
    {
        var bytes = ReadBytes(content);
        if (parseUtf8 is not null && TextStart(displayPath, bytes) is int textStart and >= 0 && parseUtf8(displayPath, bytes, textStart) is { } read)
        {
            return read;
        }

        var (source, utf8, start) = Read(displayPath, bytes);
        var document = parse(displayPath, source);
        document.HoldSourceCompactly(utf8, start);
        return document;
    }

    /// <summary>
    /// The text of <paramref name="content"/>, with the bytes it was read into when they are that text in UTF-8 from
    /// <c>Utf8Start</c> on (after a byte order mark); null bytes for a text in another encoding.
    /// </summary>
    public static (string Text, byte[]? Utf8, int Utf8Start) Read(string displayPath, Stream content) => Read(displayPath, ReadBytes(content));

    private static (string Text, byte[]? Utf8, int Utf8Start) Read(string displayPath, byte[] bytes)
    {
        var (text, encoding, preamble) = Decode(displayPath, bytes);
        return ReferenceEquals(encoding, StrictUtf8) ? (text, bytes, preamble.Length) : (text, null, 0);
    }

    /// <summary>The bytes of <paramref name="content"/>: a file says how long it is, and room for it is made once.</summary>
    private static byte[] ReadBytes(Stream content)
    {
        long known = content.CanSeek ? content.Length - content.Position : 0;
        using var buffer = new MemoryStream(known is > 0 and < int.MaxValue ? (int)known : 0);
        content.CopyTo(buffer);
        return buffer.TryGetBuffer(out var read) && read.Offset == 0 && read.Count == read.Array!.Length ? read.Array : buffer.ToArray();
    }

    /// <summary>
    /// Where the text of <paramref name="bytes"/> begins when it is not UTF-16: after a UTF-8 byte order mark, or at 0; -1
    /// for UTF-16 (its byte order mark). An empty file, a zip archive and a binary file are refused.
    /// </summary>
    private static int TextStart(string displayPath, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new InputException($"{displayPath}: the file is empty");
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return -1;
        }

        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (offset == 0 && bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            throw new InputException($"{displayPath}: a zip archive, not text; if it is a Word document, name it .docx");
        }

        if (Array.IndexOf(bytes, (byte)0, offset, Math.Min(bytes.Length - offset, NulSearched)) >= 0)
        {
            throw new InputException($"{displayPath}: a binary file, not text (UTF-16 needs a byte order mark)");
        }

        return offset;
    }

    /// <summary>
    /// The text of <paramref name="bytes"/>, with the encoding and byte order mark it was read in, so that a fixed
    /// text is written back as it came: text is <c>Preamble + Encoding.GetBytes(Text)</c>, byte for byte.
    /// </summary>
    public static (string Text, Encoding Encoding, byte[] Preamble) Decode(string displayPath, byte[] bytes)
    {
        int offset = TextStart(displayPath, bytes);
        if (offset < 0 && bytes[0] == 0xFF)
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode, [0xFF, 0xFE]);
        }

        if (offset < 0)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode, [0xFE, 0xFF]);
        }

        try
        {
            return (StrictUtf8.GetString(bytes, offset, bytes.Length - offset), StrictUtf8, bytes[..offset]);
        }
        catch (DecoderFallbackException)
        {
            // Older editors save in Windows-1252; its letters are Latin-1 in all but a few punctuation marks.
            return (Encoding.Latin1.GetString(bytes, offset, bytes.Length - offset), Encoding.Latin1, bytes[..offset]);
        }
    }
}
