using System.Text;

namespace PaperLint.Core.Model;

/// <summary>
/// Where a long document's paragraph texts are held as UTF-8 (<see cref="Block.HoldTextIn"/>), in arrays of 128 KB
/// shared by the blocks: in about half the room of their strings where most of the text is ASCII, and without a
/// string's header for each. The plain-text reader of a file of <see cref="CompactFrom"/> characters or more puts a
/// block's text here as it makes the block, so that the strings of the whole document never stand at once, where the
/// block cannot read its text from the source (<see cref="Block.HoldTextIn(CompactText)"/>, which holds nothing but the map the block has anyway): a
/// text decoded whole (Windows-1252, UTF-16), or a paragraph whose text is not the source's characters (a line indented
/// with a tab).
/// </summary>
/// <remarks>
/// The model of a long text held each paragraph as a string beside the source: about 4 bytes for a byte of the file, more
/// than the 3 of the memory bound before a rule ran. A text is decoded again when asked for (<see cref="Block.Text"/>),
/// and each thread keeps its last few decoded texts, as rules ask about one paragraph many times in a row. A Markdown
/// file keeps its strings: its peak is its reading's (the source as a string and each section's tree), which they do
/// not raise, and decoding would cost its rules time for nothing.
/// </remarks>
internal sealed class TextArena
{
    /// <summary>
    /// A text file's reader holds its blocks' texts here from this many characters of source on (2 MiB). Below it the
    /// strings cost less than the memory bound leaves (3 bytes a byte and 50 MB), and a rule reads a string without
    /// decoding it.
    /// </summary>
    internal const int CompactFrom = 2 << 20;

    private const int ChunkSize = 128 << 10;

    private byte[] _chunk = [];
    private int _used;

    /// <summary>
    /// Where <paramref name="text"/> now stands as UTF-8 (<paramref name="bytes"/> long), or false where it would not be
    /// smaller than the string (most letters beyond U+07FF) or would not decode to the same string (a lone surrogate).
    /// </summary>
    public bool TryPut(string text, out byte[] chunk, out int at, out int bytes)
    {
        chunk = [];
        at = 0;
        bytes = 0;
        if (text.Length == 0 || text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return false;
        }

        bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes >= 2 * text.Length)
        {
            return false;
        }

        if (_chunk.Length - _used < bytes)
        {
            if (bytes > ChunkSize / 4)
            {
                // A long paragraph has an array of its own, and the chunk being filled goes on.
                chunk = new byte[bytes];
                Encoding.UTF8.GetBytes(text, chunk);
                return true;
            }

            _chunk = new byte[ChunkSize];
            _used = 0;
        }

        chunk = _chunk;
        at = _used;
        Encoding.UTF8.GetBytes(text, _chunk.AsSpan(_used, bytes));
        _used += bytes;
        return true;
    }
}
