namespace PaperLint.Core.Model;

/// <summary>A footnote or endnote marker in the text, as written in the source.</summary>
public sealed record FootnoteRef
{
    public required NoteKind Kind { get; init; }

    /// <summary>The label as written: Markdown label, the digits of a manual marker, or the DOCX note id.</summary>
    public required string Label { get; init; }

    /// <summary>The number the reader of the page sees, when there is one.</summary>
    public int? Number { get; init; }

    public required FootnoteNumbering Numbering { get; init; }

    public required MarkerStyle Style { get; init; }

    /// <summary>The block the marker stands in.</summary>
    public required Block Block { get; init; }

    /// <summary>Offset of the marker in the block's text (length 0 when the marker has no characters in the text).</summary>
    public required int Offset { get; init; }

    public int Length { get; init; }

    /// <summary>Where the marker is in the user's file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The marker as written in the source (for messages).</summary>
    public string Display { get; init; } = "";

    /// <summary>
    /// Markdown: true when the marker opens a line as <c>[^label] text</c>, the way a note written without its
    /// colon does, but no other marker points to that label, so the reader could not take the line for a note.
    /// It stands where a note's text stands, not at a place in the text that calls a note.
    /// </summary>
    internal bool OpensNoteLine { get; init; }
}
