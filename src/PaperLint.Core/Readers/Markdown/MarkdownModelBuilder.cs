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
    private List<Block>? _noteBlocks;

    public MarkdownModelBuilder(string source)
    {
        _source = source;
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
        var noteBlocks = new List<Block>();
        _noteBlocks = noteBlocks;
        foreach (var child in definition.Footnote)
        {
            Visit(child, BlockKind.FootnoteBody, shift);
        }

        _noteBlocks = null;

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
    }

    private void AddProse(LeafBlock leaf, BlockKind kind, int headingLevel, int shift)
    {
        var prose = new ProseBuilder(_source, shift, _literalLabels);
        prose.Append(leaf.Inline);
        if (prose.IsEmpty)
        {
            return;
        }

        string text = prose.Text;
        int markerLength = kind == BlockKind.Paragraph ? ManualMarkers.LeadingMarkerLength(text) : 0;
        SourceLocation? noteLocation = null;
        if (markerLength > 0)
        {
            // A paragraph that begins with a superscript number is that note's body, as in plain text.
            int bodyStart = ManualMarkers.BodyStart(text, markerLength);
            noteLocation = bodyStart < text.Length
                ? At(prose.SourceOffsetAt(bodyStart), prose.SourceOffsetAt(bodyStart))
                : At(prose.SourceOffsetAt(markerLength - 1) + 1, prose.SourceOffsetAt(markerLength - 1) + 1);
            prose.RemovePrefix(bodyStart);
            kind = BlockKind.FootnoteBody;
        }

        var block = new Block(kind, prose.Text)
        {
            Map = prose.BuildMap(),
            HeadingLevel = headingLevel,
        };
        block.Spans.AddRange(prose.Spans);
        _blocks.Add(block);
        _noteBlocks?.Add(block);

        if (noteLocation is not null)
        {
            var note = ManualMarkers.UnicodeNote(text, markerLength, block, noteLocation);
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
