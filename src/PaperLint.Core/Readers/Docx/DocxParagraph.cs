using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx.Citations;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// A paragraph that holds text, read from a story: its text as printed, what is in it, and its place
/// (1-based among the text-holding paragraphs of its part). Blocks are made from these once every note
/// reference in the package is known, because a note's display number depends on all of them.
/// </summary>
internal sealed record DocxParagraph(
    string Text,
    IReadOnlyList<InlineSpan> Spans,
    IReadOnlyList<NoteReference> References,
    IReadOnlyList<(int Start, int Length)> ManualMarkers,
    BlockKind Kind,
    string? Style,
    int HeadingLevel,
    int? IndentTwips,
    int Number,
    string? Language = null)
{
    /// <summary>The names of the bookmarks that begin in the paragraph (or just before it, between paragraphs).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Links from the paragraph's text to bookmarks of the document.</summary>
    public IReadOnlyList<InternalLink> InternalLinks { get; init; } = [];

    /// <summary>The number Word prints before the paragraph as an item of a numbered list (not in <see cref="Text"/>).</summary>
    public int? ListNumber { get; init; }

    /// <summary>True for an author line at the head of the paper or an affiliation under it.</summary>
    public bool IsFrontMatter { get; init; }

    /// <summary>The colour of (nearly) all the paragraph's letters, as <c>w:color</c> gives it (<c>4472C4</c>), when it is neither automatic nor black.</summary>
    public string? Color { get; init; }

    /// <summary>The reference managers' citations whose results begin in the paragraph, with their ranges in its text.</summary>
    public IReadOnlyList<CitationResult> CitationFields { get; init; } = [];

    /// <summary>The bibliography a reference manager generated that the paragraph is part of, if any.</summary>
    public ManagerField? Bibliography { get; init; }

    /// <summary>Where the text came from, when the paragraph was read to be edited (see <see cref="StoryWalker"/>).</summary>
    public IReadOnlyList<TextPiece>? Pieces { get; init; }

    /// <summary>The <c>w:p</c> element, when the paragraph was read to be edited.</summary>
    public object? Element { get; init; }
}
