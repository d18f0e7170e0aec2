namespace PaperLint.Core.Citations;

/// <summary>
/// The entries of one first author, indexed by year, so that a citation's year is looked up rather than compared with
/// each of the author's entries: a long document whose chapters each have their own list has dozens of entries for
/// one author, and a citation of that author in every chapter.
/// </summary>
internal sealed class AuthorEntries
{
    public static readonly AuthorEntries None = new([]);

    private readonly Dictionary<string, List<ReferenceEntry>> _byYear = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ReferenceEntry> _withoutYear = [];
    private readonly HashSet<(string Bare, bool Lettered)> _bareYears = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<ReferenceEntry>> _referredBy = new(StringComparer.Ordinal);
    private string? _listed;

    public AuthorEntries(IReadOnlyList<ReferenceEntry> entries)
    {
        All = entries;
        AllSingleAuthored = true;
        foreach (var entry in entries)
        {
            AllSingleAuthored &= entry.Authors.Count == 1 && !entry.EtAl;
            if (entry.Year is not { } year)
            {
                _withoutYear.Add(entry);
                continue;
            }

            if (!_byYear.TryGetValue(year, out var list))
            {
                _byYear[year] = list = [];
            }

            list.Add(entry);
            _bareYears.Add((entry.BareYear!, entry.HasYearLetter));
        }
    }

    /// <summary>The author's entries, in the list's order.</summary>
    public IReadOnlyList<ReferenceEntry> All { get; }

    /// <summary>True when every entry is by the author alone (no co-authors, no "et al.").</summary>
    public bool AllSingleAuthored { get; }

    /// <summary>The entries whose year is <paramref name="year"/> as written, case aside (for null: the entries without one), in the list's order.</summary>
    public IReadOnlyList<ReferenceEntry> WithYear(string? year) =>
        year is null ? _withoutYear : _byYear.TryGetValue(year, out var list) ? list : [];

    /// <summary>The entries as a message lists them: each work once, "Serge (1974) and Serge (1980)".</summary>
    public string Listed => _listed ??= string.Join(" and ", All.Select(e => e.Display).Distinct());

    /// <summary>The entries whose year <paramref name="cited"/> refers to (<see cref="DocumentAnalysis.YearRefersTo"/>), in the list's order.</summary>
    public IReadOnlyList<ReferenceEntry> ReferredBy(string cited) =>
        _referredBy.GetOrAdd(cited, year => [.. All.Where(e => DocumentAnalysis.YearRefersTo(year, e))]);

    /// <summary>True when some entry's year is one <paramref name="cited"/> refers to (<see cref="DocumentAnalysis.YearRefersTo"/>).</summary>
    public bool AnyReferredBy(string? cited)
    {
        if (cited is null)
        {
            return All.Count > 0;
        }

        if (_byYear.ContainsKey(cited))
        {
            return true;
        }

        // A year without its letter refers to the lettered entries of that year, and one with a letter to an unlettered entry.
        bool lettered = ReferenceEntry.IsLettered(cited);
        return _bareYears.Contains((lettered ? cited[..4] : cited, !lettered));
    }
}
