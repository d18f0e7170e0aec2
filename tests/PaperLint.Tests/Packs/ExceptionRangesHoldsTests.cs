using PaperLint.Core.Packs;

namespace PaperLint.Tests.Packs;

/// <summary>
/// A candidate inside a match of its rule's exceptions is not reported. The matches of a paragraph are put in order
/// with the furthest end so far, and a candidate is looked up by a binary search: it must be held exactly when one of
/// the matches as found holds it, whatever their order, overlaps, nesting and lengths.
/// </summary>
public sealed class ExceptionRangesHoldsTests
{
    [Fact]
    public void A_candidate_is_held_exactly_when_one_match_as_found_holds_it()
    {
        var random = new Random(13);
        for (int paragraph = 0; paragraph < 2_000; paragraph++)
        {
            int length = random.Next(1, 150);
            var found = new List<(int Start, int End)>();
            for (int m = random.Next(0, 12); m > 0; m--)
            {
                int start = random.Next(0, length);
                found.Add((start, Math.Min(length, start + random.Next(0, 30))));
            }

            var reach = ExceptionRanges.ReachIn([.. found]);
            for (int start = 0; start < length; start++)
            {
                for (int candidate = 0; candidate <= 10 && start + candidate <= length; candidate++)
                {
                    bool expected = found.Any(r => start >= r.Start && start + candidate <= r.End);
                    Assert.True(expected == ExceptionRanges.Holds(reach, start, candidate), $"paragraph {paragraph}: {start} of {candidate} in [{string.Join(", ", found)}]");
                }
            }
        }
    }

    [Theory]
    [InlineData(new[] { 0, 10, 5, 15 }, 3, 9, false)]
    [InlineData(new[] { 0, 10, 5, 15 }, 6, 9, true)]
    [InlineData(new[] { 5, 15, 0, 10 }, 0, 10, true)]
    [InlineData(new[] { 0, 20, 2, 4 }, 5, 10, true)]
    public void Overlapping_matches_are_not_joined(int[] bounds, int start, int length, bool held)
    {
        var found = Enumerable.Range(0, bounds.Length / 2).Select(i => (bounds[2 * i], bounds[(2 * i) + 1])).ToList();

        Assert.Equal(held, ExceptionRanges.Holds(ExceptionRanges.ReachIn(found), start, length));
    }
}
