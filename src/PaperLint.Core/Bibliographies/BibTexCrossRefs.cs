namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Fields an entry inherits, as biber and pandoc give them: through <c>crossref</c> from its parent (a paper from
/// its proceedings: the year, the editors, the publisher; the parent's title becomes the child's <c>booktitle</c>),
/// and through <c>xdata</c> from <c>@xdata</c> entries. An entry's own fields always win.
/// </summary>
internal static class BibTexCrossRefs
{
    /// <summary>Fields that are the parent's own and never pass to a child (biblatex's defaults).</summary>
    private static readonly HashSet<string> NotInherited = new(StringComparer.Ordinal)
    {
        "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
        "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
        "shorttitle", "sorttitle", "indextitle", "indexsorttitle",
    };

    public static void Resolve(List<BibEntry> entries, List<(string? Author, string? Editor)> rawNames)
    {
        if (!entries.Exists(e => e.Fields.ContainsKey("crossref") || e.Fields.ContainsKey("xdata")))
        {
            return;
        }

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            byKey.TryAdd(entries[i].Key, i);
        }

        var state = new byte[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            Resolve(i, entries, rawNames, byKey, state);
        }
    }

    private static void Resolve(int index, List<BibEntry> entries, List<(string? Author, string? Editor)> rawNames, Dictionary<string, int> byKey, byte[] state)
    {
        const byte InProgress = 1;
        const byte Done = 2;
        if (state[index] != 0)
        {
            return;
        }

        state[index] = InProgress;
        var entry = entries[index];
        var fields = new Dictionary<string, string>(entry.Fields, StringComparer.Ordinal);
        var (author, editor) = rawNames[index];
        bool changed = false;
        foreach (var (parentKey, isXdata) in Parents(entry.Fields))
        {
            // A parent that is being resolved is part of a cycle; it gives what it has so far.
            if (!byKey.TryGetValue(parentKey, out int parent) || parent == index)
            {
                continue;
            }

            Resolve(parent, entries, rawNames, byKey, state);
            foreach (var (name, value) in entries[parent].Fields)
            {
                if (NotInherited.Contains(name))
                {
                    continue;
                }

                string target = isXdata ? name : name switch
                {
                    "title" => "booktitle",
                    "subtitle" => "booksubtitle",
                    "titleaddon" => "booktitleaddon",
                    _ => name,
                };
                if (fields.TryAdd(target, value))
                {
                    changed = true;
                    author ??= target == "author" ? rawNames[parent].Author : null;
                    editor ??= target == "editor" ? rawNames[parent].Editor : null;
                }
            }
        }

        if (changed)
        {
            rawNames[index] = (author, editor);
            entries[index] = BibTexParser.WithFacts(entry, fields, author, editor);
        }

        state[index] = Done;
    }

    private static IEnumerable<(string Key, bool IsXdata)> Parents(IReadOnlyDictionary<string, string> fields)
    {
        if (fields.TryGetValue("xdata", out string? xdata))
        {
            foreach (string key in xdata.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (key, true);
            }
        }

        if (fields.TryGetValue("crossref", out string? crossref) && crossref.Trim() is { Length: > 0 } key2)
        {
            yield return (key2, false);
        }
    }
}
