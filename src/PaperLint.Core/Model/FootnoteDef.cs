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

    public bool IsEmpty => Blocks.All(b => string.IsNullOrWhiteSpace(b.Text.Replace(Block.Placeholder, ' ')));

    public string Text => string.Join("\n", Blocks.Select(b => b.Text));
}
