using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Builds the plain text of one prose block from Markdig's inlines: markup stripped, every text character
/// paired with the source offset it came from, spans for emphasis, links and superscript, one placeholder
/// for each non-prose inline, and the note markers met on the way.
/// </summary>
internal sealed class ProseBuilder
{
    private readonly string _source;
    private readonly int _shift;
    private readonly LiteralFootnoteLabels _literalLabels;
    private readonly int _limit;
    private readonly StringBuilder _text;
    private readonly List<int> _offsets;
    private readonly List<InlineSpan> _spans = [];
    private readonly List<PendingMarker> _markers = [];
    private readonly Stack<(int TextStart, int SourceStart)> _openSups = new();
    private int _skipUntil = -1;

    /// <param name="source">The whole document's source.</param>
    /// <param name="shift">What to add to Markdig's positions to get offsets in <paramref name="source"/> (non-zero when a piece of it was parsed alone).</param>
    /// <param name="literalLabels">The <c>[^label]</c> markers written in the source.</param>
    /// <param name="limit">Source offset from which text belongs to something else and is left out.</param>
    /// <param name="capacity">The length of the block's source, which its text rarely exceeds: room made for it at once,
    /// not by doubling (each doubling left the smaller copy to the collector).</param>
    /// <param name="reuse">Buffers a builder that is done with has left, emptied and used here instead of new ones (see <see cref="Buffers"/>).</param>
    public ProseBuilder(string source, int shift, LiteralFootnoteLabels literalLabels, int limit = int.MaxValue, int capacity = 16, Buffers? reuse = null)
    {
        if (reuse is null)
        {
            _text = new StringBuilder(Math.Max(16, capacity));
            _offsets = new List<int>(Math.Max(16, capacity));
        }
        else
        {
            _text = reuse.Text.Clear();
            _text.EnsureCapacity(capacity);
            _offsets = reuse.Offsets;
            _offsets.Clear();
            _offsets.EnsureCapacity(capacity);
        }

        _source = source;
        _shift = shift;
        _literalLabels = literalLabels;
        _limit = limit;
    }

    public string Text => _text.ToString();

    /// <summary>
    /// A builder's text and its source offsets, kept from one block to the next by a reader that builds one block at a
    /// time. The block's text and map are copied out of them, so once a block is added its builder's buffers can serve
    /// the next: a new pair for every block cost six bytes of fresh, zeroed memory per character of the document.
    /// </summary>
    internal sealed class Buffers
    {
        public StringBuilder Text { get; } = new();

        public List<int> Offsets { get; } = [];
    }

    public IReadOnlyList<InlineSpan> Spans => _spans;

    public IReadOnlyList<PendingMarker> Markers => _markers;

    public bool IsEmpty => _text.Length == 0 && _markers.Count == 0;

    /// <summary>The images met, each with what to add to its positions to get offsets in the source; null when none.</summary>
    public List<(LinkInline Image, int Shift)>? Images { get; private set; }

