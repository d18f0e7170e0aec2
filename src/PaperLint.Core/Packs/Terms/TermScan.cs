namespace PaperLint.Core.Packs.Terms;

/// <summary>What one pass of a <see cref="TermIndex"/> found in a document: for each set and block, its terms by start.</summary>
/// <remarks>
/// Most blocks hold no term of a set: each set keeps the numbers of the blocks that hold some, in order, and their terms,
/// not a place for every block (which was 8 bytes a block and set, a megabyte on a long paper, kept to the end of the lint).
/// </remarks>
internal sealed class TermScan
{
    private readonly int[][] _blocks;
    private readonly TermHit[][][] _hits;

    /// <param name="inBlocks">For each set, the blocks that hold its terms, in increasing order (null for none).</param>
    /// <param name="found">For each set, the terms of each of those blocks, by start.</param>
    public TermScan(List<int>?[] inBlocks, List<TermHit[]>?[] found)
    {
        _blocks = new int[inBlocks.Length][];
        _hits = new TermHit[inBlocks.Length][][];
        for (int o = 0; o < inBlocks.Length; o++)
        {
            _blocks[o] = inBlocks[o]?.ToArray() ?? [];
            _hits[o] = found[o]?.ToArray() ?? [];
        }
    }

    /// <summary>The terms of set <paramref name="owner"/> in block <paramref name="block"/>, by start; at most one a start.</summary>
    public ReadOnlySpan<TermHit> Of(int owner, int block)
    {
        int at = Array.BinarySearch(_blocks[owner], block);
        return at >= 0 ? _hits[owner][at] : default;
    }
}
