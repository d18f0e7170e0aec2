namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Every <c>[^label]</c> written in the source, found by scanning the text itself. Markdig turns only a
/// reference to a defined label into a footnote link; a reference to a label never defined stays literal
/// text. The prose builder asks this index whether a literal <c>[</c> begins such a marker, so that the
/// marker is recorded and kept out of the text like any other. Code and HTML never reach the builder as
/// literal text, so markers written there are ignored without being excluded here.
/// </summary>
internal sealed class LiteralFootnoteLabels
{
    private readonly Dictionary<int, (int End, bool BeforeColon)> _byStart = [];
    private readonly List<int> _starts = [];

    public LiteralFootnoteLabels(string source)
    {
        for (int i = source.IndexOf("[^", StringComparison.Ordinal); i >= 0; i = source.IndexOf("[^", i + 1, StringComparison.Ordinal))
        {
            int end = i + 2;
            while (end < source.Length && IsLabelChar(source[end]))
            {
                end++;
            }

            if (end == i + 2 || end >= source.Length || source[end] != ']' || IsEscaped(source, i))
            {
                continue;
            }

            bool beforeColon = end + 1 < source.Length && source[end + 1] == ':';
            _byStart[i] = (end + 1, beforeColon);
            _starts.Add(i);
        }
    }

    /// <summary>True when a marker <c>[^label]</c> begins at <paramref name="start"/>; <paramref name="end"/> is just past its <c>]</c>.</summary>
    public bool TryGet(int start, out int end, out bool beforeColon)
    {
        if (_byStart.TryGetValue(start, out var found))
        {
            (end, beforeColon) = found;
            return true;
        }

        (end, beforeColon) = (0, false);
        return false;
    }

    /// <summary>The markers that begin in source[<paramref name="from"/>..<paramref name="to"/>], in order: where each begins, where it ends, whether a colon follows.</summary>
    public IEnumerable<(int Start, int End, bool BeforeColon)> Between(int from, int to)
    {
        int index = _starts.BinarySearch(from);
        for (index = index < 0 ? ~index : index; index < _starts.Count && _starts[index] < to; index++)
        {
            var (end, beforeColon) = _byStart[_starts[index]];
            yield return (_starts[index], end, beforeColon);
        }
    }

    private static bool IsLabelChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('[' or ']' or '\\' or '`' or '*' or '<' or '>');

    /// <summary>An odd number of backslashes before the bracket escapes it: the author wrote it to be seen.</summary>
    private static bool IsEscaped(string source, int i)
    {
        int backslashes = 0;
        while (i - backslashes - 1 >= 0 && source[i - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
