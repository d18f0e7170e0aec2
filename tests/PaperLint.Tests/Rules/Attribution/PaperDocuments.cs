using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using Document = PaperLint.Core.Model.Document;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>
/// Writes a short paper given in a little Markdown (paragraphs separated by blank lines, <c># Heading</c>,
/// <c>&gt; quotation</c>, <c>*title*</c>, <c>[^n]</c> markers and <c>[^n]: note</c> lines) in each format the
/// way an author would: Markdown as it is; Word with heading and Quote styles, italic runs and native
/// footnotes; plain text with the quotation marks of Markdown dropped (a text file sets a quotation off by
/// a colon and its citation), asterisks for italics, and superscript note numbers with the notes at the end.
/// Raised numbers written <c>^{1,3}</c> become <c>&lt;sup&gt;1,3&lt;/sup&gt;</c> in Markdown, a superscript run in
/// Word, and Unicode superscript digits (¹,³; a dash as ⁻) in plain text.
/// </summary>
public static partial class PaperDocuments
{
    public static Document From(SourceFormat format, string paper)
    {
        var (paragraphs, notes) = Split(paper);
        return format switch
        {
            SourceFormat.Markdown => MarkdownReader.Parse("test.md", Raised().Replace(paper.Replace("\r\n", "\n", StringComparison.Ordinal), m => $"<sup>{m.Groups[1].Value}</sup>")),
            SourceFormat.PlainText => PlainTextReader.Parse("test.txt", PlainText(paragraphs, notes)),
            _ => new DocxReader().Read("test.docx", new MemoryStream(Docx(paragraphs, notes))),
        };
    }

    private static (List<string> Paragraphs, List<(int Id, string Text)> Notes) Split(string paper)
    {
        var paragraphs = new List<string>();
        var notes = new List<(int, string)>();
        foreach (var p in TestDocuments.Paragraphs(paper))
        {
            var note = NoteDefinition().Match(p);
            if (note.Success)
            {
                notes.Add((int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), note.Groups[2].Value));
            }
            else
            {
                paragraphs.Add(p);
            }
        }

        return (paragraphs, notes);
    }

    private static string PlainText(List<string> paragraphs, List<(int Id, string Text)> notes)
    {
        var text = new StringBuilder();
        foreach (var p in paragraphs)
        {
            string line = p.StartsWith("# ", StringComparison.Ordinal) ? p[2..]
                : p.StartsWith("## ", StringComparison.Ordinal) ? p[3..]
                : p.StartsWith("> ", StringComparison.Ordinal) ? QuoteContinuation().Replace(p[2..], " ")
                : p;
            line = Raised().Replace(line, m => Superscript(m.Groups[1].Value));
            text.Append(Marker().Replace(line, m => Superscript(m.Groups[1].Value))).Append("\n\n");
        }

        foreach (var (id, note) in notes)
        {
            text.Append(Superscript(id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(' ').Append(note).Append("\n\n");
        }

        return text.ToString();
    }

    private static byte[] Docx(List<string> paragraphs, List<(int Id, string Text)> notes)
    {
        var fixture = new DocxFixture()
            .ParagraphStyle("Heading1", "heading 1")
            .ParagraphStyle("Heading2", "heading 2")
            .ParagraphStyle("Quote", "Quote");
        foreach (var p in paragraphs)
        {
            var (style, text) = p.StartsWith("# ", StringComparison.Ordinal) ? ("Heading1", p[2..])
                : p.StartsWith("## ", StringComparison.Ordinal) ? ("Heading2", p[3..])
                : p.StartsWith("> ", StringComparison.Ordinal) ? ("Quote", QuoteContinuation().Replace(p[2..], " "))
                : ((string?)null, p);
            fixture.Body(Paragraph(text, style));
        }

        foreach (var (id, note) in notes)
        {
            fixture.NoteElement(new Footnote(Paragraph(note, "FootnoteText", id)) { Id = id });
        }

        return fixture.Build();
    }

    /// <summary>A Word paragraph: *words* in italics, [^n] as a native note reference; in a note, its own reference mark first.</summary>
    private static Paragraph Paragraph(string text, string? style, int? noteId = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (noteId is not null)
        {
            paragraph.Append(new Run(DocxFixture.Superscript(), new FootnoteReferenceMark()), DocxFixture.TextRun(" "));
        }

        foreach (Match piece in Inline().Matches(text))
        {
            if (piece.Groups["italic"].Success)
            {
                paragraph.Append(DocxFixture.TextRun(piece.Groups["italic"].Value, new RunProperties(new Italic())));
            }
            else if (piece.Groups["raised"].Success)
            {
                paragraph.Append(DocxFixture.TextRun(piece.Groups["raised"].Value, DocxFixture.Superscript()));
            }
            else if (piece.Groups["note"].Success)
            {
                paragraph.Append(new Run(DocxFixture.Superscript(), new FootnoteReference { Id = long.Parse(piece.Groups["note"].Value, System.Globalization.CultureInfo.InvariantCulture) }));
            }
            else
            {
                paragraph.Append(DocxFixture.TextRun(piece.Value));
            }
        }

        return paragraph;
    }

    private static string Superscript(string digits) =>
        string.Concat(digits.Select(d => char.IsAsciiDigit(d) ? "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0'] : d is '-' or '–' ? '⁻' : d));

    [GeneratedRegex(@"^\[\^(\d+)\]:\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+>\s+")]
    private static partial Regex QuoteContinuation();

    [GeneratedRegex(@"\*(?<italic>[^*]+)\*|\[\^(?<note>\d+)\]|\^\{(?<raised>[^}]+)\}|[^*\[^]+|[*\[^]")]
    private static partial Regex Inline();

    [GeneratedRegex(@"\^\{([^}]+)\}")]
    private static partial Regex Raised();
}
