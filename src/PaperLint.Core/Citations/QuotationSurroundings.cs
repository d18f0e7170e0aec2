using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// What attributing a quotation asks of the block it stands in (the citations around it, the note markers after it,
/// the next quotation, the links in its lead-in), indexed once per block. Each question then looks at the few
/// citations or markers near the quotation, not at all of the block's: a paragraph may hold thousands.
/// </summary>
/// <remarks>
/// A citation is always asked for in the order the block lists it (the first or the last that fits). The searches by
/// end assume that a citation ends where it starts or after; a block where one does not is searched in full.
/// </remarks>
internal sealed class QuotationSurroundings
{
    private readonly IReadOnlyList<Citation> _citations;
    private readonly bool _endsAfterStarts;
    private readonly int[] _byBracket;
    private readonly int[] _brackets;
    private readonly int[] _byEnd;
    private readonly int[] _ends;
    private readonly int[] _authorDateByEnd;
    private readonly int[] _authorDateEnds;
    private readonly int[] _latestAuthorDate;
    private readonly List<FootnoteRef> _markers;
    private readonly int[] _markerOffsets;
    private readonly int[] _quotationStarts;
    private readonly Ranges _links;

    /// <param name="block">The block.</param>
    /// <param name="citations">Its citations, in the order the block lists them.</param>
    /// <param name="markers">Its note markers.</param>
    /// <param name="quotations">The quotations needing a citation that begin in it.</param>
    public QuotationSurroundings(Block block, IReadOnlyList<Citation> citations, IReadOnlyList<FootnoteRef> markers, IReadOnlyList<Quotation> quotations)
    {
        // Made for every paragraph that holds a quotation, at every edit in an editor's server: sorted in arrays, not
        // through a pipeline of enumerators and delegates for each list.
        _citations = citations;
        int count = citations.Count;
        _endsAfterStarts = true;
        var byBracket = new long[count];
        var byEnd = new long[count];
        int authorDate = 0;
        for (int i = 0; i < count; i++)
        {
            var citation = citations[i];
            _endsAfterStarts &= citation.End >= citation.Start;
            byBracket[i] = SortKey(citation.BracketStart, i);
            byEnd[i] = SortKey(citation.End, i);
            authorDate += citation.IsAuthorDate ? 1 : 0;
        }

        // A key holds the place above the index, so that citations at one place keep the block's order.
        Array.Sort(byBracket);
        Array.Sort(byEnd);
        _byBracket = new int[count];
        _brackets = new int[count];
        _byEnd = new int[count];
        _ends = new int[count];
        _authorDateByEnd = new int[authorDate];
        _authorDateEnds = new int[authorDate];
        _latestAuthorDate = new int[authorDate];
        for (int k = 0, a = 0; k < count; k++)
        {
            (_brackets[k], _byBracket[k]) = FromKey(byBracket[k]);
            (_ends[k], _byEnd[k]) = FromKey(byEnd[k]);
            if (citations[_byEnd[k]].IsAuthorDate)
            {
                _authorDateByEnd[a] = _byEnd[k];
                _authorDateEnds[a] = _ends[k];
                _latestAuthorDate[a] = a == 0 ? _byEnd[k] : Math.Max(_latestAuthorDate[a - 1], _byEnd[k]);
                a++;
            }
        }

        _markers = [.. markers];
        if (!IsSortedByOffset(_markers))
        {
            _markers = [.. markers.OrderBy(m => m.Offset)];
        }

        _markerOffsets = new int[_markers.Count];
        for (int k = 0; k < _markers.Count; k++)
        {
            _markerOffsets[k] = _markers[k].Offset;
        }

        _quotationStarts = new int[quotations.Count];
        for (int k = 0; k < quotations.Count; k++)
        {
            _quotationStarts[k] = quotations[k].Start;
        }

        Array.Sort(_quotationStarts);
        _links = new Ranges(block.Spans.Where(s => s.Kind is SpanKind.Url or SpanKind.LinkText).Select(s => (s.Start, s.End)));
    }

