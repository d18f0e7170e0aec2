using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// A <c>w:footnoteReference</c> or <c>w:endnoteReference</c> found in a paragraph, at an offset of its
/// text (the marker itself adds no characters). A reference with <c>w:customMarkFollows</c> shows the
/// text that follows it (often "*") instead of a number, and takes no place in Word's numbering.
/// </summary>
internal sealed class NoteReference(NoteKind kind, string label, int offset, bool customMark)
{
    public NoteKind Kind { get; } = kind;

    /// <summary>The note's <c>w:id</c> as written.</summary>
    public string Label { get; } = label;

    public int Offset { get; } = offset;

    public bool CustomMark { get; } = customMark;

    /// <summary>The custom mark's text, once the runs after the reference are read.</summary>
    public string? Mark { get; set; }
}
