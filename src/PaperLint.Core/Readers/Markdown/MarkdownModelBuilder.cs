using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperLint.Core.Model;
using Block = PaperLint.Core.Model.Block;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Walks Markdig's tree in source order and collects the prose blocks, note markers and note bodies of
/// the format-neutral model. Note bodies are taken from every definition Markdig parsed, including those
/// it later drops from its tree (a second definition of a label, one nobody references).
/// </summary>
internal sealed partial class MarkdownModelBuilder
{
    private readonly string _source;
    private readonly LineIndex _lines;
    private readonly LiteralFootnoteLabels _literalLabels;
    private readonly List<Block> _blocks = [];
    private readonly List<Block> _altTexts = [];
    private readonly List<FootnoteRef> _refs = [];

    // The markers of the block being read, gathered before they are put in order (AddMarkers).
    private readonly List<FootnoteRef> _blockRefs = [];
    private readonly List<FootnoteDef> _defs = [];
    private readonly Func<string, MarkdownDocument> _parse;
    private readonly IReadOnlySet<int> _notesWithoutColon;
    private readonly LatexCommentLines _commentLines;
    private readonly List<(string Label, int SourceStart)> _labelMarkers = [];
    private readonly Dictionary<int, string> _lineOpeningLabels = [];
    private readonly AuthorLines _authorLines = new();
    private readonly ProseBuilder.Buffers _buffers = new();
    private List<Block>? _noteBlocks;
    private int _limit = int.MaxValue;
    private int _sectionEnd = int.MaxValue;

    // The number an ordered list prints before the item being read, for the item's first block.
    private int? _listNumber;

    // An editor's server (keep): the blocks this builder built itself, which have no line breaks yet (the others were
    // moved from a kept section with theirs); what each section it built is to keep; and what the section being built
    // asked of the whole source, while it is built.
    private readonly bool _keep;
    private readonly List<Block> _built = [];
    private readonly List<(MarkdownDocument Tree, KeptSection Section)> _toKeep = [];
    private Asked? _asked;

    // A probe (the reader's first reading of a paper that may write notes without the colon): the labels of the notes
    // defined, in upper case, instead of the notes.
    private readonly bool _probe;
    private readonly HashSet<string> _definedLabels = new(StringComparer.Ordinal);

    /// <summary>What a section's tree was built into, kept beside the tree (an editor's server), and let go with it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MarkdownDocument, KeptSection> Kept = new();