    private static long SortKey(int place, int index) => ((long)place << 32) | (uint)index;

    private static (int Place, int Index) FromKey(long key) => ((int)(key >> 32), (int)(uint)key);

    private static bool IsSortedByOffset(List<FootnoteRef> markers)
    {
        for (int k = 1; k < markers.Count; k++)
        {
            if (markers[k].Offset < markers[k - 1].Offset)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first citation whose bracket opens between <paramref name="from"/> and <paramref name="to"/> (both included) and that starts before <paramref name="startsBefore"/>.</summary>
    public Citation? FirstBracketBetween(int from, int to, int startsBefore)
    {
        int first = int.MaxValue;
        for (int k = Ranges.FirstAtOrAfter(_brackets, from); k < _brackets.Length && _brackets[k] <= to; k++)
        {
            int i = _byBracket[k];
            if (i < first && _citations[i].Start < startsBefore)
            {
                first = i;
            }
        }

        return first == int.MaxValue ? null : _citations[first];
    }

    /// <summary>The last author-date citation that ends at <paramref name="end"/> or before.</summary>
    public Citation? LastAuthorDateEndingBy(int end)
    {
        int count = Ranges.FirstAtOrAfter(_authorDateEnds, end + 1);
        return count == 0 ? null : _citations[_latestAuthorDate[count - 1]];
    }

    /// <summary>The last author-date citation that starts at <paramref name="start"/> or after and ends at <paramref name="end"/> or before.</summary>
    public Citation? LastAuthorDateWithin(int start, int end)
    {
        if (!_endsAfterStarts)
        {
            return _citations.LastOrDefault(c => c.IsAuthorDate && c.Start >= start && c.End <= end);
        }

        // Such a citation ends between start and end.
        int last = -1;
        for (int k = Ranges.FirstAtOrAfter(_authorDateEnds, start); k < _authorDateEnds.Length && _authorDateEnds[k] <= end; k++)
        {
            int i = _authorDateByEnd[k];
            if (i > last && _citations[i].Start >= start)
            {
                last = i;
            }
        }

        return last < 0 ? null : _citations[last];
    }

    /// <summary>True when a citation starts at <paramref name="start"/> or after and ends at <paramref name="end"/> or before.</summary>
    public bool AnyWithin(int start, int end)
    {
        if (!_endsAfterStarts)
        {
            return _citations.Any(c => c.Start >= start && c.End <= end);
        }

        for (int k = Ranges.FirstAtOrAfter(_ends, start); k < _ends.Length && _ends[k] <= end; k++)
        {
            if (_citations[_byEnd[k]].Start >= start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The note marker at the lowest offset from <paramref name="from"/> on (of two at one offset, the first in the document).</summary>
    public FootnoteRef? FirstMarkerFrom(int from)
    {
        int k = Ranges.FirstAtOrAfter(_markerOffsets, from);
        return k < _markers.Count ? _markers[k] : null;
    }

    /// <summary>The note markers at offsets from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IEnumerable<FootnoteRef> MarkersBetween(int from, int to)
    {
        for (int k = Ranges.FirstAtOrAfter(_markerOffsets, from); k < _markers.Count && _markerOffsets[k] <= to; k++)
        {
            yield return _markers[k];
        }
    }

    /// <summary>Where the first quotation needing a citation that starts at <paramref name="from"/> or after starts, else <paramref name="otherwise"/>.</summary>
    public int NextQuotationFrom(int from, int otherwise)
    {
        int k = Ranges.FirstAtOrAfter(_quotationStarts, from);
        return k < _quotationStarts.Length ? _quotationStarts[k] : otherwise;
    }

    /// <summary>True when a link (a URL or a link's text) overlaps text[from..to].</summary>
    public bool LinksWithin(int from, int to) => _links.Overlap(from, to);
}
