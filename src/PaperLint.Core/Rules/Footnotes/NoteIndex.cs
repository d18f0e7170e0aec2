using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// The note markers and note bodies of a document that the footnote rules consider, grouped into the
/// sequences that are numbered on their own (footnotes and endnotes; per chapter or section when the
/// numbering restarts), with markers matched to bodies. A fact of the lint context: built once per document
/// and shared by the footnote rules.
/// </summary>
internal sealed class NoteIndex
{
    // The numbering segment of each block (a chapter or section where notes restart), by its place in the document.
    private readonly int[] _segmentOf;
    private readonly Dictionary<(SequenceKey, string), List<FootnoteDef>> _defsByLabel = [];

    /// <param name="numeric">The paper's citations by number: a raised number that cites an entry is no note marker.</param>
    public NoteIndex(Document document, FootnoteOptions options, NumericCitations? numeric = null)
    {
        Document = document;
        int segment = 0;
        _segmentOf = new int[document.Blocks.Count];
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind == BlockKind.Heading && options.Restart switch
            {
                NumberingRestart.Chapter => block.HeadingLevel <= 1,
                NumberingRestart.Section => block.HeadingLevel <= 2,
                _ => false,
            })
            {
                segment++;
            }

            _segmentOf[i] = segment;
        }

        Refs = document.FootnoteRefs.Where(r => IsConsidered(r.Numbering, r.Style, options) && numeric?.IsCitation(r) != true).ToList();
        Defs = document.FootnoteDefs.Where(d => IsConsidered(d.Numbering, d.Style, options)).ToList();
        foreach (var def in Defs)
        {
            var key = (KeyOf(def), def.Label.ToUpperInvariant());
            if (!_defsByLabel.TryGetValue(key, out var list))
            {
                _defsByLabel[key] = list = [];
            }

            list.Add(def);
        }
    }

    public Document Document { get; }

    public IReadOnlyList<FootnoteRef> Refs { get; }

    public IReadOnlyList<FootnoteDef> Defs { get; }

    /// <summary>The key of the numbering sequence a marker belongs to.</summary>
    public SequenceKey KeyOf(FootnoteRef r) => new(r.Kind, r.Numbering, r.Numbering == FootnoteNumbering.Manual ? SegmentOf(r.Block) : 0);

    public SequenceKey KeyOf(FootnoteDef d) => new(d.Kind, d.Numbering, d.Numbering == FootnoteNumbering.Manual && d.Blocks.Count > 0 ? SegmentOf(d.Blocks[0]) : 0);

    /// <summary>The notes a marker points to (labels compare without case, as Markdown's do).</summary>
    public IReadOnlyList<FootnoteDef> NotesOf(FootnoteRef r) =>
        _defsByLabel.TryGetValue((KeyOf(r), r.Label.ToUpperInvariant()), out var defs) ? defs : [];

    /// <summary>"footnote" or "endnote".</summary>
    public static string Noun(NoteKind kind) => kind == NoteKind.Endnote ? "endnote" : "footnote";

    /// <summary>How a marker is named in a message: its number, or its label as written.</summary>
    public static string Name(FootnoteRef r) => r.Style == MarkerStyle.MarkdownLabel ? $"[^{r.Label}]" : r.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? r.Label;

    public static string Name(FootnoteDef d) => d.Style == MarkerStyle.MarkdownLabel ? $"[^{d.Label}]" : d.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? d.Label;

    /// <summary>A finding at a note marker.</summary>
    public Finding AtRef(FootnoteRef r, IRule rule, LintContext context, string message) => new()
    {
        RuleId = rule.Id,
        Severity = context.SeverityFor(rule),
        Message = message,
        Match = r.Length > 0 ? r.Block.Text.Substring(r.Offset, r.Length) : r.Display.Length > 0 ? r.Display : Name(r),
        Location = r.Location,
        Excerpt = Document.ExcerptAt(r.Location, r.Block, r.Offset, r.Length),
    };

    /// <summary>A finding at the start of a note body.</summary>
    public Finding AtDef(FootnoteDef d, IRule rule, LintContext context, string message) => new()
    {
        RuleId = rule.Id,
        Severity = context.SeverityFor(rule),
        Message = message,
        Match = Name(d),
        Location = d.Location,
        Excerpt = Document.ExcerptAt(d.Location, d.Blocks.Count > 0 ? d.Blocks[0] : null, 0, 0),
    };

    private int SegmentOf(Block block) => Document.IndexOf(block) is >= 0 and var index && index < _segmentOf.Length ? _segmentOf[index] : 0;

    private static bool IsConsidered(FootnoteNumbering numbering, MarkerStyle style, FootnoteOptions options) =>
        numbering == FootnoteNumbering.Auto || options.ManualMarkers.Contains(style);
}

/// <summary>Notes numbered together: one kind, one numbering, one chapter or section when numbering restarts.</summary>
internal readonly record struct SequenceKey(NoteKind Kind, FootnoteNumbering Numbering, int Segment);
