namespace PaperLint.Cli.Lsp;

/// <summary>
/// A document the editor has open: its text as the editor has it (not as on disk), and its version. Positions are
/// LSP's: 0-based lines and UTF-16 code units within the line, which is how .NET strings count too.
/// </summary>
internal sealed class OpenDocument(string uri, string path, string text, int version)
{
    private List<int>? _lineStarts;

    public string Uri { get; } = uri;

    /// <summary>The file the document is, for its format, its folder's configuration and the name in messages.</summary>
    public string Path { get; } = path;

    public string Text { get; private set; } = text;

    public int Version { get; private set; } = version;

    /// <summary>Replaces the whole text (a change without a range).</summary>
    public void Replace(string text, int version)
    {
        Text = text;
        Version = version;
        _lineStarts = null;
    }

    /// <summary>Replaces the range from (line, character) to (endLine, endCharacter) with <paramref name="newText"/>.</summary>
    public void Edit(int line, int character, int endLine, int endCharacter, string newText, int version)
    {
        int start = OffsetOf(line, character);
        int end = Math.Max(start, OffsetOf(endLine, endCharacter));
        Text = string.Concat(Text.AsSpan(0, start), newText, Text.AsSpan(end));
        Version = version;
        _lineStarts = null;
    }

    /// <summary>The offset of a position; a line past the end is the end of the text, a character past the end of its line the line's end.</summary>
    public int OffsetOf(int line, int character)
    {
        var starts = LineStarts();
        if (line < 0)
        {
            return 0;
        }

        if (line >= starts.Count)
        {
            return Text.Length;
        }

        int lineEnd = line + 1 < starts.Count ? starts[line + 1] - 1 : Text.Length;
        if (lineEnd > starts[line] && line + 1 < starts.Count && Text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return (int)Math.Min((long)starts[line] + Math.Max(0, character), lineEnd);
    }

    private List<int> LineStarts()
    {
        if (_lineStarts is { } known)
        {
            return known;
        }

        // Found with the vectorised search: the lines of a long document are counted again after every edit, before its lint.
        var starts = new List<int> { 0 };
        var text = Text.AsSpan();
        for (int at = text.IndexOf('\n'); at >= 0; at = text[(at + 1)..].IndexOf('\n') is var next and >= 0 ? at + 1 + next : -1)
        {
            starts.Add(at + 1);
        }

        return _lineStarts = starts;
    }
}
