namespace PaperLint.Core.Bibliographies;

/// <summary>
/// The bibliography a document cites against: every entry of every file it names (or the command line or the
/// configuration names), and of its inline <c>references:</c>, in the order they are defined. A key defined twice
/// is kept twice, so the checks can say so.
/// </summary>
public sealed class Bibliography
{
    public Bibliography(IReadOnlyList<BibEntry> entries, IReadOnlyList<string> files)
    {
        Entries = entries;
        Files = files;
    }

    public IReadOnlyList<BibEntry> Entries { get; }

    /// <summary>The files read, as the user named them.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The text of each file read, by its name, for excerpts of the lines findings lead to.</summary>
    internal IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Model.LineIndex> _lines = new(StringComparer.Ordinal);

    /// <summary>The lines of a file read, indexed once however many findings lead into it.</summary>
    internal Model.LineIndex LinesOf(string file, string text) => _lines.GetOrAdd(file, _ => new Model.LineIndex(text));
}
