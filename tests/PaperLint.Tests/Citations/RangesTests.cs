using PaperLint.Core.Citations;

namespace PaperLint.Tests.Citations;

public sealed class RangesTests
{
    [Fact]
    public void Tells_an_overlap_as_comparing_with_each_range_does()
    {
        var random = new Random(12);
        for (int round = 0; round < 200; round++)
        {
            var ranges = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                int start = random.Next(0, 60);
                return (Start: start, End: start + random.Next(-2, 15));
            }).ToList();
            var index = new Ranges(ranges);
            for (int start = -2; start < 70; start++)
            {
                for (int end = start - 2; end < start + 12; end++)
                {
                    bool expected = ranges.Any(r => r.Start < end && r.End > start);
                    Assert.True(expected == index.Overlap(start, end), $"[{start}, {end}) against {string.Join(" ", ranges)}");
                }
            }
        }
    }

    [Fact]
    public void Nothing_overlaps_no_ranges()
    {
        Assert.False(new Ranges([]).Overlap(0, 100));
    }
}
