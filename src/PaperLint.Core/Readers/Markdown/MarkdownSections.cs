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
/// <item>with what the other sections define after its text. A link may use a definition anywhere (<c>[x]: url</c>),
/// and a note marker reads as a link when its note is defined, which beside brackets reads differently from text. A
/// section is parsed with a stand-in definition of each note it refers to that another section defines as written
/// (<see cref="StandIns"/>), and of each link definition another section holds as written, found in the text before
/// any reading (<see cref="LinkDefinitions"/>). A source whose sections' trees then define other labels than were
/// found, or whose markers do not read as in the whole, is read whole (<see cref="Exact"/>).</item>
/// </list>
/// </summary>
internal sealed class MarkdownSections
{
    /// <summary>The length, in characters, past which a section ends at the next place where one may.</summary>
    public const int DefaultLength = 16 * 1024;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    // How Markdig compares labels: a marker reads as a link to a note whose label this finds equal to its own.
    private static readonly IEqualityComparer<string> Labels = new LinkReferenceDefinitionGroup().Links.Comparer;

    private readonly string _source;
    private readonly Func<string, MarkdownDocument> _parse;
    private readonly int _length;
    private readonly LiteralFootnoteLabels _labels;

    // The definitions of notes the source writes ("[^label]:" after nothing on its line but spaces or a container's marks),
    // in order, each with what the whole reads it as (Written); and the labels its sections' trees define, each with the
    // kind of its first definition, which a marker links to in the whole: a note, or a link definition (Markdig reads
    // "[^2]: y" as one inside a list or a note).
    private readonly Dictionary<string, List<(int At, Kind Kind)>> _written = new(Labels);
    private readonly Dictionary<string, bool> _defined = new(Labels);

    // Each section's markers, and what its own tree links each to (its definitions first, then the stand-ins, which are
    // notes): checked against the whole once every section is read.
    private readonly List<(List<string> Referenced, Dictionary<string, bool> Resolved)> _resolutions = [];

    // Where a section may begin, in order; empty when the source is read whole.
    private readonly List<int> _cuts;

    // The link definitions the source holds as written: where each one's '[' stands, and its label as written.
    private readonly List<(int Open, string Label)> _links = [];

    // The sections, once a first reading has found them, each with what stood before and after its text then (the
    // stand-ins): a section read again reads as it did. The tree, when the source is one section.
    private List<(int Start, int End, string Prefix, string Tail)>? _sections;
    private MarkdownDocument? _whole;

    public MarkdownSections(string source, LiteralFootnoteLabels labels, Func<string, MarkdownDocument> parse, int length = DefaultLength)
    {
        _source = source;
        _parse = parse;
        _length = Math.Max(1, length);
        _labels = labels;
        var links = source.Length > _length ? LinkDefinitions(source, labels) : null;
        _cuts = links is not null && NotesReadAlone(source, labels) ? FindCuts(source) : [];
        if (_cuts.Count > 0)
        {
            _links = links!;
            FindWritten();
        }
    }

    /// <summary>What a note's definition as written is in the whole reading.</summary>
    private enum Kind : byte
    {
        /// <summary>No definition: inside a paragraph, say.</summary>
        None,

        /// <summary>A note.</summary>
        Note,

        /// <summary>A link definition, as Markdig reads <c>[^2]: y</c> inside a list item or indented inside a note.</summary>
        Link,
    }

