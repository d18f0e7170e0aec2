using System.Buffers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Reads a long Markdown source in sections, each parsed alone, so that Markdig's tree of one section is let go before
/// the next is parsed: the tree of a whole long paper is several times its size, and it lived until the model was
/// built. A section reads alone exactly as it reads in the whole, because it is cut only where the whole parse starts
/// afresh:
/// <list type="bullet">
/// <item>after a blank line, before a line that is not indented (no list item, code or note continues over it), that
/// does not begin a list item (which would continue the list before it) and is not <c>---</c> (which opens front matter
/// at the start of a text);</item>
/// <item>never inside the front matter, nor inside a fenced code block or an HTML block that only its closing line
/// ends; and should the cut still leave such a block open at the section's end (a fence opened in a list item),
/// the section is read again, longer;</item>
/// <item>and only in a source whose reading does not depend on what other sections define: one with no link
/// reference definition, and whose note markers read the same whether their note is in the section or not. A
/// source that does is read whole.</item>
/// </list>
/// </summary>
internal sealed class MarkdownSections
{
    /// <summary>The length, in characters, past which a section ends at the next place where one may.</summary>
    public const int DefaultLength = 16 * 1024;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    private readonly string _source;
    private readonly Func<string, MarkdownDocument> _parse;
    private readonly int _length;

    // Where a section may begin, in order; empty when the source is read whole.
    private readonly List<int> _cuts;

    // The sections, once a first reading has found them; the tree, when the source is one section.
    private List<(int Start, int End)>? _sections;
    private MarkdownDocument? _whole;

    public MarkdownSections(string source, LiteralFootnoteLabels labels, Func<string, MarkdownDocument> parse, int length = DefaultLength)
    {
        _source = source;
        _parse = parse;
        _length = Math.Max(1, length);
        _cuts = source.Length > _length && ReadsAlone(source, labels) ? FindCuts(source) : [];
    }

    /// <summary>The sections as they were read (known once <see cref="Read"/> has gone through them).</summary>
    public IReadOnlyList<(int Start, int End)> Sections => _sections ?? [(0, _source.Length)];

    /// <summary>Each section's tree in source order, with the offset where the section begins. Each tree may be let go once the next is asked for.</summary>
    public IEnumerable<(MarkdownDocument Tree, int Shift)> Read()
    {
        if (_sections is not null)
        {
            if (_whole is not null)
            {
                yield return (_whole, 0);
                yield break;
            }

            foreach (var (start, end) in _sections)
            {
                yield return (Parse(start, end), start);
            }

            yield break;
        }

        var sections = new List<(int Start, int End)>();
        for (int start = 0; start < _source.Length || sections.Count == 0;)
        {
            int end = NextCut(start + _length);
            var tree = Parse(start, end);
            while (end < _source.Length && EndsOpen(tree))
            {
                // The cut left a block open that the whole reading continues: read on, twice as far each time, so that a
                // block open to the end costs no more than reading the rest twice.
                end = NextCut(start + (2 * (end - start)));
                tree = Parse(start, end);
            }

            sections.Add((start, end));
            if (start == 0 && end == _source.Length)
            {
                _whole = tree;
            }

            yield return (tree, start);
            start = end;
        }

        _sections = sections;
    }

    private MarkdownDocument Parse(int start, int end) =>
        _parse(start == 0 && end == _source.Length ? _source : _source[start..end]);

    /// <summary>The first place a section may begin at or after <paramref name="from"/>; the source's end when there is none.</summary>
    private int NextCut(int from)
    {
        int index = _cuts.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _cuts.Count ? _cuts[index] : _source.Length;
    }