    public void Append(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            Visit(inline);
        }
    }

    public SourceMap BuildMap()
    {
        var map = new SourceMap();
        // One segment for each run of characters that come one after another in the source, as the map would merge them.
        ReadOnlySpan<int> offsets = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_offsets);
        for (int start = 0; start < offsets.Length;)
        {
            int end = start + RunLength(offsets[start..]);
            map.Add(start, offsets[start], end - start);
            start = end;
        }

        return map;
    }

    /// <summary>
    /// How many of <paramref name="offsets"/>, from the first, follow one another in the source: most of a block is one
    /// run (text as written), so the neighbours are compared a vector at a time.
    /// </summary>
    internal static int RunLength(ReadOnlySpan<int> offsets)
    {
        int i = 1;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var one = System.Numerics.Vector<int>.One;
            while (i + System.Numerics.Vector<int>.Count <= offsets.Length
                && System.Numerics.Vector.EqualsAll(new System.Numerics.Vector<int>(offsets[i..]), new System.Numerics.Vector<int>(offsets[(i - 1)..]) + one))
            {
                i += System.Numerics.Vector<int>.Count;
            }
        }

        while (i < offsets.Length && offsets[i] == offsets[i - 1] + 1)
        {
            i++;
        }

        return Math.Min(i, offsets.Length);
    }

    /// <summary>The source offset of the text character at <paramref name="textOffset"/>.</summary>
    public int SourceOffsetAt(int textOffset) => _offsets[textOffset];

    /// <summary>Drops white space at the end, left when the text was cut at <c>limit</c>.</summary>
    public void TrimEnd()
    {
        int length = _text.Length;
        while (length > 0 && char.IsWhiteSpace(_text[length - 1]))
        {
            length--;
        }

        if (length == _text.Length)
        {
            return;
        }

        _text.Length = length;
        _offsets.RemoveRange(length, _offsets.Count - length);
        for (int i = _spans.Count - 1; i >= 0; i--)
        {
            var span = _spans[i];
            if (span.Start >= length)
            {
                _spans.RemoveAt(i);
            }
            else if (span.End > length)
            {
                _spans[i] = span with { Length = length - span.Start };
            }
        }
    }

    /// <summary>
    /// Moves the text from <paramref name="textOffset"/> on, with its spans and markers, into a builder of its
    /// own (a note written inside a paragraph, from its marker on); this builder keeps what comes before.
    /// </summary>
    public ProseBuilder TakeFrom(int textOffset)
    {
        var rest = new ProseBuilder(_source, _shift, _literalLabels, _limit);
        rest._text.Append(_text, textOffset, _text.Length - textOffset);
        rest._offsets.AddRange(_offsets.Skip(textOffset));
        for (int i = 0; i < _spans.Count; i++)
        {
            var span = _spans[i];
            if (span.End > textOffset)
            {
                int start = Math.Max(span.Start, textOffset);
                rest._spans.Add(new InlineSpan(span.Kind, start - textOffset, span.End - start));
            }
        }

        _spans.RemoveAll(span => span.Start >= textOffset);
        for (int i = 0; i < _spans.Count; i++)
        {
            if (_spans[i].End > textOffset)
            {
                _spans[i] = _spans[i] with { Length = textOffset - _spans[i].Start };
            }
        }

        int firstMoved = _markers.FindIndex(marker => marker.Offset >= textOffset);
        if (firstMoved >= 0)
        {
            rest._markers.AddRange(_markers.Skip(firstMoved).Select(marker => marker with { Offset = marker.Offset - textOffset }));
            _markers.RemoveRange(firstMoved, _markers.Count - firstMoved);
        }

        _text.Length = textOffset;
        _offsets.RemoveRange(textOffset, _offsets.Count - textOffset);
        return rest;
    }

    /// <summary>Forgets a marker that turned out to be a note's label rather than a reference to it.</summary>
    public void RemoveMarker(PendingMarker marker) => _markers.RemoveAll(m => m.SourceStart == marker.SourceStart && m.Style == marker.Style);

    /// <summary>Drops the first <paramref name="count"/> characters (a note body's marker), moving spans and markers with the text.</summary>
    public void RemovePrefix(int count)
    {
        _text.Remove(0, count);
        _offsets.RemoveRange(0, count);
        for (int i = _spans.Count - 1; i >= 0; i--)
        {
            var span = _spans[i];
            int start = Math.Max(0, span.Start - count);
            int end = span.End - count;
            if (end <= start)
            {
                _spans.RemoveAt(i);
            }
            else
            {
                _spans[i] = new InlineSpan(span.Kind, start, end - start);
            }
        }

        for (int i = _markers.Count - 1; i >= 0; i--)
        {
            var marker = _markers[i];
            if (marker.Length > 0 && marker.Offset + marker.Length <= count)
            {
                // The typed number that made this paragraph a note body is its label, not a reference.
                _markers.RemoveAt(i);
            }
            else
            {
                _markers[i] = marker with { Offset = Math.Max(0, marker.Offset - count) };
            }
        }
    }

    private void Visit(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendLiteral(literal);
                break;
            case FootnoteLink link:
                if (!link.IsBackLink)
                {
                    AppendNoteLink(link.Span.Start + _shift, link.Span.End + 1 + _shift);
                }

                break;
            case LinkInline link when link.Label is ['^', ..]:
                // A note Markdig took for a link reference definition (one indented inside the note before it):
                // the link is the note's marker.
                AppendNoteLink(link.Span.Start + _shift, link.Span.End + 1 + _shift);
                break;
            case CodeInline code:
                AppendPlaceholder(SpanKind.Code, code.Span.Start);
                break;
            case AutolinkInline autolink:
                AppendPlaceholder(SpanKind.Url, autolink.Span.Start);
                break;
            case LinkInline { IsImage: true } image:
                AppendPlaceholder(SpanKind.NonProse, image.Span.Start);
                if (image.Span.Start + _shift < _limit)
                {
                    (Images ??= []).Add((image, _shift));
                }

                break;
            case LinkInline { IsAutoLink: true } bareUrl:
                AppendPlaceholder(SpanKind.Url, bareUrl.Span.Start);
                break;
            case LinkInline link:
                AppendWithSpan(SpanKind.LinkText, link);
                break;
            case EmphasisInline emphasis:
                AppendEmphasis(emphasis);
                break;
            case HtmlEntityInline entity:
                AppendEntity(entity);
                break;
            case LineBreakInline lineBreak:
                // The space stands for the line break; a hard break written as a backslash maps to the break after it.
                int at = lineBreak.Span.Start;
                Emit(' ', at >= 0 && at + _shift < _source.Length && _source[at + _shift] == '\\' ? at + 1 : at);
                break;
            case HtmlInline html:
                AppendHtml(html);
                break;
            case ContainerInline container:
                Append(container);
                break;
            default:
                AppendPlaceholder(SpanKind.NonProse, inline.Span.Start);
                break;
        }
    }

    private void AppendWithSpan(SpanKind kind, ContainerInline container)
    {
        int start = _text.Length;
        Append(container);
        AddSpan(kind, start);
    }

    private void AppendEmphasis(EmphasisInline emphasis)
    {
        SpanKind? kind = emphasis.DelimiterChar switch
        {
            '*' or '_' => emphasis.DelimiterCount >= 2 ? SpanKind.Strong : SpanKind.Emphasis,
            '^' when emphasis.DelimiterCount == 1 => SpanKind.Superscript,
            _ => null,
        };

        int start = _text.Length;
        Append(emphasis);
        if (kind is not { } spanKind)
        {
            return;
        }

        AddSpan(spanKind, start);
        if (spanKind == SpanKind.Superscript)
        {
            int sourceStart = emphasis.Span.Start + _shift;
            int sourceEnd = emphasis.Span.End + 1 + _shift;
            AddDigitsMarker(MarkerStyle.CaretSup, start, sourceStart, sourceEnd);
        }
    }

    private void AppendHtml(HtmlInline html)
    {
        string tag = html.Tag ?? "";
        if (IsSupTag(tag, closing: false))
        {
            _openSups.Push((_text.Length, html.Span.Start + _shift));
            return;
        }

        if (IsSupTag(tag, closing: true) && _openSups.Count > 0)
        {
            var (start, sourceStart) = _openSups.Pop();
            AddSpan(SpanKind.Superscript, start);
            AddDigitsMarker(MarkerStyle.HtmlSup, start, sourceStart, html.Span.End + 1 + _shift);
            return;
        }

        AppendPlaceholder(SpanKind.NonProse, html.Span.Start);
    }

    private static bool IsSupTag(string tag, bool closing)
    {
        string name = closing ? "</sup" : "<sup";
        if (!tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) || tag.Length <= name.Length)
        {
            return false;
        }

        char next = tag[name.Length];
        return next == '>' || char.IsWhiteSpace(next) || (!closing && next == '/');
    }

    /// <summary>A superscript whose whole text is digits is a note number typed by hand (whether it is an exponent is decided once the text is complete).</summary>
    private void AddDigitsMarker(MarkerStyle style, int start, int sourceStart, int sourceEnd)
    {
        int length = _text.Length - start;
        if (length == 0 || length > 9)
        {
            return;
        }

        for (int i = start; i < _text.Length; i++)
        {
            if (!char.IsAsciiDigit(_text[i]))
            {
                return;
            }
        }

        string digits = _text.ToString(start, length);
        _markers.Add(new PendingMarker(style, start, length, digits, sourceStart, sourceEnd, _source[sourceStart..sourceEnd]));
    }

    private void AppendEntity(HtmlEntityInline entity)
    {
        var transcoded = entity.Transcoded;
        for (int i = transcoded.Start; i <= transcoded.End; i++)
        {
            Emit(transcoded.Text[i], entity.Span.Start);
        }
    }

    /// <summary>
    /// Emits a literal's characters, pairing each with its source character: the literal's content can be
    /// shorter than its span (escapes, trimmed cell padding), so the source is walked alongside it.
    /// </summary>
    private void AppendLiteral(LiteralInline literal)
    {
        var content = literal.Content;
        if (content.IsEmpty)
        {
            return;
        }

        int pos = literal.Span.Start + _shift;
        int end = literal.Span.End + _shift;
        if (literal.Span.IsEmpty || pos < 0)
        {
            // A literal Markdig made up without a place: give it the place of the text before it.
            int fallback = _offsets.Count > 0 ? _offsets[^1] : 0;
            for (int i = content.Start; i <= content.End; i++)
            {
                EmitAt(content.Text[i], fallback);
            }

            return;
        }

        var text = content.Text.AsSpan(content.Start, content.Length);
        if (pos >= _skipUntil && pos + text.Length <= _limit && end - pos + 1 == text.Length && end < _source.Length
            && !text.ContainsAny('[', '\\') && _source.AsSpan(pos, text.Length).SequenceEqual(text))
        {
            // Text as written, the common case: each character is the source's at the same place, which the search below
            // would find one at a time. Without a bracket there is no marker left as text; without a backslash, no escape.
            _text.Append(text);
            int at = _offsets.Count;
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(_offsets, at + text.Length);
            var offsets = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_offsets)[at..];
            for (int i = 0; i < offsets.Length; i++)
            {
                offsets[i] = pos + i;
            }

            return;
        }

        for (int i = content.Start; i <= content.End; i++)
        {
            char c = content.Text[i];
            EmitAt(c, FindInSource(c, ref pos, end));
        }
    }

    private int FindInSource(char c, ref int pos, int end)
    {
        for (int p = pos; p <= end && p < _source.Length; p++)
        {
            char s = _source[p];
            if (s == '\\' && p + 1 <= end && p + 1 < _source.Length && _source[p + 1] == c && CharHelper.IsAsciiPunctuation(c))
            {
                pos = p + 2;
                return p + 1;
            }

            if (s == c)
            {
                pos = p + 1;
                return p;
            }

            if (!char.IsWhiteSpace(s) && s != '\\')
            {
                // A character Markdig replaced (such as NUL): pair one for one.
                pos = p + 1;
                return p;
            }
        }

        return Math.Min(pos, Math.Max(0, end));
    }

    private void AppendPlaceholder(SpanKind kind, int markdigStart)
    {
        int start = _text.Length;
        EmitAt(Block.Placeholder, Math.Max(0, markdigStart + _shift));
        _spans.Add(new InlineSpan(kind, start, 1));
    }

    private void Emit(char c, int markdigOffset) => EmitAt(c, Math.Max(0, markdigOffset + _shift));

    private void EmitAt(char c, int sourceOffset)
    {
        if (sourceOffset < _skipUntil || sourceOffset >= _limit)
        {
            return;
        }

        if (c == '[' && _literalLabels.TryGet(sourceOffset, out int end, out bool beforeColon) && !(beforeColon && _text.Length == 0))
        {
            // A marker Markdig left as text (its label is never defined): record it, and keep it out of the text.
            AddLabelMarker(sourceOffset, end);
            _skipUntil = end;
            return;
        }

        _text.Append(c);
        _offsets.Add(sourceOffset);
    }

    /// <summary>
    /// A link Markdig resolved through a note's definition. Its span is one <c>[^label]</c> as a rule, but Markdig
    /// also reads <c>[^a][^b]</c>, <c>[text][^b]</c> and <c>![^b]</c> as one link to note b: there each
    /// <c>[^label]</c> in the span is a marker of its own, and the rest is text as written.
    /// </summary>
    private void AppendNoteLink(int sourceStart, int sourceEnd)
    {
        bool single = _literalLabels.TryGet(sourceStart, out int end, out _) && end == sourceEnd;
        if (single || !ContainsLabel(sourceStart, sourceEnd))
        {
            // One marker, or one whose label the source index does not know (an empty one, "[^]").
            AddLabelMarker(sourceStart, sourceEnd);
            return;
        }

        for (int p = sourceStart; p < sourceEnd && p < _source.Length; p++)
        {
            if (_literalLabels.TryGet(p, out int labelEnd, out _) && labelEnd <= sourceEnd)
            {
                AddLabelMarker(p, labelEnd);
                p = labelEnd - 1;
            }
            else if (_source[p] == '\\' && p + 1 < sourceEnd && CharHelper.IsAsciiPunctuation(_source[p + 1]))
            {
                EmitAt(_source[p + 1], p + 1);
                p++;
            }
            else if (_source[p] is '\n' or '\r')
            {
                // A line break inside the link's text joins its words like any soft break.
                if (_source[p] == '\n')
                {
                    EmitAt(' ', p);
                }
            }
            else
            {
                EmitAt(_source[p], p);
            }
        }
    }

    private bool ContainsLabel(int sourceStart, int sourceEnd)
    {
        for (int p = sourceStart; p < sourceEnd; p++)
        {
            if (_literalLabels.TryGet(p, out int end, out _) && end <= sourceEnd)
            {
                return true;
            }
        }

        return false;
    }

    private void AddLabelMarker(int sourceStart, int sourceEnd)
    {
        if (sourceStart >= _limit)
        {
            return;
        }

        string display = _source[sourceStart..sourceEnd];
        string label = display[2..^1];
        _markers.Add(new PendingMarker(MarkerStyle.MarkdownLabel, _text.Length, 0, label, sourceStart, sourceEnd, display));
    }

    private void AddSpan(SpanKind kind, int start)
    {
        if (_text.Length > start)
        {
            _spans.Add(new InlineSpan(kind, start, _text.Length - start));
        }
    }
}
