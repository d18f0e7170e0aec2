namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Where a Word comment's range begins or ends in a part: the paragraph (numbered as blocks are) and the
/// offset in its text. A mark in a paragraph without text stands at the start of the next paragraph.
/// </summary>
internal sealed record CommentMark(string CommentId, bool IsStart, int Paragraph, int Offset);
