using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using PaperLint.Core.Model;
using Block = PaperLint.Core.Model.Block;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Walks Markdig's tree in source order and collects the prose blocks, note markers and note bodies of
/// the format-neutral model. Note bodies are taken from every definition Markdig parsed, including those
/// it later drops from its tree (a second definition of a label, one nobody references).
/// </summary>
internal sealed class MarkdownModelBuilder
{
    private readonly string _source;
    private readonly LineIndex _lines;
    private readonly LiteralFootnoteLabels _literalLabels;
    private readonly List<Block> _blocks = [];
    private readonly List<FootnoteRef> _refs = [];
    private readonly List<FootnoteDef> _defs = [];
    private readonly Func<string, MarkdownDocument> _parse;
    private List<Block>? _noteBlocks;
    private int _limit = int.MaxValue;

    /// <param name="source">The whole document's source.</param>
    /// <param name="parse">Parses a piece of the source with the reader's pipeline (for definitions Markdig reads as text, see <see cref="FindIndentedDefinition"/>).</param>
    public MarkdownModelBuilder(string source, Func<string, MarkdownDocument> parse)
    {
        _source = source;
        _parse = parse;
        _lines = new LineIndex(source);
        _literalLabels = new LiteralFootnoteLabels(source);
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    public IReadOnlyList<FootnoteRef> FootnoteRefs => _refs;

    public IReadOnlyList<FootnoteDef> FootnoteDefs => _defs;

    /// <summary>Adds what <paramref name="document"/> holds; <paramref name="shift"/> is where its text begins in the source.</summary>
    public void Add(MarkdownDocument document, int shift)
    {
        var items = new List<(int Start, MarkdownObject Node)>();
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup group)
            {
                foreach (var definition in group)
                {
                    if (definition is FootnoteLinkReferenceDefinition footnote)
                    {
                        items.Add((footnote.Span.Start, footnote));
                    }
                }
            }
            else if (block is not FootnoteGroup)
            {
                items.Add((block.Span.Start, block));
            }
        }

        // Markdig moves notes to the end; the model keeps them where the author wrote them.
        foreach (var (_, node) in items.OrderBy(item => item.Start))
        {
            if (node is FootnoteLinkReferenceDefinition definition)
            {
                AddFootnote(definition, shift);
            }
            else
            {
                Visit((Markdig.Syntax.Block)node, BlockKind.Paragraph, shift);
            }
        }
    }

    private void Visit(Markdig.Syntax.Block node, BlockKind kind, int shift)
    {
        switch (node)
        {
            case HeadingBlock heading:
                bool asHeading = kind is not (BlockKind.Quote or BlockKind.FootnoteBody);
                AddProse(heading, asHeading ? BlockKind.Heading : kind, asHeading ? heading.Level : 0, shift);
                break;
            case LeafBlock { Inline: not null } leaf:
                AddProse(leaf, kind, 0, shift);
                break;
            case QuoteBlock quote:
                VisitChildren(quote, kind == BlockKind.FootnoteBody ? kind : BlockKind.Quote, shift);
                break;
            case ListItemBlock item:
                VisitChildren(item, kind is BlockKind.Paragraph or BlockKind.TableCell ? BlockKind.ListItem : kind, shift);
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

    private void VisitChildren(ContainerBlock container, BlockKind kind, int shift)
    {
        foreach (var child in container)
        {
            Visit(child, kind, shift);
        }
    }

    private void AddFootnote(FootnoteLinkReferenceDefinition definition, int shift)
    {
        var footnote = definition.Footnote;
        int indentedDefinition = FindIndentedDefinition(definition, shift);
        var noteBlocks = new List<Block>();
        _noteBlocks = noteBlocks;
        _limit = indentedDefinition;
        foreach (var child in footnote)
        {
            Visit(child, BlockKind.FootnoteBody, shift);
        }

        _noteBlocks = null;
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
        };
        foreach (var block in noteBlocks)
        {
            block.Note = def;
        }

        _defs.Add(def);

        if (indentedDefinition < int.MaxValue)
        {
            // Read the rest of the note as a document of its own, where the definition is one.
            int restEnd = Math.Min(footnote.Span.End + 1 + shift, _source.Length);
            Add(_parse(_source[indentedDefinition..restEnd]), indentedDefinition);
        }
    }

    /// <summary>
    /// Markdig continues a note with any indented line, so a definition indented by one to three spaces
    /// after a note (<c>   [^4]: text</c>) becomes text of the note before it. Returns the start of the
    /// line where such a definition begins, or <see cref="int.MaxValue"/> when there is none.
    /// </summary>
    private int FindIndentedDefinition(FootnoteLinkReferenceDefinition definition, int shift)
    {
        foreach (var child in definition.Footnote)
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

                if (bracket > lineStart && bracket >= from && bracket <= to
                    && _literalLabels.TryGet(bracket, out _, out bool beforeColon) && beforeColon)
                {
                    return lineStart;
                }
            }
        }

        return int.MaxValue;
    }

    private void AddProse(LeafBlock leaf, BlockKind kind, int headingLevel, int shift)
    {
        var prose = new ProseBuilder(_source, shift, _literalLabels, _limit);
        prose.Append(leaf.Inline);
        if (_limit < int.MaxValue)
        {
            prose.TrimEnd();
        }

        if (prose.IsEmpty)
        {
            return;
        }

        string text = prose.Text;
        var (markerLength, number, style) = kind == BlockKind.Paragraph ? LeadingManualMarker(text, prose) : (0, 0, MarkerStyle.UnicodeSuperscript);
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

        var block = new Block(kind, prose.Text)
        {
            Map = prose.BuildMap(),
            HeadingLevel = headingLevel,
        };
        block.AddSpans(prose.Spans);
        _blocks.Add(block);
        _noteBlocks?.Add(block);

        if (noteLocation is not null)
        {
            var note = ManualMarkers.Note(number, style, block, noteLocation);
            block.Note = note;
            _defs.Add(note);
        }

        var refs = new List<FootnoteRef>();
        foreach (var marker in prose.Markers)
        {
            if (ToRef(block, marker) is { } found)
            {
                refs.Add(found);
            }
        }

        ManualMarkers.CollectUnicode(block, refs, (start, length) => Locate(block, start, length));
        _refs.AddRange(refs.OrderBy(r => r.Offset));
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
}
