using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>
/// The stretches of a paragraph whose words the consistency rules do not count (code, addresses, quotations, titles)
/// are put in order and joined, and a word is looked up among them by a binary search: it must be left out exactly
/// when it overlaps one of the stretches as they were found, in any order, overlapping, nested, touching or empty.
/// </summary>
public sealed class CountingScopeStretchesTests
{
    [Fact]
    public void A_word_is_left_out_exactly_when_it_overlaps_a_stretch_as_found()
    {
        var random = new Random(20261203);
        for (int paragraph = 0; paragraph < 2_000; paragraph++)
        {
            int length = random.Next(1, 200);
            var found = new List<(int Start, int End)>();
            for (int s = random.Next(0, 12); s > 0; s--)
            {
                int start = random.Next(0, length);
                found.Add((start, Math.Min(length, start + random.Next(0, 25))));
            }

            var merged = new List<(int Start, int End)>(found);
            CountingScope.Merge(merged);
            for (int i = 1; i < merged.Count; i++)
            {
                Assert.True(merged[i - 1].End < merged[i].Start, $"paragraph {paragraph}: {merged[i - 1]} and {merged[i]} are not apart");
            }

            for (int start = 0; start < length; start++)
            {
                for (int wordLength = 1; start + wordLength <= length && wordLength <= 12; wordLength++)
                {
                    bool expected = found.Any(r => start < r.End && start + wordLength > r.Start);
                    Assert.True(
                        expected == CountingScope.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(merged), start, wordLength),
                        $"paragraph {paragraph}: the word at {start} of {wordLength} against [{string.Join(", ", found)}]");
                }
            }
        }
    }

    [Theory]
    [InlineData(new[] { 5, 5 }, 3, 2, false)]
    [InlineData(new[] { 5, 5 }, 4, 2, true)]
    [InlineData(new[] { 2, 5, 5, 5 }, 5, 1, false)]
    [InlineData(new[] { 2, 5, 5, 8 }, 4, 1, true)]
    [InlineData(new[] { 10, 20, 0, 3 }, 3, 7, false)]
    [InlineData(new[] { 10, 20, 0, 3 }, 2, 9, true)]
    public void Empty_and_touching_stretches_keep_their_meaning(int[] bounds, int start, int length, bool leftOut)
    {
        var stretches = Enumerable.Range(0, bounds.Length / 2).Select(i => (bounds[2 * i], bounds[(2 * i) + 1])).ToList();

        CountingScope.Merge(stretches);

        Assert.Equal(leftOut, CountingScope.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stretches), start, length));
    }
}
