namespace PaperLint.Core.Model;

/// <summary>A footnote or endnote body, as written in the source (duplicates and unreferenced notes included).</summary>
public sealed record FootnoteDef
{
    public required NoteKind Kind { get; init; }

    /// <summary>The label as written: Markdown label, the number before a plain-text note, or the DOCX note id.</summary>
    public required string Label { get; init; }

    /// <summary>The number the reader of the page sees, when there is one.</summary>
    public int? Number { get; init; }

    public required FootnoteNumbering Numbering { get; init; }

    public required MarkerStyle Style { get; init; }

    /// <summary>The note's paragraphs (blocks of kind <see cref="BlockKind.FootnoteBody"/>), possibly none.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Where the note begins in the user's file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// True when the note holds visible content that is not prose (raw HTML with text, code, a table), so that
    /// it is not empty although none of its blocks has prose text.
    /// </summary>
    internal bool HasOtherContent { get; init; }

    /// <summary>
    /// Markdown: true when the note was written <c>[^label] text</c>, without the colon that makes it a definition.
    /// The reader takes such a line for the note its markers point to; Markdown itself prints it as text.
    /// </summary>
    internal bool WithoutColon { get; init; }

    /// <summary>
    /// True when the note shows nothing: no text, nor a URL or code (which stand in the text as a placeholder,
    /// as raw HTML does; a note that is only a link to its source is not empty).
    /// </summary>
    public bool IsEmpty => !HasOtherContent && Blocks.All(b => string.IsNullOrWhiteSpace(b.Text.Replace(Block.Placeholder, ' ')) && !b.Spans.Any(s => s.Kind is SpanKind.Url or SpanKind.Code));

    public string Text => string.Join("\n", Blocks.Select(b => b.Text));
}