    /// <summary>
    /// Finds the definitions of notes written in the source (<see cref="_written"/>). One that opens its line is taken for
    /// a note (<see cref="Exact"/> checks it). One after spaces or a container's marks may be a link definition inside the
    /// note or list before it: the stretch between the cuts around it, where the whole reading starts afresh, is parsed
    /// alone and tells which it is, as it reads in the whole.
    /// </summary>
    private void FindWritten()
    {
        var found = new List<(int At, string Label, Kind Kind)>();
        var unsure = new List<int>();
        foreach (var (start, end, beforeColon) in _labels.Between(0, _source.Length))
        {
            if (!beforeColon)
            {
                continue;
            }

            int lineStart = _source.AsSpan(0, start).LastIndexOfAny('\n', '\r') + 1;
            if (ContainerMarks(_source.AsSpan(lineStart, start - lineStart)))
            {
                if (start > lineStart)
                {
                    unsure.Add(found.Count);
                }

                found.Add((start, _source[(start + 2)..(end - 1)], start == lineStart ? Kind.Note : Kind.None));
            }
        }

        for (int i = 0; i < unsure.Count;)
        {
            int at = found[unsure[i]].At;
            int from = LastCut(at);
            int to = NextCut(at + 1);
            var kinds = new Dictionary<int, Kind>();
            foreach (var block in _parse(_source[from..to]))
            {
                if (block is LinkReferenceDefinitionGroup definitions)
                {
                    foreach (var definition in definitions)
                    {
                        if (definition is LinkReferenceDefinition { Label: ['^', ..] })
                        {
                            kinds[definition.Span.Start + from] = definition is FootnoteLinkReferenceDefinition ? Kind.Note : Kind.Link;
                        }
                    }
                }
            }

            for (; i < unsure.Count && found[unsure[i]].At < to; i++)
            {
                found[unsure[i]] = found[unsure[i]] with { Kind = kinds.GetValueOrDefault(found[unsure[i]].At) };
            }
        }

        foreach (var (at, label, kind) in found)
        {
            if (!_written.TryGetValue(label, out var list))
            {
                _written[label] = list = [];
            }

            list.Add((at, kind));
        }
    }

    /// <summary>The last place a section may begin at or before <paramref name="at"/>; the source's start when there is none.</summary>
    private int LastCut(int at)
    {
        int index = _cuts.BinarySearch(at);
        return index >= 0 ? _cuts[index] : ~index > 0 ? _cuts[~index - 1] : 0;
    }

    /// <summary>
    /// Once <see cref="Read"/> has gone through the sections: true when every note marker read as its section read it
    /// reads as the whole would read it (a link to a note the whole defines, or text). False means the source must be
    /// read whole (<see cref="Whole"/>): a note written <c>[^label]:</c> that Markdig did not take for one, say.
    /// </summary>
    public bool Exact { get; private set; } = true;

    /// <summary>The source read as one section.</summary>
    public static MarkdownSections Whole(string source, LiteralFootnoteLabels labels, Func<string, MarkdownDocument> parse) =>
        new(source, labels, parse, int.MaxValue);

    /// <summary>The sections as they were read (known once <see cref="Read"/> has gone through them).</summary>
    public IReadOnlyList<(int Start, int End)> Sections => _sections?.ConvertAll(section => (section.Start, section.End)) ?? [(0, _source.Length)];

    /// <summary>
    /// Each section's tree in source order: what it holds from <c>From</c> to <c>Length</c> is the section's, which begins
    /// in the source at <c>Shift</c> + <c>From</c>; what stands before and after is no part of the source (<see
    /// cref="StandIns"/>). Each tree may be let go once the next is asked for.
    /// </summary>
    public IEnumerable<(MarkdownDocument Tree, int Shift, int From, int Length)> Read()
    {
        if (_sections is not null)
        {
            if (_whole is not null)
            {
                yield return (_whole, 0, 0, _source.Length);
                yield break;
            }

            foreach (var (start, end, prefix, tail) in _sections)
            {
                yield return (_parse(string.Concat(prefix, _source.AsSpan(start, end - start), tail)), start - prefix.Length, prefix.Length, prefix.Length + end - start);
            }

            yield break;
        }

        var sections = new List<(int Start, int End, string Prefix, string Tail)>();
        for (int start = 0; start < _source.Length || sections.Count == 0;)
        {
            int end = NextCut(start + _length);
            var tree = Parse(start, end, out var read);
            while (end < _source.Length && EndsOpen(tree, read.Prefix.Length + end - start))
            {
                // The cut left a block open that the whole reading continues: read on, twice as far each time, so that a
                // block open to the end costs no more than reading the rest twice.
                end = NextCut(start + (2 * (end - start)));
                tree = Parse(start, end, out read);
            }

            sections.Add((start, end, read.Prefix, read.Tail));
            if (start == 0 && end == _source.Length)
            {
                _whole = tree;
            }
            else
            {
                Record(tree, start, end, read);
            }

            yield return (tree, start - read.Prefix.Length, read.Prefix.Length, read.Prefix.Length + end - start);
            start = end;
        }

        _sections = sections;
        Exact &= _resolutions.TrueForAll(section => section.Referenced.TrueForAll(label => ReadsAsInWhole(label, section.Resolved)));
    }

