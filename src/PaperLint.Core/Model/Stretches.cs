namespace PaperLint.Core.Model;

/// <summary>
/// Stretches of a paragraph's text (start, end) as a set a range is looked up in: put in order and joined once, so that
/// whether a range overlaps one of them takes a binary search, not a look at each. A paragraph may be a whole text
/// written on one line, with thousands of addresses, quotations and titles; asked about each of its words or matches,
/// a look at every stretch took a time that grew with the two multiplied.
/// </summary>
internal static class Stretches
{
    /// <summary>
    /// Puts the stretches in order and joins those that overlap: a range overlaps the joined stretch exactly when it
    /// overlaps one of those it was joined from, an empty range too (which overlaps a stretch it stands inside). Two that
    /// only touch stay apart: an empty range where they meet overlaps neither.
    /// </summary>
    public static void Merge(List<(int Start, int End)> stretches)
    {
        if (stretches.Count < 2)
        {
            return;
        }

        stretches.Sort();
        int kept = 0;
        for (int i = 1; i < stretches.Count; i++)
        {
            if (stretches[i].Start < stretches[kept].End)
            {
                stretches[kept] = (stretches[kept].Start, Math.Max(stretches[kept].End, stretches[i].End));
            }
            else
            {
                stretches[++kept] = stretches[i];
            }
        }

        stretches.RemoveRange(kept + 1, stretches.Count - kept - 1);
    }

    /// <summary>
    /// Whether text[start..start+length] overlaps one of the stretches, given in order and apart (<see cref="Merge"/>),
    /// as <see cref="InlineSpan.Overlaps"/> says of one. Each begins where the one before ends or later.
    /// </summary>
    public static bool Overlaps(ReadOnlySpan<(int Start, int End)> merged, int start, int length)
    {
        // Apart and in order, the stretches end in order too: the first that ends after the range begins is the only one
        // the range may overlap.
        int lo = 0, hi = merged.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (merged[mid].End > start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo < merged.Length && merged[lo].Start < start + length;
    }
}
