namespace PaperLint.Core.Citations;

/// <summary>
/// The titles of a references list's entries in the forms a paper may name them by (<see cref="TitleText.Candidates"/>),
/// held as sets, so that a citation or a run of words is looked up rather than compared with every entry.
/// </summary>
internal sealed class TitleIndex
{
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _endings = new(StringComparer.Ordinal);

    /// <param name="titles">Each entry's title forms (<see cref="ReferenceList.TitlesOf"/>).</param>
    public TitleIndex(IEnumerable<IReadOnlyList<string>> titles)
    {
        foreach (var forms in titles)
        {
            foreach (string title in forms)
            {
                _titles.Add(title);
                _endings.Add(title);
                for (int space = title.IndexOf(' '); space >= 0; space = title.IndexOf(' ', space + 1))
                {
                    _endings.Add(title[(space + 1)..]);
                }
            }
        }
    }

    /// <summary>True when <paramref name="normalized"/> (<see cref="TitleText.Normalize"/>) is a form of an entry's title.</summary>
    public bool IsTitle(string normalized) => _titles.Contains(normalized);

    /// <summary>True when <paramref name="normalized"/> is a form of an entry's title or the words that end one ("Anarchy", "and Anarchy").</summary>
    public bool IsTitleOrEnding(string normalized) => _endings.Contains(normalized);
}
