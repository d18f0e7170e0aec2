using PaperLint.Core.Model;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// A Markdown document's pandoc citation keys against its bibliography: which keys are defined (exactly, and
/// without regard to case), which are cited, and which entries <c>nocite:</c> puts in the list uncited.
/// pandoc-crossref's references (<c>@fig:map</c>, <c>@sec:intro</c>, <c>@tbl:</c>, <c>@eq:</c>, <c>@lst:</c>) are no
/// citations unless the bibliography has such a key.
/// </summary>
internal sealed class CitationKeys
{
    private static readonly string[] CrossReferencePrefixes = ["fig:", "sec:", "tbl:", "eq:", "lst:"];

    private readonly Dictionary<string, List<BibEntry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BibEntry>> _folded = new(StringComparer.OrdinalIgnoreCase);

    public CitationKeys(Document document, Bibliography? bibliography)
    {
        Bibliography = bibliography;
        foreach (var entry in bibliography?.Entries ?? [])
        {
            Add(_exact, entry);
            Add(_folded, entry);
        }

        Uses = document.KeyCitations.Where(k => !IsCrossReference(k.Key)).ToList();
        var metadata = document.Metadata;
        NociteAll = metadata?.NociteAll == true;
        Nocite = metadata?.Nocite ?? new HashSet<string>();
    }

    /// <summary>The bibliography, or null when the document has none to check against.</summary>
    public Bibliography? Bibliography { get; }

    /// <summary>The citations of keys, pandoc-crossref's references left out.</summary>
    public IReadOnlyList<KeyCitation> Uses { get; }

    public bool NociteAll { get; }

    public IReadOnlySet<string> Nocite { get; }

    /// <summary>The entries defined with exactly this key.</summary>
    public IReadOnlyList<BibEntry> Defined(string key) => _exact.TryGetValue(key, out var list) ? list : [];

    /// <summary>The entries whose key is this one in another letter case.</summary>
    public IReadOnlyList<BibEntry> DefinedInOtherCase(string key) =>
        _folded.TryGetValue(key, out var list) ? list.Where(e => !string.Equals(e.Key, key, StringComparison.Ordinal)).ToList() : [];

    private bool IsCrossReference(string key) =>
        CrossReferencePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)) && !_exact.ContainsKey(key);

    private static void Add(Dictionary<string, List<BibEntry>> index, BibEntry entry)
    {
        if (!index.TryGetValue(entry.Key, out var list))
        {
            index[entry.Key] = list = [];
        }

        list.Add(entry);
    }
}
