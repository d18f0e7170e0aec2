using System.Text;
using System.Text.Json;

namespace PaperLint.Core.Reporting;

/// <summary>
/// Passes the UTF-8 that a <see cref="Utf8JsonWriter"/> writes on to a <see cref="TextWriter"/> as it comes, a piece at a
/// time. A report is written as it is made rather than whole in memory: the report of a long paper runs to tens of
/// megabytes (SARIF of 6 MB of Markdown: 68 MB), and made whole it was held three times over, as the bytes, their copy
/// and the text.
/// </summary>
internal sealed class JsonTextSink(TextWriter output) : WriteOnlyStream
{
    /// <summary>How many bytes the writer holds before <see cref="FlushWhenFull"/> hands them on.</summary>
    internal const int PieceSize = 32 * 1024;

    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private char[] _chars = [];

    /// <summary>Hands what <paramref name="json"/> holds on to the text once it holds a piece's worth; call between values.</summary>
    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= PieceSize)
        {
            json.Flush();
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, PieceSize)];
        }

        int written = _decoder.GetChars(buffer, _chars, flush: false);
        output.Write(_chars, 0, written);
    }

    public override void Flush() => output.Flush();
}
