namespace PaperLint.Core.Model;

/// <summary>The file format a document was read from.</summary>
public enum SourceFormat
{
    Markdown,
    Docx,
    PlainText,
}