    /// <param name="source">The whole document's source.</param>
    /// <param name="parse">Parses a piece of the source with the reader's pipeline (for definitions Markdig reads as text, see <see cref="FindIndentedDefinition"/>).</param>
    /// <param name="notesWithoutColon">Where notes written <c>[^label] text</c> begin (the offsets of their <c>[</c>), as <see cref="FindNotesWithoutColon"/> found them.</param>
    /// <param name="commentLines">The lines the author commented out with <c>%</c>: the note markers there are switched off.</param>
    /// <param name="lines">The index of <paramref name="source"/>'s lines, when the caller has one.</param>
    /// <param name="literalLabels">The index of <paramref name="source"/>'s <c>[^label]</c>, when the caller has one.</param>
    /// <param name="keep">
    /// An editor's server: a section whose tree was built before (the server keeps the trees of the sections an edit left
    /// alone) is taken from what was built then, moved to where it now stands, when all that its building asked of the
    /// rest of the source reads the same (<see cref="KeepSections"/> keeps what this builder built).
    /// </param>
    /// <param name="probe">
    /// Builds nothing to keep, only what <see cref="FindNotesWithoutColon"/> needs (the reader's first reading of a paper
    /// that may write notes without the colon): each block is made and let go, and the notes' labels are noted without
    /// their notes.
    /// </param>
    public MarkdownModelBuilder(string source, Func<string, MarkdownDocument> parse, IReadOnlySet<int>? notesWithoutColon = null, LatexCommentLines? commentLines = null, LineIndex? lines = null, LiteralFootnoteLabels? literalLabels = null, bool keep = false, bool probe = false)
    {
        _keep = keep && !probe;
        _probe = probe;
        _source = source;
        _parse = parse;
        _notesWithoutColon = notesWithoutColon ?? new HashSet<int>();
        _commentLines = commentLines ?? LatexCommentLines.None;
        _lines = lines ?? new LineIndex(source);
        _literalLabels = literalLabels ?? new LiteralFootnoteLabels(source);
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>The blocks built from their tree, not taken from a kept section: those whose line breaks are still to find.</summary>
    public IReadOnlyList<Block> Built => _keep ? _built : _blocks;

    /// <summary>Each image's alt text as written (<c>![alt](…)</c>), a block of its own for the Vale styles that read it (<see cref="Document.AltTexts"/>).</summary>
    public IReadOnlyList<Block> AltTexts => _altTexts;

    public IReadOnlyList<FootnoteRef> FootnoteRefs => _refs;

    public IReadOnlyList<FootnoteDef> FootnoteDefs => _defs;

    /// <summary>
    /// Once the document is added: the notes written without the colon, <c>[^1] Author, Title.</c>, which Markdown
    /// prints as text. Such a line is taken for a note when it opens a paragraph (or a line of a paragraph that
    /// opens with one), its label is referenced elsewhere, and no definition of that label exists: then the
    /// author's intent is plain, and reading it as a note lets its markers resolve. Returns the offsets of
    /// their <c>[</c>; a reader built with them reads those lines as notes.
    /// </summary>
    public IReadOnlySet<int> FindNotesWithoutColon()
    {
        var defined = _probe ? _definedLabels : _defs.Where(d => d.Style == MarkerStyle.MarkdownLabel).Select(d => d.Label.ToUpperInvariant()).ToHashSet();
        var referenced = _labelMarkers.Where(m => !_lineOpeningLabels.ContainsKey(m.SourceStart)).Select(m => m.Label.ToUpperInvariant()).ToHashSet();
        return _lineOpeningLabels
            .Where(line => !defined.Contains(line.Value.ToUpperInvariant()) && referenced.Contains(line.Value.ToUpperInvariant()))
            .Select(line => line.Key)
            .ToHashSet();
    }

    /// <summary>
    /// Adds what <paramref name="document"/> holds from <paramref name="from"/> to <paramref name="length"/>, a section of
    /// the source that begins at <paramref name="shift"/> + <paramref name="from"/>; what stands before and after is no part
    /// of the source (the definitions a section is parsed with, <see cref="MarkdownSections"/>).
    /// </summary>
    public void Add(MarkdownDocument document, int shift, int from, int length)
    {
        // The last section is built every time: what stands at the source's end is read to the end (a note's place).
        if (!_keep || shift + length >= _source.Length)
        {
            AddTree(document, shift, from, length);
            return;
        }

        var (line, column) = _lines.ToLineColumn(shift + from);
        if (Kept.TryGetValue(document, out var kept) && kept.Fits(this, shift, from, length, column))
        {
            AddKept(kept, shift - kept.Shift, line - kept.Line);
            return;
        }

        var before = (Blocks: _blocks.Count, AltTexts: _altTexts.Count, Refs: _refs.Count, Defs: _defs.Count, LabelMarkers: _labelMarkers.Count, Authors: _authorLines.State);
        _asked = new Asked();
        AddTree(document, shift, from, length);
        var section = new KeptSection
        {
            Shift = shift,
            From = from,
            Length = length,
            Line = line,
            Column = column,
            AuthorsBefore = before.Authors,
            AuthorsAfter = _authorLines.State,
            Asked = _asked,
            Blocks = [.. _blocks.Skip(before.Blocks)],
            AltTexts = [.. _altTexts.Skip(before.AltTexts)],
            Refs = [.. _refs.Skip(before.Refs)],
            Defs = [.. _defs.Skip(before.Defs)],
            LabelMarkers = [.. _labelMarkers.Skip(before.LabelMarkers)],
        };
        _asked = null;
        if (section.IsOwn())
        {
            _toKeep.Add((document, section));
        }
    }

    /// <summary>
    /// Keeps, beside each tree, what this builder built from it, for the next version's builder: once the model is
    /// whole and its blocks have their line breaks, and only for the model the reader took.
    /// </summary>
    public void KeepSections()
    {
        foreach (var (tree, section) in _toKeep)
        {
            Kept.AddOrUpdate(tree, section);
        }

        _toKeep.Clear();
    }

    /// <summary>Adds a kept section's blocks, markers and notes, moved by <paramref name="by"/> characters and <paramref name="lines"/> lines.</summary>
    private void AddKept(KeptSection kept, int by, int lines)
    {
        Dictionary<Block, Block>? moved = kept.Refs.Length > 0 || kept.Defs.Length > 0 ? new(ReferenceEqualityComparer.Instance) : null;
        foreach (var block in kept.Blocks)
        {
            var copy = block.MovedBy(by);
            _blocks.Add(copy);
            moved?.Add(block, copy);
        }

        foreach (var alt in kept.AltTexts)
        {
            _altTexts.Add(alt.MovedBy(by));
        }

        foreach (var def in kept.Defs)
        {
            var movedDef = def with { Location = Moved(def.Location, lines), Blocks = [.. def.Blocks.Select(b => moved![b])] };
            foreach (var block in movedDef.Blocks)
            {
                block.Note = movedDef;
            }

            _defs.Add(movedDef);
        }

        foreach (var marker in kept.Refs)
        {
            _refs.Add(marker with { Block = moved![marker.Block], Location = Moved(marker.Location, lines) });
        }

        foreach (var (label, start) in kept.LabelMarkers)
        {
            _labelMarkers.Add((label, start + by));
        }

        foreach (var (start, label) in kept.Asked.LineOpeningLabels)
        {
            _lineOpeningLabels[start + by] = label;
        }

        _authorLines.State = kept.AuthorsAfter;
    }

    /// <summary>A place in a section that stands <paramref name="lines"/> lines further on (a section begins a line: the columns stay).</summary>
    private static SourceLocation Moved(SourceLocation location, int lines) =>
        location is TextLocation text && lines != 0 ? text with { Line = text.Line + lines, EndLine = text.EndLine + lines } : location;

    /// <summary>Where notes written without the colon begin (<see cref="FindNotesWithoutColon"/>): asked of a marker's place, and noted while a section is built.</summary>
    private bool IsNoteWithoutColon(int start)
    {
        bool answer = _notesWithoutColon.Contains(start);
        _asked?.NotesWithoutColon.Add((start, answer));
        return answer;
    }

    /// <summary>Whether a line the author commented out holds the place: asked of a marker's place, and noted while a section is built.</summary>
    private bool IsCommentedOut(int at)
    {
        bool answer = _commentLines.Holds(at);
        _asked?.CommentLines.Add((at, answer));
        return answer;
    }

    /// <summary>
    /// What the building of a section asked of the rest of the source, with the answers (places in the source as it was
    /// then), and the line-opening labels it noted: a kept section fits a later version when every question is answered
    /// the same there.
    /// </summary>
    private sealed class Asked
    {
        public List<(int At, bool Answer)> NotesWithoutColon { get; } = [];

        public List<(int At, bool Answer)> CommentLines { get; } = [];

        public List<(int Start, string Label)> LineOpeningLabels { get; } = [];
    }

    /// <summary>What a section's tree was built into, in the places it had in the source then.</summary>
    private sealed class KeptSection
    {
        public required int Shift { get; init; }

        public required int From { get; init; }

        public required int Length { get; init; }

        public required int Line { get; init; }

        public required int Column { get; init; }

        public required (bool, bool) AuthorsBefore { get; init; }

        public required (bool, bool) AuthorsAfter { get; init; }

        public required Asked Asked { get; init; }

        public required Block[] Blocks { get; init; }

        public required Block[] AltTexts { get; init; }

        public required FootnoteRef[] Refs { get; init; }

        public required FootnoteDef[] Defs { get; init; }

        public required (string Label, int SourceStart)[] LabelMarkers { get; init; }

        /// <summary>
        /// True when the tree, read now at <paramref name="shift"/>, builds into what it built then: the same stretch of it
        /// is the section's, the section begins its line as it did, the paragraphs before it leave the author lines as
        /// they did, and every question its building asked of the rest of the source has the same answer.
        /// </summary>
        public bool Fits(MarkdownModelBuilder builder, int shift, int from, int length, int column)
        {
            if (from != From || length != Length || column != Column || builder._authorLines.State != AuthorsBefore)
            {
                return false;
            }

            int by = shift - Shift;
            foreach (var (at, answer) in Asked.NotesWithoutColon)
            {
                if (builder._notesWithoutColon.Contains(at + by) != answer)
                {
                    return false;
                }
            }

            foreach (var (at, answer) in Asked.CommentLines)
            {
                if (builder._commentLines.Holds(at + by) != answer)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when every marker's block and every note's body is a block of the section, and every block's note a note of it: what a section builds is its own.</summary>
        public bool IsOwn()
        {
            var blocks = new HashSet<Block>(Blocks, ReferenceEqualityComparer.Instance);
            return Refs.All(r => blocks.Contains(r.Block)) && Defs.All(d => d.Blocks.All(blocks.Contains))
                && Blocks.All(b => b.Note is null || Defs.Any(d => ReferenceEquals(d, b.Note)));
        }
    }

    /// <summary>Adds what <paramref name="document"/> holds from <paramref name="from"/> to <paramref name="length"/> (see <see cref="Add"/>).</summary>
    private void AddTree(MarkdownDocument document, int shift, int from, int length)
    {
        // A note at the section's end may take in the blank lines after it, which belong to no note in the whole reading.
        _sectionEnd = Math.Min(_source.Length, shift + length);
        var items = new List<(int Start, MarkdownObject Node)>();
        var nestedDefinitions = new List<int>();
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup group)
            {
                foreach (var definition in group)
                {
                    if (definition.Span.Start >= length || definition.Span.Start < from)
                    {
                        continue;
                    }

                    if (definition is FootnoteLinkReferenceDefinition footnote)
                    {
                        items.Add((footnote.Span.Start, footnote));
                    }
                    else if (definition is LinkReferenceDefinition { Label: ['^', ..] } nested)
                    {
                        // "[^2]: y" inside a note, after a blank line: Markdig reads it as a link reference definition.
                        nestedDefinitions.Add(nested.Span.Start + shift);
                    }
                }
            }
            else if (block is not FootnoteGroup && block.Span.Start < length && block.Span.Start >= from)
            {
                items.Add((block.Span.Start, block));
            }
        }

        // Markdig moves notes to the end; the model keeps them where the author wrote them.
        foreach (var (_, node) in items.OrderBy(item => item.Start))
        {
            if (node is FootnoteLinkReferenceDefinition definition)
            {
                AddFootnote(definition, shift, nestedDefinitions);
            }
            else
            {
                Visit((Markdig.Syntax.Block)node, BlockKind.Paragraph, shift);
            }
        }
    }

    /// <param name="position">Where <paramref name="node"/> stands among its parent's children (a list item's place in its list).</param>
    private void Visit(Markdig.Syntax.Block node, BlockKind kind, int shift, int position = 0)
    {
        switch (node)
        {
            case HeadingBlock heading:
                bool asHeading = kind is not (BlockKind.Quote or BlockKind.FootnoteBody);
                AddProse(heading, asHeading ? BlockKind.Heading : kind, asHeading ? heading.Level : 0, shift + HeadingPositions.Correction(heading, _source, shift));
                break;
            case LeafBlock { Inline: not null } leaf:
                AddProse(leaf, kind, 0, shift);
                break;
            case QuoteBlock quote:
                VisitChildren(quote, kind == BlockKind.FootnoteBody ? kind : BlockKind.Quote, shift);
                break;
            case ListItemBlock item:
                _listNumber = PrintedNumber(item, position);
                VisitChildren(item, kind is BlockKind.Paragraph or BlockKind.TableCell ? BlockKind.ListItem : kind, shift);
                _listNumber = null;
                break;
            case Markdig.Extensions.Tables.TableCell cell:
                VisitChildren(cell, kind is BlockKind.Paragraph or BlockKind.ListItem ? BlockKind.TableCell : kind, shift);
                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                VisitChildren(container, kind, shift);
                break;
            default:
                // Code, HTML, front matter, thematic breaks: not prose.
                break;
        }
    }

    /// <summary>The number an ordered list prints before <paramref name="item"/>, the list's item number <paramref name="position"/>: its start, counted on item by item.</summary>
    private static int? PrintedNumber(ListItemBlock item, int position)
    {
        if (item.Parent is not ListBlock { IsOrdered: true } list)
        {
            return null;
        }

        int start = int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 1;
        return start + position;
    }

    private void VisitChildren(ContainerBlock container, BlockKind kind, int shift)
    {
        // By index: a list item's number is its place in the list, which a search for it would find in time that
        // grows with the list, for each item.
        for (int i = 0; i < container.Count; i++)
        {
            Visit(container[i], kind, shift, i);
        }
    }

    private void AddFootnote(FootnoteLinkReferenceDefinition definition, int shift, List<int> nestedDefinitions)
    {
        var footnote = definition.Footnote;
        int indentedDefinition = FindIndentedDefinition(definition, shift, nestedDefinitions);
        var noteBlocks = new List<Block>();
        _noteBlocks = noteBlocks;
        _limit = indentedDefinition;
        foreach (var child in footnote)
        {
            Visit(child, BlockKind.FootnoteBody, shift);
        }

        _noteBlocks = null;
        bool otherContent = HasOtherContent(footnote, shift);
        _limit = int.MaxValue;

        // The definition's span covers "[^label]"; its place in the file includes the colon after it.
        int start = definition.Span.Start + shift;
        int end = definition.Span.End + 1 + shift;
        string label = _source[(start + 2)..(end - 1)];
        var def = new FootnoteDef
        {
            Kind = NoteKind.Footnote,
            Label = label,
            Number = NumberOf(label),
            Numbering = FootnoteNumbering.Auto,
            Style = MarkerStyle.MarkdownLabel,
            Blocks = noteBlocks,
            Location = At(start, Math.Min(end + 1, _source.Length)),
            HasOtherContent = otherContent,
        };
        foreach (var block in noteBlocks)
        {
            block.Note = def;
        }

        AddDef(def);

        if (indentedDefinition < int.MaxValue)
        {
            // Read the rest of the note as a document of its own, where the definition is one.
            int restEnd = Math.Min(footnote.Span.End + 1 + shift, _sectionEnd);
            int sectionEnd = _sectionEnd;
            AddTree(_parse(_source[indentedDefinition..restEnd]), indentedDefinition, 0, restEnd - indentedDefinition);
            _sectionEnd = sectionEnd;
        }
    }

    /// <summary>
    /// True when the note (up to where a definition Markdig took into it begins) holds something a reader sees
    /// that is not prose: raw HTML with text in it (<c>[^7]: &lt;a href="…"&gt;</c> on a line of its own, the
    /// source's words on the next), code, a table.
    /// </summary>
    private bool HasOtherContent(Footnote footnote, int shift)
    {
        foreach (var block in footnote.Descendants<Markdig.Syntax.Block>())
        {
            if (block.Span.Start + shift >= _limit)
            {
                continue;
            }

            switch (block)
            {
                case HtmlBlock html when html.Type != HtmlBlockType.Comment && HtmlTags().Replace(html.Lines.ToString(), " ").Any(char.IsLetterOrDigit):
                case CodeBlock code when code.Lines.ToString().Any(c => !char.IsWhiteSpace(c)):
                case Markdig.Extensions.Tables.Table:
                    return true;
            }
        }

        return false;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTags();

    /// <summary>
    /// Markdig continues a note with any indented line, so a definition indented by one to three spaces
    /// after a note (<c>   [^4]: text</c>) becomes part of the note before it: text of its paragraph when no
    /// blank line comes between, a link reference definition inside it when one does. Returns the start of
    /// the line where the first such definition begins, or <see cref="int.MaxValue"/> when there is none.
    /// </summary>
    private int FindIndentedDefinition(FootnoteLinkReferenceDefinition definition, int shift, List<int> nestedDefinitions)
    {
        var footnote = definition.Footnote;
        int found = int.MaxValue;
        int noteEnd = Math.Min(footnote.Span.End + shift, _sectionEnd - 1);
        foreach (int bracket in nestedDefinitions)
        {
            if (bracket > definition.Span.End + shift && bracket <= noteEnd && IndentedDefinitionLine(bracket) is { } lineStart)
            {
                found = Math.Min(found, lineStart);
            }
        }

        foreach (var child in footnote)
        {
            if (child is not ParagraphBlock paragraph || paragraph.Span.IsEmpty)
            {
                continue;
            }

            int from = paragraph.Span.Start + shift;
            int to = Math.Min(paragraph.Span.End + shift, _source.Length - 1);
            var (line, _) = _lines.ToLineColumn(from);
            for (; line < _lines.LineCount && _lines.LineStart(line) <= to; line++)
            {
                int lineStart = _lines.LineStart(line);
                int bracket = lineStart;
                while (bracket < _source.Length && bracket - lineStart < 3 && _source[bracket] == ' ')
                {
                    bracket++;
                }

                if (bracket >= from && bracket <= to && IndentedDefinitionLine(bracket) is { } start)
                {
                    return Math.Min(found, start);
                }
            }
        }

        return found;
    }

    /// <summary>The start of the line when a definition <c>[^label]:</c> begins at <paramref name="bracket"/> after one to three spaces.</summary>
    private int? IndentedDefinitionLine(int bracket)
    {
        var (line, column) = _lines.ToLineColumn(bracket);
        int lineStart = _lines.LineStart(line);
        if (column is < 1 or > 3 || _source.AsSpan(lineStart, column).ContainsAnyExcept(' ')
            || !_literalLabels.TryGet(bracket, out _, out bool beforeColon) || !beforeColon)
        {
            return null;
        }

        return lineStart;
    }

    private void AddProse(LeafBlock leaf, BlockKind kind, int headingLevel, int shift)
    {
        // One block at a time: nothing holds on to this builder once its block is added (a note cut from it has its own
        // buffers), so the next block's builder reuses its buffers.
        var prose = new ProseBuilder(_source, shift, _literalLabels, _limit, capacity: leaf.Span.Length, reuse: _buffers);
        prose.Append(leaf.Inline);
        if (prose.Images is { } images)
        {
            foreach (var (image, imageShift) in images)
            {
                if (AltText(image, imageShift) is { } alt && !_probe)
                {
                    _altTexts.Add(alt);
                }
            }
        }

        if (_limit < int.MaxValue)
        {
            prose.TrimEnd();
        }

        if (kind == BlockKind.Paragraph && _noteBlocks is null)
        {
            var notes = SplitNotesWithoutColon(prose);
            AddBlock(prose, kind, headingLevel);
            foreach (var (marker, body) in notes)
            {
                AddNoteWithoutColon(marker, body);
            }

            return;
        }

        AddBlock(prose, kind, headingLevel);
    }

    /// <summary>
    /// Records the paragraph's line-opening <c>[^label] text</c> for <see cref="FindNotesWithoutColon"/>, and cuts
    /// off, from the first one that is known to be a note, each such note with its text.
    /// </summary>
    private List<(PendingMarker Marker, ProseBuilder Body)> SplitNotesWithoutColon(ProseBuilder prose)
    {
        var markers = prose.Markers;
        var opening = new List<PendingMarker>();
        for (int i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            bool opensParagraph = i == 0 && marker.Offset == 0;
            if ((opensParagraph || opening.Count > 0) && OpensNoteLine(marker))
            {
                opening.Add(marker);
                _lineOpeningLabels[marker.SourceStart] = marker.Label;
                _asked?.LineOpeningLabels.Add((marker.SourceStart, marker.Label));
            }
        }

        var notes = new List<(PendingMarker, ProseBuilder)>();
        for (int i = opening.Count - 1; i >= 0; i--)
        {
            if (IsNoteWithoutColon(opening[i].SourceStart))
            {
                notes.Add((opening[i], prose.TakeFrom(opening[i].Offset)));
            }
        }

        notes.Reverse();
        if (notes.Count > 0)
        {
            prose.TrimEnd();
        }

        return notes;
    }

    /// <summary>A <c>[^label]</c> written as text (never defined) that opens its line and is followed by words on that line.</summary>
    private bool OpensNoteLine(PendingMarker marker)
    {
        if (marker.Style != MarkerStyle.MarkdownLabel
            || !_literalLabels.TryGet(marker.SourceStart, out int end, out bool beforeColon) || end != marker.SourceEnd || beforeColon)
        {
            return false;
        }

        return OpensLine(_source, _lines, marker.SourceStart, end);
    }

    /// <summary>
    /// Whether the <c>[^label]</c> written from <paramref name="start"/> to <paramref name="end"/> opens its line (after
    /// three spaces at most) and words follow it on that line: what the text says of a note written without the colon.
    /// </summary>
    private static bool OpensLine(string source, LineIndex lines, int start, int end)
    {
        var (line, column) = lines.ToLineColumn(start);
        int lineStart = lines.LineStart(line);
        int lineEnd = lines.LineEnd(line, source);
        return column <= 3 && !source.AsSpan(lineStart, column).ContainsAnyExcept(' ')
            && end < lineEnd && source[end] is ' ' or '\t'
            && !source.AsSpan(end, lineEnd - end).IsWhiteSpace();
    }

    /// <summary>
    /// False when <paramref name="source"/> writes no <c>[^label]</c> without a colon that opens a line with words after
    /// it: then no note is written without the colon (<see cref="FindNotesWithoutColon"/> finds none), and a model built
    /// without knowing them is the model.
    /// </summary>
    public static bool MayHoldNotesWithoutColon(string source, LineIndex lines, LiteralFootnoteLabels labels)
    {
        foreach (var (start, end, beforeColon) in labels.Between(0, source.Length))
        {
            if (!beforeColon && OpensLine(source, lines, start, end))
            {
                return true;
            }
        }

        return false;
    }

    private void AddNoteWithoutColon(PendingMarker marker, ProseBuilder body)
    {
        body.RemoveMarker(marker);
        body.RemovePrefix(ManualMarkers.BodyStart(body.Text, 0));
        body.TrimEnd();
        var def = new FootnoteDef
        {
            Kind = NoteKind.Footnote,
            Label = marker.Label,
            Number = NumberOf(marker.Label),
            Numbering = FootnoteNumbering.Auto,
            Style = MarkerStyle.MarkdownLabel,
            Location = At(marker.SourceStart, marker.SourceEnd),
            WithoutColon = true,
        };
        var block = AddBlock(body, BlockKind.FootnoteBody, 0);
        def = def with { Blocks = block is null ? [] : [block] };
        if (block is not null)
        {
            block.Note = def;
        }

        AddDef(def);
    }

    /// <summary>Adds a note read from the tree; a probe keeps only the label of a note written <c>[^label]</c>, all that <see cref="FindNotesWithoutColon"/> asks of the notes.</summary>
    private void AddDef(FootnoteDef def)
    {
        if (!_probe)
        {
            _defs.Add(def);
        }
        else if (def.Style == MarkerStyle.MarkdownLabel)
        {
            _definedLabels.Add(def.Label.ToUpperInvariant());
        }
    }

    /// <summary>Adds the block <paramref name="prose"/> built, with its note markers; null when it holds nothing.</summary>
    private Block? AddBlock(ProseBuilder prose, BlockKind kind, int headingLevel)
    {
        if (prose.IsEmpty)
        {
            return null;
        }

        string text = prose.Text;
        var role = kind == BlockKind.FootnoteBody || _noteBlocks is not null || _authorLines.InBody
            ? FrontRole.Prose
            : _authorLines.Classify(text, kind is BlockKind.Paragraph or BlockKind.Heading ? RaisedNumbers(text, prose) : [], kind == BlockKind.Heading);
        var (markerLength, number, style) = kind == BlockKind.Paragraph && role == FrontRole.Prose ? LeadingManualMarker(text, prose) : (0, 0, MarkerStyle.UnicodeSuperscript);
        SourceLocation? noteLocation = null;
        if (markerLength > 0)
        {
            // A paragraph that begins with a number typed as superscript is that note's body, as in plain text.
            int bodyStart = ManualMarkers.BodyStart(text, markerLength);
            int bodySource = bodyStart < text.Length ? prose.SourceOffsetAt(bodyStart) : prose.SourceOffsetAt(markerLength - 1) + 1;
            noteLocation = At(bodySource, bodySource);
            prose.RemovePrefix(bodyStart);
            kind = BlockKind.FootnoteBody;
        }

        // The text is made again only when a leading note number was taken off it.
        var block = new Block(kind, markerLength > 0 ? prose.Text : text)
        {
            Map = prose.BuildMap(),
            HeadingLevel = headingLevel,
            ListNumber = kind == BlockKind.ListItem ? _listNumber : null,
            IsFrontMatter = role != FrontRole.Prose,
        };
        _listNumber = null;
        block.AddSpans(prose.Spans);
        if (!_probe)
        {
            _blocks.Add(block);
        }

        if (_keep)
        {
            _built.Add(block);
        }
        _noteBlocks?.Add(block);

        if (noteLocation is not null)
        {
            var note = ManualMarkers.Note(number, style, block, noteLocation);
            block.Note = note;
            AddDef(note);
        }

        AddMarkers(block, prose, manualMarkers: role == FrontRole.Prose);
        return block;
    }

    /// <summary>The note markers of a block just read, in the order they stand.</summary>
    /// <param name="manualMarkers">False for an author line and its affiliations, whose raised numbers point to institutes, not notes.</param>
    private void AddMarkers(Block block, ProseBuilder prose, bool manualMarkers)
    {
        var refs = _blockRefs;
        refs.Clear();
        foreach (var marker in prose.Markers)
        {
            if ((manualMarkers || marker.Style == MarkerStyle.MarkdownLabel) && !IsCommentedOut(marker.SourceStart) && ToRef(block, marker) is { } found)
            {
                refs.Add(found);
            }
        }

        // Only a block with a raised digit has a marker typed raised (¹), or raised numbers to mark.
        if (SuperscriptDigits.IndexOfFirst(block.Text) >= 0)
        {
            if (manualMarkers)
            {
                AddRaisedMarkers(block, prose, refs);
            }
            else
            {
                ManualMarkers.MarkUnicode(block);
            }
        }

        if (_probe)
        {
            return;
        }

        if (refs.Count == 1)
        {
            _refs.Add(refs[0]);
        }
        else if (refs.Count > 1)
        {
            _refs.AddRange(refs.OrderBy(r => r.Offset));
        }
    }

    /// <summary>
    /// The markers typed raised in a block (¹), but those on a line the author commented out with LaTeX's <c>%</c>. A
    /// method of its own: what its lambdas capture is allocated when it is called, for a block with a raised digit, not
    /// for every block.
    /// </summary>
    private void AddRaisedMarkers(Block block, ProseBuilder prose, List<FootnoteRef> refs)
    {
        ManualMarkers.CollectUnicode(block, refs, (start, length) => Locate(block, start, length));
        refs.RemoveAll(r => r.Style == MarkerStyle.UnicodeSuperscript && IsCommentedOut(prose.SourceOffsetAt(r.Offset)));
    }

    /// <summary>Where the numbers typed raised in the text (¹, <c>&lt;sup&gt;1&lt;/sup&gt;</c>, <c>^1^</c>) that are not exponents stand, in order.</summary>
    private static List<(int Start, int Length)> RaisedNumbers(string text, ProseBuilder prose)
    {
        var marks = ManualMarkers.UnicodeMarks(text).ConvertAll(m => (m.Start, m.Length));
        foreach (var marker in prose.Markers)
        {
            if (marker.Style is MarkerStyle.HtmlSup or MarkerStyle.CaretSup && !SuperscriptDigits.IsExponent(text, marker.Offset, marker.Length))
            {
                marks.Add((marker.Offset, marker.Length));
            }
        }

        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return marks;
    }

    /// <summary>The length, number and style of a superscript number the text begins with: ¹, <c>&lt;sup&gt;1&lt;/sup&gt;</c> or <c>^1^</c>.</summary>
    private static (int Length, int Number, MarkerStyle Style) LeadingManualMarker(string text, ProseBuilder prose)
    {
        int length = ManualMarkers.LeadingMarkerLength(text);
        if (length > 0)
        {
            return (length, SuperscriptDigits.ToNumber(text, 0, length), MarkerStyle.UnicodeSuperscript);
        }

        foreach (var marker in prose.Markers)
        {
            if (marker.Offset == 0 && marker.Style is MarkerStyle.HtmlSup or MarkerStyle.CaretSup)
            {
                return (marker.Length, int.Parse(marker.Label, NumberStyles.None, CultureInfo.InvariantCulture), marker.Style);
            }
        }

        return (0, 0, MarkerStyle.UnicodeSuperscript);
    }

    private FootnoteRef? ToRef(Block block, PendingMarker marker)
    {
        if (marker.Style == MarkerStyle.MarkdownLabel)
        {
            _labelMarkers.Add((marker.Label, marker.SourceStart));
            return new FootnoteRef
            {
                Kind = NoteKind.Footnote,
                Label = marker.Label,
                Number = NumberOf(marker.Label),
                Numbering = FootnoteNumbering.Auto,
                Style = MarkerStyle.MarkdownLabel,
                Block = block,
                Offset = Math.Min(marker.Offset, block.Text.Length),
                Length = 0,
                Location = At(marker.SourceStart, marker.SourceEnd),
                Display = marker.Display,
                OpensNoteLine = _lineOpeningLabels.ContainsKey(marker.SourceStart),
            };
        }

        // x^2^ and 10<sup>3</sup> are exponents, not notes: the same test as for Unicode superscripts.
        if (SuperscriptDigits.IsExponent(block.Text, marker.Offset, marker.Length))
        {
            return null;
        }

        return new FootnoteRef
        {
            Kind = NoteKind.Footnote,
            Label = marker.Label,
            Number = NumberOf(marker.Label),
            Numbering = FootnoteNumbering.Manual,
            Style = marker.Style,
            Block = block,
            Offset = marker.Offset,
            Length = marker.Length,
            Location = Locate(block, marker.Offset, marker.Length),
            Display = marker.Display,
        };
    }

    private static int? NumberOf(string label) =>
        int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : null;

    private TextLocation Locate(Block block, int start, int length)
    {
        var (sourceStart, sourceEnd) = block.Map!.ToSourceRange(start, length);
        return At(sourceStart, sourceEnd);
    }

    private TextLocation At(int sourceStart, int sourceEnd)
    {
        var (line, column) = _lines.ToLineColumn(sourceStart);
        var (endLine, endColumn) = _lines.ToLineColumn(sourceEnd);
        return new TextLocation(line + 1, column + 1, endLine + 1, endColumn + 1);
    }

    /// <summary>An image's alt text mapped onto the source; null when it is empty or has markup in it (emphasis, code), whose words are not one run of the source.</summary>
    private static Block? AltText(LinkInline image, int shift)
    {
        if (image.FirstChild is null || image.Any(child => child is not LiteralInline))
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        var map = new SourceMap();
        foreach (LiteralInline literal in image)
        {
            map.Add(text.Length, literal.Span.Start + shift, literal.Content.Length);
            text.Append(literal.Content.AsSpan());
        }

        return text.Length == 0 ? null : new Block(BlockKind.Paragraph, text.ToString()) { Map = map, IsAltText = true };
    }
}
