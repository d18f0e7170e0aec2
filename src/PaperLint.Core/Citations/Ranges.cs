namespace PaperLint.Core.Citations;

/// <summary>
/// Ranges of a block's text (quotations, links), sorted once by where they start, so that whether any of them
/// overlaps a stretch is a binary search rather than a pass over them all: a paragraph with thousands of citations
/// and quotations asks this of each.
/// </summary>
internal sealed class Ranges
{
    private readonly int[] _starts;

    // The furthest end among the ranges up to each one, in the order of their starts.
    private readonly int[] _furthestEnd;

    public Ranges(IEnumerable<(int Start, int End)> ranges)
    {
        var sorted = ranges.OrderBy(r => r.Start).ToArray();
        _starts = new int[sorted.Length];
        _furthestEnd = new int[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            _furthestEnd[i] = i == 0 ? sorted[i].End : Math.Max(_furthestEnd[i - 1], sorted[i].End);
        }
    }

    /// <summary>True when some range starts before <paramref name="end"/> and ends after <paramref name="start"/>.</summary>
    public bool Overlap(int start, int end)
    {
        int before = FirstAtOrAfter(_starts, end);
        return before > 0 && _furthestEnd[before - 1] > start;
    }

    /// <summary>The index of the first of <paramref name="sorted"/> (ascending) that is <paramref name="value"/> or more; the count when none is.</summary>
    internal static int FirstAtOrAfter(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
