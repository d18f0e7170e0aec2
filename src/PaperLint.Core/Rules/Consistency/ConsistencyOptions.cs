namespace PaperLint.Core.Rules.Consistency;

/// <summary>The consistency settings of <c>.paperlint.yml</c> (<c>consistency:</c>), and the canonical names the packs know.</summary>
public sealed record ConsistencyOptions
{
    public static readonly ConsistencyOptions Default = new();

    /// <summary>
    /// House style: forms that win over the majority when a paper mixes two forms. Each rule takes the entries
    /// it understands: a word form (<c>Žižek</c>, <c>email</c>, <c>judgement</c>), a side of a spelling pack
    /// (<c>British</c>, <c>American</c>), <c>curly</c> or <c>straight</c>, or an example date (<c>6 November 1918</c>).
    /// Earlier entries win over later ones.
    /// </summary>
    public IReadOnlyList<string> Prefer { get; init; } = [];

    /// <summary>Whether titles of works (in italics) and quotations count (off: they keep the spelling of their own authors).</summary>
    public bool CountQuoted { get; init; }

    /// <summary>The spellings of names that the <c>Names</c> packs give; they win over the majority.</summary>
    public CanonicalNames Names { get; init; } = CanonicalNames.Empty;
}
