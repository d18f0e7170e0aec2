using System.Text;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Support;

/// <summary>
/// A DOCX document as a short text, one line per block and per note marker, with kind, part, paragraph
/// and text, in the habit of Markdig's TestSourcePosition: compare it to an expected multi-line string
/// and a location bug shows as a one-line diff.
/// </summary>
public static class DocxSnapshot
{
    public static string Of(Document document)
    {
        var lines = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            lines.Append(block.Kind).Append(' ').Append(Place(block.Docx)).Append(" \"").Append(block.Text).Append('"').Append('\n');
        }

        foreach (var r in document.FootnoteRefs)
        {
            var at = (DocxLocation)r.Location;
            lines.Append(r.Numbering == FootnoteNumbering.Manual ? "ManualRef" : r.Kind == NoteKind.Endnote ? "EndnoteRef" : "FootnoteRef")
                .Append(' ').Append(r.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
                .Append(" (").Append(r.Label).Append(") ")
                .Append(Place(new DocxAnchor(at.Part, at.Paragraph, at.NoteKind, at.Note, at.NoteParagraph)))
                .Append(" @").Append(at.Offset).Append('+').Append(at.Length).Append('\n');
        }

        return lines.ToString();
    }

    private static string Place(DocxAnchor? anchor) => anchor switch
    {
        null => "(no anchor)",
        { Note: { } note } => $"{anchor.Part} {(anchor.NoteKind == NoteKind.Endnote ? "endnote" : "footnote")} {note} ¶{anchor.NoteParagraph}",
        _ => $"{anchor.Part} ¶{anchor.Paragraph}",
    };
}
