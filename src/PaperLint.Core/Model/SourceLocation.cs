namespace PaperLint.Core.Model;

/// <summary>Where a finding is in the user's file. Public values are 1-based, as people count.</summary>
public abstract record SourceLocation;

/// <summary>A range in a text format (Markdown, plain text): 1-based lines and columns, end exclusive.</summary>
public sealed record TextLocation(int Line, int Column, int EndLine, int EndColumn) : SourceLocation
{
    /// <summary>
    /// Set when the place is in another file than the document the finding is about, such as the entry of its
    /// bibliography that an unused-entry finding leads to: that file's path, as the report shows it.
    /// </summary>
    public string? File { get; init; }

    public override string ToString() => File is null ? $"{Line}:{Column}" : $"{File}:{Line}:{Column}";
}

/// <summary>
/// A range in a Word document, which has no lines: the package part, the paragraph (1-based among the
/// part's paragraphs that hold text), and the offset and length in that paragraph's text. In a notes
/// part, <see cref="Note"/> is the note's display number and <see cref="NoteParagraph"/> the paragraph
/// within the note.
/// </summary>
public sealed record DocxLocation(
    string Part,
    int Paragraph,
    int Offset,
    int Length,
    NoteKind? NoteKind = null,
    int? Note = null,
    int? NoteParagraph = null) : SourceLocation
{
    public override string ToString() => (NoteKind, Note) switch
    {
        (not null, { } note) => $"{Noun} {note}, ¶{NoteParagraph ?? 1}",
        (not null, null) => $"unnumbered {Noun} (¶{Paragraph} of the {Noun}s)",
        _ => $"¶{Paragraph}",
    };

    private string Noun => NoteKind == Model.NoteKind.Endnote ? "endnote" : "footnote";
}
