using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Tests.Rules.Footnotes;

public sealed class NumberGapsTests
{
    [Fact]
    public void Agrees_with_counting_through_every_number()
    {
        var random = new Random(12);
        for (int round = 0; round < 2000; round++)
        {
            var taken = Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(0, 40)).ToList();
            var gaps = new NumberGaps(taken);
            int low = random.Next(-2, 40);
            int high = random.Next(-2, 45);

            var expected = Enumerable.Range(low + 1, Math.Max(0, high - low - 1)).Where(n => !taken.Contains(n)).ToList();
            var (count, numbers) = gaps.Between(low, high);

            string what = $"taken [{string.Join(", ", taken)}], between {low} and {high}";
            Assert.True(expected.Count == count, what);
            Assert.True(expected.Count == gaps.Count(low, high), what);
            var listed = expected.Count > NumberGaps.Listed ? [expected[0], expected[^1]] : expected;
            Assert.True(listed.SequenceEqual(numbers), $"{what}: expected [{string.Join(", ", listed)}], got [{string.Join(", ", numbers)}]");
        }
    }

    [Fact]
    public void Counts_a_gap_of_billions_without_going_through_it()
    {
        var gaps = new NumberGaps([1, 2, int.MaxValue - 1]);

        var (count, numbers) = gaps.Between(0, int.MaxValue);

        Assert.Equal(int.MaxValue - 4L, count);
        Assert.Equal([3, int.MaxValue - 2], numbers);
    }
}
