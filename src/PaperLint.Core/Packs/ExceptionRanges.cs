using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Packs;

/// <summary>
/// Where a rule's exceptions match in each block, found only for blocks that have a candidate match. A
/// candidate that lies wholly within an exception match is not reported: the exception "lead by example"
/// suppresses the "lead by" inside it.
/// </summary>
internal sealed class ExceptionRanges
{
    private readonly LazyRegex? _exceptions;
    private readonly Dictionary<Block, List<(int Start, int End)>> _ranges = [];

    public ExceptionRanges(LazyRegex? exceptions)
    {
        _exceptions = exceptions;
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
            ranges = [];
            foreach (Match m in _exceptions.Value.Matches(block.Text))
            {
                ranges.Add((m.Index, m.Index + m.Length));
            }

            // Exceptions may overlap each other (two may both start at the same word), so every match
            // position must be tried, not only the non-overlapping ones Matches returns.
            AddOverlapping(block.Text, ranges);
            _ranges[block] = ranges;
        }

        foreach (var (from, to) in ranges)
        {
            if (start >= from && start + length <= to)
            {
                return true;
            }
        }

        return false;
    }

    private void AddOverlapping(string text, List<(int Start, int End)> ranges)
    {
        int count = ranges.Count;
        for (int i = 0; i < count; i++)
        {
            int at = ranges[i].Start + 1;
            while (at < ranges[i].End)
            {
                var m = _exceptions!.Value.Match(text, at);
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
