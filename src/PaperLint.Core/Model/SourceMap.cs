namespace PaperLint.Core.Model;

/// <summary>
/// Maps offsets in a block's text back to offsets in the source file (text formats). Readers append
/// segments as they build the text; a segment says "these text characters came from these source
/// characters, one for one". A character the reader synthesised (a space for a line break) is mapped
/// to the source character it stands for.
/// </summary>
internal sealed class SourceMap
{
    // The segments in an array of their own, no list around it: every block of a long paper has a map, most of one or
    // two segments, and the map lives as long as the document.
    private (int TextStart, int SourceStart, int Length)[] _segments = [];
    private int _count;

    public static SourceMap Identity(int sourceStart, int length)
    {
        var map = new SourceMap();
        map.Add(0, sourceStart, length);
        return map;
    }

    /// <summary>Records that text[textStart..textStart+length] came from source[sourceStart..].</summary>
    public void Add(int textStart, int sourceStart, int length)
    {
        if (length <= 0)
        {
            // An empty block still has a place: the first empty segment anchors it.
            if (_count == 0 && length == 0)
            {
                Append((textStart, sourceStart, 0));
            }

            return;
        }

        if (_count > 0)
        {
            var last = _segments[_count - 1];
            if (textStart < last.TextStart + last.Length)
            {
                throw new ArgumentException("Segments must be added in text order without overlap.", nameof(textStart));
            }

            // Merge a segment that continues the previous one in both text and source.
            if (last.TextStart + last.Length == textStart && last.SourceStart + last.Length == sourceStart)
            {
                _segments[_count - 1] = (last.TextStart, last.SourceStart, last.Length + length);
                return;
            }
        }

        Append((textStart, sourceStart, length));
    }

    /// <summary>This map for the same text standing <paramref name="by"/> characters further on in the source.</summary>
    public SourceMap MovedBy(int by)
    {
        var moved = new SourceMap { _segments = new (int, int, int)[_count], _count = _count };
        for (int i = 0; i < _count; i++)
        {
            var (textStart, sourceStart, length) = _segments[i];
            moved._segments[i] = (textStart, sourceStart + by, length);
        }

        return moved;
    }

    /// <summary>The segments, in text order.</summary>
    public ReadOnlySpan<(int TextStart, int SourceStart, int Length)> Segments => _segments.AsSpan(0, _count);

    /// <summary>
    /// The length of the text the segments make where they follow one another from its start without a gap (every
    /// character of the text read from the source); -1 where they do not.
    /// </summary>
    public int TextLength
    {
        get
        {
            int end = 0;
            foreach (var (textStart, _, length) in Segments)
            {
                if (textStart != end)
                {
                    return -1;
                }

                end += length;
            }

            return end;
        }
    }

    public bool IsEmpty => _count == 0 || (_count == 1 && _segments[0].Length == 0);

    /// <summary>The source offset of the text character at <paramref name="textOffset"/>.</summary>
    public int ToSource(int textOffset)
    {
        if (_count == 0)
        {
            return 0;
        }

        int lo = 0, hi = _count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_segments[mid].TextStart <= textOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var seg = _segments[lo];
        if (textOffset < seg.TextStart)
        {
            return seg.SourceStart;
        }

        int delta = textOffset - seg.TextStart;

        // Past the end of a segment (a synthesised character, or the end of the text): the source
        // character right after the segment, which is what the synthesised character stands for.
        return delta < seg.Length ? seg.SourceStart + delta : seg.SourceStart + seg.Length;
    }

    /// <summary>
    /// The least and the greatest source offset <see cref="ToSource"/> gives for any text offset: the first source
    /// character of a segment, and the one right after the end of a segment.
    /// </summary>
    public (int Least, int Greatest) SourceBounds()
    {
        if (_count == 0)
        {
            return (0, 0);
        }

        int least = int.MaxValue, greatest = int.MinValue;
        for (int i = 0; i < _count; i++)
        {
            var seg = _segments[i];
            least = Math.Min(least, seg.SourceStart);
            greatest = Math.Max(greatest, seg.SourceStart + seg.Length);
        }

        return (least, greatest);
    }

    private void Append((int TextStart, int SourceStart, int Length) segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, Math.Max(1, _count * 2));
        }

        _segments[_count++] = segment;
    }

    /// <summary>The source range [start, end) covered by text[textStart..textStart+length].</summary>
    public (int Start, int End) ToSourceRange(int textStart, int length)
    {
        int start = ToSource(textStart);
        if (length <= 0)
        {
            return (start, start);
        }

        int last = ToSource(textStart + length - 1);
        return (start, Math.Max(start, last + 1));
    }
}