    /// <summary>What a section was parsed with: the text before and after its own, and the definitions each holds.</summary>
    private sealed record StandInsRead(string Prefix, string Tail, List<(string Label, bool Note)> Before, List<(string Label, bool Note)> After, int Links);

    private MarkdownDocument Parse(int start, int end, out StandInsRead read)
    {
        if (start == 0 && end == _source.Length)
        {
            read = new StandInsRead("", "", [], [], 0);
            return _parse(_source);
        }

        var (prefix, tail, before, after) = StandIns(start, end);
        read = new StandInsRead(prefix, tail + LinkStandIns(start, end, out int links), before, after, links);
        // One copy of the section, its stand-ins around it (not a copy of the section first, then one with them).
        return _parse(string.Concat(prefix, _source.AsSpan(start, end - start), read.Tail));
    }

    /// <summary>
    /// What follows a section's text (and its notes' stand-ins) when it is parsed: a stand-in of each label that other
    /// sections define for links and this one does not, as first written, to a place of no meaning. Whether a link reads
    /// as a link depends on whether its label is defined; which of its definitions it takes (the whole takes the first, a
    /// section its own) and where it leads are never read.
    /// </summary>
    private string LinkStandIns(int start, int end, out int count)
    {
        count = 0;
        if (_links.Count == 0)
        {
            return "";
        }

        var own = new HashSet<string>(Labels);
        foreach (var (open, label) in _links)
        {
            if (open >= start && open < end)
            {
                own.Add(LabelKey(label));
            }
        }

        System.Text.StringBuilder? text = null;
        foreach (var (_, label) in _links)
        {
            if (own.Add(LabelKey(label)))
            {
                (text ??= new()).Append("\n\n[").Append(label).Append("]: x");
                count++;
            }
        }

        return text?.Append('\n').ToString() ?? "";
    }

    /// <summary>
    /// What stands before and after a section's text when it is parsed: a stand-in definition of each note the section's
    /// markers refer to that another section defines, of the kind the whole links them to (a note, <c>[^label]: x</c>, or a
    /// link definition, <c>- [^label]: x</c>). A marker whose note is defined reads as a link, one whose note is not as
    /// text, and beside brackets the two read differently (<c>[^a][^b]</c> is one link when both notes are defined); with
    /// the stand-ins each marker reads as in the whole. The whole links a marker to the first definition of its label:
    /// one before this section, when there is one, which its tree has told, and whose stand-in goes before the section's
    /// text when the section writes one of its own too (which would come first in its tree otherwise); else the first
    /// written after the section, as the text tells (<see cref="FindWritten"/>), after its text. <see cref="Exact"/>
    /// checks it.
    /// </summary>
    private (string Prefix, string Tail, List<(string Label, bool Note)> Before, List<(string Label, bool Note)> After) StandIns(int start, int end)
    {
        List<(string Label, bool Note)> before = [], after = [];
        System.Text.StringBuilder? prefix = null, tail = null;
        var added = new HashSet<string>(Labels);
        foreach (var (at, labelEnd, _) in _labels.Between(start, end))
        {
            string label = _source[(at + 2)..(labelEnd - 1)];
            if (!added.Add(label))
            {
                continue;
            }

            _written.TryGetValue(label, out var written);
            if (_defined.TryGetValue(label, out bool note))
            {
                if (written is not null && written.Exists(w => w.At >= start && w.At < end && w.Kind != Kind.None))
                {
                    before.Add((label, note));
                    (prefix ??= new()).Append(note ? "[^" : "- [^").Append(label).Append("]: x\n\n");
                    continue;
                }
            }
            else if (written?.Find(w => w.At >= end && w.Kind != Kind.None) is { Kind: not Kind.None } later)
            {
                note = later.Kind == Kind.Note;
            }
            else
            {
                continue;
            }

            after.Add((label, note));
            // A link definition is read as one inside a list item; the break before it closes what the section left open.
            (tail ??= new()).Append(note ? "\n\n[^" : "\n\n***\n\n- [^").Append(label).Append("]: x");
        }

        return (prefix?.ToString() ?? "", tail?.Append('\n').ToString() ?? "", before, after);
    }

