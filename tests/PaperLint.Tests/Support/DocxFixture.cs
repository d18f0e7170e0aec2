using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Tests.Support;

/// <summary>
/// Builds small Word documents in memory with the Open XML SDK, so that every DOCX case of a test is a
/// real package. Paragraph text may hold <c>[^n]</c>, which becomes a native footnote reference to
/// note n added with <see cref="Footnote"/>.
/// </summary>
public sealed class DocxFixture
{
    private readonly List<(string Text, string? Style)> _paragraphs = [];
    private readonly List<(int Id, string Text)> _footnotes = [];

    public static byte[] FromParagraphs(params string[] paragraphs)
    {
        var fixture = new DocxFixture();
        foreach (var p in paragraphs)
        {
            fixture.Paragraph(p);
        }

        return fixture.Build();
    }

    public DocxFixture Paragraph(string text, string? style = null)
    {
        _paragraphs.Add((text, style));
        return this;
    }

    public DocxFixture Footnote(int id, string text)
    {
        _footnotes.Add((id, text));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            foreach (var (text, style) in _paragraphs)
            {
                body.Append(BuildParagraph(text, style));
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            if (_footnotes.Count > 0)
            {
                var notesPart = main.AddNewPart<FootnotesPart>();
                var footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach (var (id, text) in _footnotes)
                {
                    footnotes.Append(new Footnote(
                        new Paragraph(
                            new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                            new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve })))
                    { Id = id });
                }

                notesPart.Footnotes = footnotes;
            }
        }

        return stream.ToArray();
    }

    private static Paragraph BuildParagraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        int i = 0;
        while (i < text.Length)
        {
            int marker = text.IndexOf("[^", i, StringComparison.Ordinal);
            int close = marker >= 0 ? text.IndexOf(']', marker) : -1;
            if (marker < 0 || close < 0)
            {
                paragraph.Append(TextRun(text[i..]));
                break;
            }

            if (marker > i)
            {
                paragraph.Append(TextRun(text[i..marker]));
            }

            long id = long.Parse(text[(marker + 2)..close], System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new Run(
                new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                new FootnoteReference { Id = id }));
            i = close + 1;
        }

        return paragraph;
    }

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
