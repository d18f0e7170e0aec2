using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using Document = PaperLint.Core.Model.Document;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Fixes;

/// <summary>What annotating a document did: its new content and how many comments it holds, by where they stand.</summary>
public sealed record AnnotateResult(byte[] Content, int Comments, int OnText, int OnParagraph);

/// <summary>
/// Writes each finding into a Word document as a comment (rule, message, suggestion), its range over the matched text,
/// in the body and in notes; a finding without a span, or whose text cannot hold a range (a text box, a copy the reader
/// parsed again), is anchored to its paragraph, and one about the document as a whole or another file to the first
/// paragraph. Comments and tracked changes already in the document stay.
/// </summary>
public static class DocxAnnotator
{
    public static AnnotateResult Annotate(Document document, byte[] original, IReadOnlyList<Finding> findings, DocxAuthor author)
    {
        if (!DocxSupport.CanEdit)
        {
            throw DocxSupport.Unavailable(document.Path);
        }

        int onText = 0, onParagraph = 0;
        byte[] content = DocxReader.Edit(document.Path, original, (package, parts) =>
        {
            var editing = new DocxEditing(parts);
            var main = package.MainDocumentPart!;
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            commentsPart.Comments ??= new Comments();
            var comments = commentsPart.Comments;
            foreach (var finding in findings)
            {
                string id = editing.NextId();
                var place = Anchor(editing, finding, id);
                if (place == Place.Nowhere)
                {
                    throw new InputException($"{document.Path}: the document has no paragraph to anchor a comment to");
                }

                if (place == Place.Text)
                {
                    onText++;
                }
                else
                {
                    onParagraph++;
                }

                comments.AppendChild(CommentOf(finding, id, author, place == Place.Elsewhere));
            }

            editing.Changed.Add(comments);

            return editing.Changed;
        });
        return new AnnotateResult(content, onText + onParagraph, onText, onParagraph);
    }

    private enum Place
    {
        Nowhere,
        Text,
        Paragraph,
        Elsewhere,
    }

    private static Place Anchor(DocxEditing editing, Finding finding, string id)
    {
        // A note no reference points to is not printed, and so neither is a comment in it.
        if (finding.Location is DocxLocation { NoteKind: null } or DocxLocation { Note: not null } && finding.Location is DocxLocation location
            && editing.Paragraph(location) is { } paragraph)
        {
            if (location.Length > 0
                && editing.Isolate(editing.PiecesOf(location), location.Offset, location.Offset + location.Length, p => p.Anchorable) is { Count: > 0 } pieces)
            {
                var runs = DocxEditing.RunsOf(pieces);
                Outside(runs[0]).InsertBeforeSelf(new CommentRangeStart { Id = id });
                var end = Outside(runs[^1]).InsertAfterSelf(new CommentRangeEnd { Id = id });
                end.InsertAfterSelf(ReferenceRun(id));
                editing.MarkChanged(end);
                return Place.Text;
            }

            if (paragraph.Element is OpenXmlElement element && IsInPackage(element))
            {
                AnchorToParagraph(editing, element, id);
                return Place.Paragraph;
            }
        }

        if (editing.FirstBodyParagraph()?.Element is OpenXmlElement first)
        {
            AnchorToParagraph(editing, first, id);
            return Place.Elsewhere;
        }

        return Place.Nowhere;
    }

    /// <summary>
    /// The element a comment's mark stands beside: the run, or the tracked insertion around it, since readers of the file
    /// (pandoc among them) take only runs from inside a tracked change; the range then covers the whole insertion.
    /// </summary>
    private static OpenXmlElement Outside(Run run)
    {
        OpenXmlElement element = run;
        while (element.Parent is InsertedRun or MoveToRun)
        {
            element = element.Parent;
        }

        return element;
    }

    private static void AnchorToParagraph(DocxEditing editing, OpenXmlElement paragraph, string id)
    {
        var start = new CommentRangeStart { Id = id };
        if (paragraph.GetFirstChild<ParagraphProperties>() is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.AppendChild(new CommentRangeEnd { Id = id });
        paragraph.AppendChild(ReferenceRun(id));
        editing.MarkChanged(paragraph);
    }

    private static bool IsInPackage(OpenXmlElement? element) =>
        element is not null && element.Ancestors<OpenXmlPartRootElement>().Any();

    private static Run ReferenceRun(string id) => new(new CommentReference { Id = id });

    private static Comment CommentOf(Finding finding, string id, DocxAuthor author, bool elsewhere)
    {
        var text = new System.Text.StringBuilder();
        text.Append(finding.RuleId).Append(" (").Append(finding.Severity.ToName()).Append("): ").Append(finding.Message);
        if (finding.Suggestions.Count > 0)
        {
            text.Append(" Suggestion: ").Append(string.Join(" / ", finding.Suggestions));
        }

        if (elsewhere)
        {
            text.Append(" [").Append(finding.Location is TextLocation { File: { } file } at ? $"{file}:{at.Line}:{at.Column}" : finding.Location.ToString());
            if (finding.Excerpt is { Text.Length: > 0 } excerpt)
            {
                text.Append(": ").Append(excerpt.Text.Trim());
            }

            text.Append(']');
        }

        var comment = new Comment { Id = id, Author = author.Name, Initials = author.Initials, Date = author.WordDate };
        comment.AppendChild(new Paragraph(new Run(new Text(XmlSafe(text.ToString())) { Space = SpaceProcessingModeValues.Preserve })));
        return comment;
    }

    // A message quotes the document's text, which may hold characters XML 1.0 cannot (a control character Word kept).
    private static string XmlSafe(string text) =>
        string.Concat(text.Where(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF')));
}
