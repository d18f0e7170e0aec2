using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// The quotations of a document under one definition (<see cref="QuotationFinder"/>), and the questions the
/// rules ask of them. A set-off passage is always a quotation; a stretch in quotation marks is one when it has
/// at least <c>quotations.minWords</c> words (shorter ones are terms and scare quotes, the author's own words),
/// and needs a citation unless it is a title.
/// </summary>
public sealed class QuotationIndex
{
    private readonly IReadOnlySet<Block> _passages;
    private readonly IReadOnlyDictionary<Block, IReadOnlyList<InlineQuotation>> _inline;
    private readonly IReadOnlyDictionary<Block, IReadOnlyList<InlineQuotation>> _continued;

    internal QuotationIndex(
        IReadOnlyList<Quotation> all,
        IReadOnlyList<Quotation> cited,
        IReadOnlySet<Block> passages,
        IReadOnlyDictionary<Block, IReadOnlyList<InlineQuotation>> inline,
        int minWords,
        IReadOnlyDictionary<Block, IReadOnlyList<InlineQuotation>>? continued = null)
    {
        All = all;
        _passages = passages;
        _inline = inline;
        _continued = continued ?? new Dictionary<Block, IReadOnlyList<InlineQuotation>>();
        MinWords = minWords;
        Cited = cited;
    }

    /// <summary>Every passage and every stretch in quotation marks outside the passages, in reading order.</summary>
    public IReadOnlyList<Quotation> All { get; }

    /// <summary>The quotations that need a citation: passages, and inline quotations of enough words that are not titles, in prose.</summary>
    public IReadOnlyList<Quotation> Cited { get; }

    /// <summary>From how many words on a stretch in quotation marks is a quotation.</summary>
    public int MinWords { get; }

    /// <summary>True when <paramref name="block"/> is (part of) a set-off quoted passage.</summary>
    public bool IsPassage(Block block) => _passages.Contains(block);

    /// <summary>The stretches in quotation marks in <paramref name="block"/>, of any length.</summary>
    public IReadOnlyList<InlineQuotation> InlineIn(Block block) => _inline.TryGetValue(block, out var list) ? list : [];

    /// <summary>
    /// True when text[start..start+length] of <paramref name="block"/> is in a quotation: a passage, or a stretch
    /// in quotation marks of at least <paramref name="minWords"/> words (0: any stretch in quotation marks).
    /// </summary>
    public bool Covers(Block block, int start, int length, int minWords)
    {
        if (IsPassage(block))
        {
            return true;
        }

        var inline = InlineIn(block);
        if (inline.Count >= IndexedFrom)
        {
            // A paragraph of many quotations (a long text on one line) is asked about at each match of every rule.
            var covered = _indexed.GetOrAdd((block, minWords), static (key, index) =>
            {
                var ranges = new List<(int Start, int End)>();
                index.AddCovered(key.Block, key.MinWords, ranges);
                Stretches.Merge(ranges);
                return [.. ranges];
            }, this);
            return Stretches.Overlaps(covered, start, length);
        }

        for (int i = 0; i < inline.Count; i++)
        {
            var q = inline[i];
            if (q.Words >= minWords && q.Overlaps(start, length))
            {
                return true;
            }
        }

        // The two pieces of a quotation that runs over a paragraph break (see QuotationFinder.Continued).
        if (_continued.TryGetValue(block, out var pieces))
        {
            for (int i = 0; i < pieces.Count; i++)
            {
                if (pieces[i].Words >= minWords && pieces[i].Overlaps(start, length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A paragraph with this many stretches in quotation marks or more is asked about through them in order and joined.
    private const int IndexedFrom = 16;

    // Those stretches by paragraph and least number of words, made on the first question (rules ask from their threads).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Block Block, int MinWords), (int Start, int End)[]> _indexed = new();

    /// <summary>
    /// Adds to <paramref name="ranges"/> the stretches of <paramref name="block"/> that <see cref="Covers(Block, int, int, int)"/>
    /// says a text overlapping them is in: the whole block for a passage, else its quotations of at least
    /// <paramref name="minWords"/> words. A rule that asks of every word of a block looks the block up once.
    /// </summary>
    internal void AddCovered(Block block, int minWords, List<(int Start, int End)> ranges)
    {
        if (IsPassage(block))
        {
            ranges.Add((int.MinValue, int.MaxValue));
            return;
        }

        AddCovered(InlineIn(block), minWords, ranges);
        if (_continued.TryGetValue(block, out var pieces))
        {
            AddCovered(pieces, minWords, ranges);
        }
    }

    private static void AddCovered(IReadOnlyList<InlineQuotation> quotations, int minWords, List<(int Start, int End)> ranges)
    {
        for (int i = 0; i < quotations.Count; i++)
        {
            if (quotations[i].Words >= minWords)
            {
                ranges.Add((quotations[i].Start, quotations[i].End));
            }
        }
    }

    /// <summary>True when the text is in a quotation in the configured sense (at least <see cref="MinWords"/> words).</summary>
    public bool Covers(Block block, int start, int length) => Covers(block, start, length, MinWords);
}