    /// <summary>Records which notes a section's tree defines and what it links its markers to, for <see cref="Exact"/>.</summary>
    private void Record(MarkdownDocument tree, int start, int end, StandInsRead read)
    {
        int from = read.Prefix.Length;
        int length = from + end - start;
        var resolved = new Dictionary<string, bool>(Labels);
        // The stand-ins before the section's text come first in its tree, as the definitions they stand for in the whole.
        foreach (var (label, note) in read.Before)
        {
            resolved.TryAdd(label, note);
        }

        int before = 0;
        int standing = 0;
        int standingNotes = 0;
        int standingLinks = 0;
        var ownLinks = new List<string>();
        foreach (var block in tree)
        {
            if (block is not LinkReferenceDefinitionGroup definitions)
            {
                continue;
            }

            foreach (var definition in definitions)
            {
                if (definition is LinkReferenceDefinition { Label: { } link } && !link.StartsWith('^'))
                {
                    if (definition.Span.Start >= from && definition.Span.Start < length)
                    {
                        ownLinks.Add(link);
                    }
                    else
                    {
                        standingLinks++;
                    }
                }
                else if (definition is LinkReferenceDefinition { Label: ['^', ..] label })
                {
                    if (definition.Span.Start < from)
                    {
                        before++;
                    }
                    else if (definition.Span.Start < length)
                    {
                        bool note = definition is FootnoteLinkReferenceDefinition;
                        _defined.TryAdd(label[1..], note);
                        resolved.TryAdd(label[1..], note);
                    }
                    else
                    {
                        standing++;
                        standingNotes += definition is FootnoteLinkReferenceDefinition ? 1 : 0;
                    }
                }
            }
        }

        // A stand-in that did not read as a definition of its kind (taken into a block left open at the source's end)
        // resolves nothing.
        if (before != read.Before.Count || standing != read.After.Count || standingNotes != read.After.Count(a => a.Note) || standingLinks != read.Links)
        {
            Exact = false;
        }

        // The other sections were given this one's link definitions as found in its text: its tree must define those
        // and no others (one in fenced code or inside a paragraph is none; one the look at the text missed would be).
        var found = new Dictionary<string, int>(Labels);
        foreach (var (open, label) in _links)
        {
            if (open >= start && open < end)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(found, LabelKey(label), out _)++;
            }
        }

        foreach (string link in ownLinks)
        {
            if (!found.TryGetValue(LabelKey(link), out int left) || left == 0)
            {
                Exact = false;
                break;
            }

            found[LabelKey(link)] = left - 1;
        }

        if (found.Values.Any(left => left != 0))
        {
            Exact = false;
        }

        foreach (var (label, note) in read.After)
        {
            resolved.TryAdd(label, note);
        }

        // Every marker as written, a colon after it or not: one that Markdig did not read as a definition is a marker.
        var referenced = new List<string>();
        foreach (var (at, labelEnd, _) in _labels.Between(start, end))
        {
            referenced.Add(_source[(at + 2)..(labelEnd - 1)]);
        }