    /// <summary>
    /// True when a source's sections read alone as they read in the whole: no link reference definition (<c>[x]: url</c>)
    /// that a link in another section would need, and every note marker <c>[^label]</c> one that reads the same whether
    /// its note is defined in its section or not. A marker whose note is defined is a link to it; one whose note is not
    /// is text. The two read the same unless the marker is part of a larger link: after <c>]</c> (<c>[*a*][^1]</c> is
    /// one link, its text as written), before <c>(</c> or <c>[</c>, or inside brackets.
    /// </summary>
    internal static bool ReadsAlone(string source, LiteralFootnoteLabels labels)
    {
        for (int colon = source.IndexOf("]:", StringComparison.Ordinal); colon >= 0; colon = source.IndexOf("]:", colon + 1, StringComparison.Ordinal))
        {
            if (MayDefineLink(source, labels, colon))
            {
                return false;
            }
        }

        for (int at = source.IndexOf("[^", StringComparison.Ordinal); at >= 0; at = source.IndexOf("[^", at + 1, StringComparison.Ordinal))
        {
            if (!labels.TryGet(at, out int end, out bool beforeColon))
            {
                // Written so that the index does not take it for a marker (escaped, a space in it): Markdig may.
                return false;
            }

            if (beforeColon)
            {
                continue;
            }

            // Even two markers side by side, [^a][^b], read as one link or two depending on which notes are defined.
            if ((at > 0 && source[at - 1] == ']') || (end < source.Length && source[end] is '(' or '[') || InsideBrackets(source, at))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True unless the <c>]:</c> at <paramref name="colon"/> cannot define a link: it ends a note's label, or its
    /// <c>[</c> stands inside a line (after text other than a container's marks), on the same line.
    /// </summary>
    private static bool MayDefineLink(string source, LiteralFootnoteLabels labels, int colon)
    {
        int open = source.LastIndexOf('[', colon);
        if (open >= 0 && labels.TryGet(open, out int end, out _) && end == colon + 1)
        {
            return false;
        }

        if (open < 0 || (open > 0 && source[open - 1] == '\\') || source.AsSpan(open, colon - open).ContainsAny('\n', '\r'))
        {
            return true;
        }

        int lineStart = source.AsSpan(0, open).LastIndexOfAny('\n', '\r') + 1;
        return ContainerMarks(source.AsSpan(lineStart, open - lineStart));
    }

    /// <summary>True when <paramref name="text"/> holds only what opens containers: spaces, <c>&gt;</c> and list markers.</summary>
    private static bool ContainerMarks(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart(" \t>");
            if (text.IsEmpty)
            {
                return true;
            }

            if (!IsListItem(text))
            {
                return false;
            }

            int marker = text.IndexOfAny(' ', '\t');
            if (marker < 0)
            {
                return false;
            }

            text = text[marker..];
        }
    }

    /// <summary>True when a <c>[</c> before <paramref name="at"/> in its paragraph is not closed before it.</summary>
    private static bool InsideBrackets(string source, int at)
    {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--)
        {
            char c = source[i];
            if (c == ']')
            {
                depth++;
            }
            else if (c == '[')
            {
                if (depth == 0)
                {
                    return true;
                }

                depth--;
            }
            else if (c == '\n' && i > 0 && IsBlankBefore(source, i))
            {
                // A blank line ends the paragraph.
                return false;
            }
        }

