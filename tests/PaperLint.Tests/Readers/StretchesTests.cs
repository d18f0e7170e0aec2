using PaperLint.Core.Model;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Stretches of a paragraph (those whose words the consistency rules do not count, a block's spans of a kind) are put in
/// order and joined, and a range is looked up among them by a binary search: it must overlap one exactly when it
/// overlaps one of the stretches as they were found, in any order, overlapping, nested, touching or empty.
/// </summary>
public sealed class StretchesTests
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
            Stretches.Merge(merged);
            for (int i = 1; i < merged.Count; i++)
            {
                Assert.True(merged[i - 1].End <= merged[i].Start, $"paragraph {paragraph}: {merged[i - 1]} and {merged[i]} overlap");
            }

            for (int start = 0; start < length; start++)
            {
                for (int wordLength = 0; start + wordLength <= length && wordLength <= 12; wordLength++)
                {
                    bool expected = found.Any(r => start < r.End && start + wordLength > r.Start);
                    Assert.True(
                        expected == Stretches.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(merged), start, wordLength),
                        $"paragraph {paragraph}: the word at {start} of {wordLength} against [{string.Join(", ", found)}]");
                }
            }
        }
    }

    [Fact]
    public void A_paragraph_of_many_spans_answers_as_one_of_few()
    {
        // From 16 spans on, a block looks a range up among its spans of a kind in order and joined; below, at each span.
        var random = new Random(3);
        var kinds = Enum.GetValues<SpanKind>();
        for (int paragraph = 0; paragraph < 300; paragraph++)
        {
            var block = new Block(BlockKind.Paragraph, new string('x', 300));
            var spans = new List<InlineSpan>();
            for (int s = random.Next(0, 60); s > 0; s--)
            {
                var span = new InlineSpan(kinds[random.Next(kinds.Length)], random.Next(0, 300), random.Next(0, 20));
                spans.Add(span);
                block.AddSpan(span);
                if (random.Next(8) == 0)
                {
                    // Asked while the spans still grow: what is asked after the next span must see it.
                    Assert.Equal(spans.Any(x => x.Kind == span.Kind && x.Overlaps(span.Start, 1)), block.IsInSpan(span.Kind, span.Start, 1));
                }
            }

            for (int start = 0; start < 300; start += 3)
            {
                int length = random.Next(0, 15);
                bool nonProse = spans.Any(x => x.Kind is SpanKind.Code or SpanKind.Url or SpanKind.NonProse && x.Overlaps(start, length));
                Assert.True(nonProse == block.TouchesNonProse(start, length), $"paragraph {paragraph}, {spans.Count} spans: non-prose at {start} of {length}");
                foreach (var kind in kinds)
                {
                    Assert.True(spans.Any(x => x.Kind == kind && x.Overlaps(start, length)) == block.IsInSpan(kind, start, length), $"paragraph {paragraph}, {spans.Count} spans: {kind} at {start} of {length}");
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

        Stretches.Merge(stretches);

        Assert.Equal(leftOut, Stretches.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stretches), start, length));
    }
}
