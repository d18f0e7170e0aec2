namespace PaperLint.Core.Model;

/// <summary>Where a DOCX block's paragraph sits in its package; offsets in the block's text are offsets in the paragraph.</summary>
public sealed record DocxAnchor(string Part, int Paragraph, NoteKind? NoteKind = null, int? Note = null, int? NoteParagraph = null);
