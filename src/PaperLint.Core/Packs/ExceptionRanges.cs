using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Packs;

/// <summary>
/// Where a rule's exceptions match in each block, found only for blocks that have a candidate match. A
/// candidate that lies wholly within an exception match is not reported: the exception "lead by example"
/// suppresses the "lead by" inside it.
/// </summary>
/// <remarks>
/// Where the exceptions match depends on the block's text alone: an editor's server keeps the ranges of each paragraph's
/// text in its memory (owned by the rule's exceptions), so that an edit runs the exceptions over the changed paragraphs
/// only. On a long paper with many candidates they cost as much as the rule's other work.
/// </remarks>
internal sealed class ExceptionRanges
{
    private readonly LazyRegex? _exceptions;
    private readonly Linting.LintMemory? _memory;
    private readonly Dictionary<Block, (int Start, int End)[]> _ranges = [];

    public ExceptionRanges(LazyRegex? exceptions, Linting.LintMemory? memory)
    {
        _exceptions = exceptions;
        _memory = memory;
    }

    public bool Cover(Block block, int start, int length)
    {
        if (_exceptions is null)
        {
            return false;
        }

        if (_exceptions.FoundInMatch)
        {
            return _exceptions.Value.IsMatch(block.Text.AsSpan(start, length).Trim());
        }

        if (!_ranges.TryGetValue(block, out var ranges))
        {
            ranges = _memory is null
                ? RangesIn(_exceptions.Value, block.Text)
                : ((int Start, int End)[])_memory.Owned.Get(_exceptions, block, _exceptions, static (key, exceptions) => RangesIn(exceptions.Value, key.Text));
            _ranges[block] = ranges;
        }

        return Holds(ranges, start, length);
    }

    /// <summary>
    /// Whether one of the ranges holds text[start..start+length], the ranges given by <see cref="ReachIn"/>: in order of
    /// their starts, each with the furthest end of it and those before, so that some range holds it exactly when the last
    /// to start at or before it reaches to its end or beyond.
    /// </summary>
    internal static bool Holds(ReadOnlySpan<(int Start, int End)> reach, int start, int length)
    {
        int lo = 0, hi = reach.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (reach[mid].Start <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && reach[lo - 1].End >= start + length;
    }

    private static (int Start, int End)[] RangesIn(Regex exceptions, string text)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (Match m in exceptions.Matches(text))
        {
            ranges.Add((m.Index, m.Index + m.Length));
        }

        // Exceptions may overlap each other (two may both start at the same word), so every match
        // position must be tried, not only the non-overlapping ones Matches returns.
        AddOverlapping(exceptions, text, ranges);
        return ReachIn(ranges);
    }

    /// <summary>
    /// The ranges in order of their starts, each end made the furthest end of the range and those before it: a candidate
    /// is then looked up by a binary search, where each candidate looked at every range, and a paragraph of many (a long
    /// text on one line) took a time that grew with its candidates times its exceptions' matches.
    /// </summary>
    internal static (int Start, int End)[] ReachIn(List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var reach = ranges.ToArray();
        for (int i = 1; i < reach.Length; i++)
        {
            reach[i].End = Math.Max(reach[i].End, reach[i - 1].End);
        }

        return reach;
    }

    private static void AddOverlapping(Regex exceptions, string text, List<(int Start, int End)> ranges)
    {
        int count = ranges.Count;
        for (int i = 0; i < count; i++)
        {
            int at = ranges[i].Start + 1;
            while (at < ranges[i].End)
            {
                var m = exceptions.Match(text, at);
                if (!m.Success || m.Index >= ranges[i].End)
                {
                    break;
                }

                ranges.Add((m.Index, m.Index + m.Length));
                at = m.Index + 1;
            }
        }
    }
}
