namespace PaperLint.Core.Model;

/// <summary>
/// A link from a block's text to a place in the same document (DOCX: a hyperlink to a bookmark, or a REF field):
/// where its text is in <see cref="Block.Text"/> and the name of the bookmark it leads to.
/// </summary>
internal readonly record struct InternalLink(int Start, int Length, string Target);
