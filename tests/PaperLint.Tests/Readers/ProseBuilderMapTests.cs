using PaperLint.Core.Readers.Markdown;

namespace PaperLint.Tests.Readers;

/// <summary>A block's map is one segment for each run of characters that follow one another in the source.</summary>
public sealed class ProseBuilderMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void A_run_ends_where_a_character_does_not_follow_the_one_before_in_the_source(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 500; round++)
        {
            // Runs of every length around a vector's width (4, 8 or 16 offsets), broken by a jump, a repeat or a step back.
            var offsets = new List<int>();
            int at = random.Next(100);
            int runs = random.Next(1, 6);
            for (int r = 0; r < runs; r++)
            {
                int length = random.Next(1, 40);
                for (int i = 0; i < length; i++)
                {
                    offsets.Add(at++);
                }

                at += random.Next(3) switch { 0 => random.Next(2, 9), 1 => -1, _ => -random.Next(2, 30) };
                at = Math.Max(0, at);
            }

            for (int start = 0; start < offsets.Count; start++)
            {
                int expected = 1;
                while (start + expected < offsets.Count && offsets[start + expected] == offsets[start + expected - 1] + 1)
                {
                    expected++;
                }

                Assert.Equal(expected, ProseBuilder.RunLength(offsets.ToArray().AsSpan(start)));
            }
        }
    }
}