        return false;
    }

    // True when the line that ends at the line break at `lineBreak` is blank.
    private static bool IsBlankBefore(string source, int lineBreak)
    {
        for (int i = lineBreak - 1; i >= 0; i--)
        {
            char c = source[i];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The starts of the lines where a section may begin: after a blank line, not indented, not a list item, not
    /// <c>---</c>; outside the front matter, fenced code and the HTML blocks that a blank line does not end, as far as a
    /// look at the lines alone can tell (<see cref="EndsOpen"/> checks the rest).
    /// </summary>
    private static List<int> FindCuts(string source)
    {
        var cuts = new List<int>();
        bool previousBlank = false;
        int line = 0;
        HtmlBlockType? html = null;      // the HTML block the line is in, of a kind a blank line does not end
        char fence = '\0';               // the fence the line is in, and its length
        int fenceLength = 0;
        for (int start = 0; start < source.Length; line++)
        {
            int found = source.AsSpan(start).IndexOfAny(LineBreaks);
            int end = found < 0 ? source.Length : start + found;
            int next = end < source.Length && source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? end + 2 : end + 1;
            var text = source.AsSpan(start, end - start);
            bool blank = text.TrimStart(" \t").IsEmpty;

            if (line == 0 && IsFrontMatterFence(text))
            {
                // Front matter runs to its closing line, when it has one; no cut before that.
                int close = FrontMatterEnd(source, next);
                if (close > start)
                {
                    start = close;
                    previousBlank = false;
                    continue;
                }
            }

            if (fence != '\0')
            {
                if (ClosesFence(text, fence, fenceLength))
                {
                    fence = '\0';
                }
            }
            else if (html is { } kind)
            {
                if (EndsHtml(kind, text))
                {
                    html = null;
                }
            }
            else
            {
                if (previousBlank && !blank && text[0] is not (' ' or '\t') && !IsListItem(text) && !text.StartsWith("---"))
                {
                    cuts.Add(start);
                }

                if (!OpensFence(text, out fence, out fenceLength) && HtmlKind(text) is { } opened && !EndsHtml(opened, text))
                {
                    html = opened;
                }
            }

            previousBlank = blank && fence == '\0' && html is null;
            start = next;
        }

        return cuts;
    }

    private static bool IsFrontMatterFence(ReadOnlySpan<char> line) => line.StartsWith("---") && line[3..].TrimEnd(" \t").IsEmpty;

    /// <summary>Where the line after the front matter's closing <c>---</c> or <c>...</c> begins; -1 when there is none.</summary>
    private static int FrontMatterEnd(string source, int from)
    {
        for (int start = from; start < source.Length;)
        {
            int found = source.AsSpan(start).IndexOfAny(LineBreaks);
            int end = found < 0 ? source.Length : start + found;
            var text = source.AsSpan(start, end - start);
            if ((text.StartsWith("---") || text.StartsWith("...")) && text[3..].TrimEnd(" \t").IsEmpty)
            {
                return end < source.Length && source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? end + 2 : end + 1;
            }

            start = end + 1;
        }

        return -1;
    }

    /// <summary>
    /// A list item's marker and what follows it: <c>-</c>, <c>+</c>, <c>*</c>, or a number, a letter or a Roman number
    /// (Markdig's lettered and Roman lists) and <c>.</c> or <c>)</c>, then a space, a tab or the line's end.
    /// </summary>
    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        int i = 0;
        if (line[0] is '-' or '+' or '*')
        {
            i = 1;
        }
        else
        {
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            if (i == 0)
            {
                while (i < line.Length && (i == 0 ? char.IsAsciiLetter(line[i]) : "ivxlcdmIVXLCDM".Contains(line[i])))
                {
                    i++;
                }
            }

            if (i == 0 || i >= line.Length || line[i] is not ('.' or ')'))
            {
                return false;
            }

            i++;
        }

        return i == line.Length || line[i] is ' ' or '\t';
    }

    private static bool OpensFence(ReadOnlySpan<char> line, out char fence, out int length)
    {
        var text = line.TrimStart(' ');
        fence = '\0';
        length = 0;
        if (line.Length - text.Length > 3 || text.IsEmpty || text[0] is not ('`' or '~'))
        {
            return false;
        }

        int count = 0;
        while (count < text.Length && text[count] == text[0])
        {
            count++;
        }

        if (count < 3 || (text[0] == '`' && text[count..].Contains('`')))
        {
            return false;
        }

        fence = text[0];
        length = count;
        return true;
    }

    private static bool ClosesFence(ReadOnlySpan<char> line, char fence, int length)
    {
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3)
        {
            return false;
        }

        int count = 0;
        while (count < text.Length && text[count] == fence)
        {
            count++;
        }

        return count >= length && text[count..].TrimEnd(" \t").IsEmpty;
    }

    /// <summary>The kind of HTML block the line opens when it is one that a blank line does not end (CommonMark's kinds 1 to 5); null for any other line.</summary>
    private static HtmlBlockType? HtmlKind(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3 || text.Length < 2 || text[0] != '<')
        {
            return null;
        }

        if (text.StartsWith("<!--"))
        {
            return HtmlBlockType.Comment;
        }

        if (text.StartsWith("<?"))
        {
            return HtmlBlockType.ProcessingInstruction;
        }

        if (text.StartsWith("<![CDATA["))
        {
            return HtmlBlockType.CData;
        }

        if (text[1] == '!' && text.Length > 2 && char.IsAsciiLetter(text[2]))
        {
            return HtmlBlockType.DocumentType;
        }

        foreach (string tag in (ReadOnlySpan<string>)["script", "pre", "style", "textarea"])
        {
            if (text.Length > tag.Length && text[1..].StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (text.Length == tag.Length + 1 || text[tag.Length + 1] is ' ' or '\t' or '>'))
            {
                return HtmlBlockType.ScriptPreOrStyle;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="line"/> holds what ends an HTML block of <paramref name="kind"/> (CommonMark's end conditions).</summary>
    private static bool EndsHtml(HtmlBlockType kind, ReadOnlySpan<char> line) => kind switch
    {
        HtmlBlockType.Comment => line.Contains("-->", StringComparison.Ordinal),
        HtmlBlockType.ProcessingInstruction => line.Contains("?>", StringComparison.Ordinal),
        HtmlBlockType.CData => line.Contains("]]>", StringComparison.Ordinal),
        HtmlBlockType.DocumentType => line.Contains('>'),
        HtmlBlockType.ScriptPreOrStyle => line.Contains("</script>", StringComparison.OrdinalIgnoreCase) || line.Contains("</pre>", StringComparison.OrdinalIgnoreCase)
            || line.Contains("</style>", StringComparison.OrdinalIgnoreCase) || line.Contains("</textarea>", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    /// <summary>
    /// True when the tree's last block, or a block inside it at its end, is one that only its closing line ends and
    /// that the section's end closed instead: a fenced code block without its closing fence, an HTML block without
    /// what ends it. The whole reading would have gone on with it past the cut.
    /// </summary>
    internal static bool EndsOpen(MarkdownDocument tree)
    {
        Block? last = Last(tree);
        while (last is not null)
        {
            switch (last)
            {
                case FencedCodeBlock { ClosingFencedCharCount: 0 }:
                    return true;
                case HtmlBlock html when html.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock) && !HtmlClosed(html):
                    return true;
            }

            last = last is ContainerBlock container ? Last(container) : null;
        }

        return false;
    }

    // The child that begins last. Markdig moves the notes to the end of the tree, and takes those nothing refers to out
    // of it: each is found through its definition, where it was written.
    private static Block? Last(ContainerBlock container)
    {
        Block? last = null;
        void Consider(Block block)
        {
            if (last is null || block.Span.Start >= last.Span.Start)
            {
                last = block;
            }
        }

        for (int i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case FootnoteGroup:
                    break;
                case LinkReferenceDefinitionGroup definitions:
                    foreach (var definition in definitions)
                    {
                        if (definition is FootnoteLinkReferenceDefinition { Footnote: { } note })
                        {
                            Consider(note);
                        }
                    }

                    break;
                case var child:
                    Consider(child);
                    break;
            }
        }

        return last;
    }

    // An HTML block that only its end condition ends is closed when its last line holds that condition.
    private static bool HtmlClosed(HtmlBlock html) =>
        html.Lines.Count > 0 && EndsHtml(html.Type, html.Lines.Lines[html.Lines.Count - 1].Slice.AsSpan());
}