        _resolutions.Add((referenced, resolved));
    }

    // A marker reads as in the whole when the whole links it to a definition of the same kind, or neither links it.
    private bool ReadsAsInWhole(string label, Dictionary<string, bool> resolved) =>
        _defined.TryGetValue(label, out bool whole) ? resolved.TryGetValue(label, out bool here) && here == whole : !resolved.ContainsKey(label);

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
    /// True when a source's sections read alone as they read in the whole, given the stand-ins (<see cref="StandIns"/>,
    /// <see cref="LinkStandIns"/>): link definitions that can be told from the text (<see cref="LinkDefinitions"/>), no
    /// <c>[^</c> that is not a marker as written (escaped, a space in its label or before its <c>^</c>), which Markdig
    /// may yet read as one.
    /// </summary>
    internal static bool ReadsAlone(string source, LiteralFootnoteLabels labels) =>
        LinkDefinitions(source, labels) is not null && NotesReadAlone(source, labels);

    // The notes' part of ReadsAlone.
    private static bool NotesReadAlone(string source, LiteralFootnoteLabels labels)
    {
        for (int at = source.IndexOf("[^", StringComparison.Ordinal); at >= 0; at = source.IndexOf("[^", at + 1, StringComparison.Ordinal))
        {
            if (!labels.TryGet(at, out _, out _))
            {
                // Written so that the index does not take it for a marker (escaped, a space in it): Markdig may.
                return false;
            }

        }

        for (int caret = source.IndexOf('^'); caret >= 0; caret = source.IndexOf('^', caret + 1))
        {
            // "[ ^6]": Markdig trims a label, so this links to note 6 as "[^6]" does.
            int before = caret - 1;
            while (before >= 0 && source[before] is ' ' or '\t' or '\n' or '\r')
            {
                before--;
            }

            if (before >= 0 && before < caret - 1 && source[before] == '[')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most link definitions a source read in sections may hold: each is given to every other section.</summary>
    internal const int MostLinkDefinitions = 64;

    /// <summary>
    /// The link definitions (<c>[label]: url</c>) a source may hold, found in its text: where each one's <c>[</c> stands,
    /// with its label as written, in order (a label may be written more than once: the whole takes the first). Null when
    /// they cannot be told from the text, or when given to every section they would cost more than reading the source
    /// whole: a label over two lines or with an escaped bracket, more than <see cref="MostLinkDefinitions"/>.
    /// </summary>
    internal static List<(int Open, string Label)>? LinkDefinitions(string source, LiteralFootnoteLabels labels)
    {
        var found = new List<(int Open, string Label)>();
        for (int colon = source.IndexOf("]:", StringComparison.Ordinal); colon >= 0; colon = source.IndexOf("]:", colon + 1, StringComparison.Ordinal))
        {
            if (!MayDefineLink(source, labels, colon))
            {
                continue;
            }

            int open = source.LastIndexOf('[', colon);
            if (open < 0 || (open > 0 && source[open - 1] == '\\') || source.AsSpan(open, colon - open).ContainsAny('\n', '\r')
                || found.Count == MostLinkDefinitions)
            {
                return null;
            }

            found.Add((open, source[(open + 1)..colon]));
        }

        return found;
    }

    // A label as Markdig compares it: each run of white space as one space (its comparer then ignores case).
    private static string LabelKey(string label) =>
        string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
    internal static bool EndsOpen(MarkdownDocument tree, int length)
    {
        Block? last = Last(tree, length);
        while (last is not null)
        {
            switch (last)
            {
                case FencedCodeBlock { ClosingFencedCharCount: 0 }:
                    return true;
                case HtmlBlock html when html.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock) && !HtmlClosed(html):
                    return true;
            }

            last = last is ContainerBlock container ? Last(container, length) : null;
        }

        return false;
    }

    // The child that begins last. Markdig moves the notes to the end of the tree, and takes those nothing refers to out
    // of it: each is found through its definition, where it was written.
    private static Block? Last(ContainerBlock container, int length)
    {
        Block? last = null;
        void Consider(Block block)
        {
            if (block.Span.Start < length && (last is null || block.Span.Start >= last.Span.Start))
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
