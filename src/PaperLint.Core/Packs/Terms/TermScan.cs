namespace PaperLint.Core.Packs.Terms;

/// <summary>What one pass of a <see cref="TermIndex"/> found in a document: for each set and block, its terms by start.</summary>
internal sealed class TermScan
{
    private readonly TermHit[]?[][] _found;

    public TermScan(TermHit[]?[][] found)
    {
        _found = found;
    }

    /// <summary>The terms of set <paramref name="owner"/> in block <paramref name="block"/>, by start; at most one a start.</summary>
    public ReadOnlySpan<TermHit> Of(int owner, int block) => _found[owner][block];
}
