using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Tests.Support;

/// <summary>
/// Builds small Word documents in memory with the Open XML SDK, so that every DOCX case of a test is a
/// real package. Paragraph text may hold <c>[^n]</c>, which becomes a native footnote reference to
/// note n added with <see cref="Footnote"/>. For what plain text cannot say (tables, fields, tracked
/// changes, text boxes), <see cref="Body"/> takes WordprocessingML elements as they are, and
/// <see cref="Style"/>, <see cref="Endnote"/> and <see cref="NoteElement"/> fill the other parts.
/// </summary>
public sealed class DocxFixture
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<OpenXmlElement> _footnotes = [];
    private readonly List<OpenXmlElement> _endnotes = [];
    private readonly List<Style> _styles = [];
    private readonly List<(string Id, string[] Paragraphs)> _comments = [];
    private readonly List<(string Id, string Target)> _links = [];
    private string? _defaultLanguage;
    private Numbering? _numbering;

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
        _body.Add(BuildParagraph(text, style));
        return this;
    }

    /// <summary>Appends body-level elements (paragraphs, tables, content controls) as they are.</summary>
    public DocxFixture Body(params OpenXmlElement[] elements)
    {
        _body.AddRange(elements);
        return this;
    }

    public DocxFixture Footnote(int id, string text)
    {
        _footnotes.Add(new Footnote(NoteParagraph(text, isEndnote: false)) { Id = id });
        return this;
    }

    public DocxFixture Endnote(int id, string text)
    {
        _endnotes.Add(new Endnote(NoteParagraph(text, isEndnote: true)) { Id = id });
        return this;
    }

    /// <summary>Adds a <c>w:footnote</c> or <c>w:endnote</c> element as it is (an empty note, a note with a reference in it).</summary>
    public DocxFixture NoteElement(FootnoteEndnoteType note)
    {
        (note is Endnote ? _endnotes : _footnotes).Add(note);
        return this;
    }

    /// <summary>
    /// Adds a Word comment to the comments part (created on first use); its range is marked in the text
    /// with <see cref="CommentStart"/> and <see cref="CommentEnd"/>. Each string is one paragraph.
    /// </summary>
    public DocxFixture Comment(string id, params string[] paragraphs)
    {
        _comments.Add((id, paragraphs));
        return this;
    }

    public static CommentRangeStart CommentStart(string id) => new() { Id = id };

    public static CommentRangeEnd CommentEnd(string id) => new() { Id = id };

    /// <summary>
    /// Adds an external hyperlink relationship from the document, for a <c>w:hyperlink</c> with that id. The
    /// target is written as given, even an address the SDK would refuse to write (one with a space in its
    /// host, as an author may type it into Word), which is why it is put into the package after the SDK is done.
    /// </summary>
    public DocxFixture ExternalLink(string id, string target)
    {
        _links.Add((id, target));
        return this;
    }

    /// <summary>Adds a style to the styles part (created on first use).</summary>
    public DocxFixture Style(Style style)
    {
        _styles.Add(style);
        return this;
    }

    /// <summary>A paragraph style with an id and a name, optionally based on another.</summary>
    public DocxFixture ParagraphStyle(string id, string name, string? basedOn = null, StyleParagraphProperties? properties = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (properties is not null)
        {
            style.Append(properties);
        }

        return Style(style);
    }

    /// <summary>Adds the numbering part (<c>w:abstractNum</c> and <c>w:num</c> definitions) that numbered paragraphs refer to.</summary>
    public DocxFixture Numbering(Numbering numbering)
    {
        _numbering = numbering;
        return this;
    }

    /// <summary>
    /// A numbering part with one list, <c>w:numId</c> <paramref name="numId"/>, whose first level counts in
    /// <paramref name="format"/> from <paramref name="start"/> and prints <paramref name="levelText"/> ("[%1]", "%1.").
    /// </summary>
    public static Numbering SimpleList(int numId, NumberFormatValues format, string levelText = "%1.", int start = 1) => new(
        new AbstractNum(
            new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = levelText }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numId });

    /// <summary>A paragraph that is an item of list <paramref name="numId"/> at <paramref name="level"/>.</summary>
    public static Paragraph ListParagraph(string text, int numId, int level = 0) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
        TextRun(text));

    /// <summary>The document's default run language (<c>w:docDefaults</c>), as Word writes the author's language.</summary>
    public DocxFixture DefaultLanguage(string tag)
    {
        _defaultLanguage = tag;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            foreach (var element in _body)
            {
                body.Append(element.CloneNode(true));
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            foreach (var (id, _) in _links)
            {
                main.AddHyperlinkRelationship(new Uri(LinkPlaceholder(id)), isExternal: true, id);
            }

            if (_styles.Count > 0 || _defaultLanguage is not null)
            {
                var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
                stylesPart.Styles = new Styles(_styles.Select(s => s.CloneNode(true)));
                if (_defaultLanguage is not null)
                {
                    stylesPart.Styles.PrependChild(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = _defaultLanguage }))));
                }
            }

            if (_numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = (Numbering)_numbering.CloneNode(true);
            }

            if (_comments.Count > 0)
            {
                var commentsPart = main.AddNewPart<WordprocessingCommentsPart>();
                commentsPart.Comments = new Comments(_comments.Select(c =>
                    new Comment(c.Paragraphs.Select(p => new Paragraph(TextRun(p)))) { Id = c.Id, Author = "Reviewer", Initials = "R" }));
            }

            if (_footnotes.Count > 0)
            {
                var notesPart = main.AddNewPart<FootnotesPart>();
                var footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                footnotes.Append(_footnotes.Select(n => n.CloneNode(true)));
                notesPart.Footnotes = footnotes;
            }

            if (_endnotes.Count > 0)
            {
                var notesPart = main.AddNewPart<EndnotesPart>();
                var endnotes = new Endnotes(
                    new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                endnotes.Append(_endnotes.Select(n => n.CloneNode(true)));
                notesPart.Endnotes = endnotes;
            }
        }

        return _links.Count == 0 ? stream.ToArray() : WithLinkTargets(stream.ToArray());
    }

    /// <summary>A run of plain text, spaces kept.</summary>
    public static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A run of text with run properties.</summary>
    public static Run TextRun(string text, RunProperties properties) => new(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static RunProperties Superscript() => new(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });

    /// <summary>A paragraph of the given inline elements.</summary>
    public static Paragraph Para(params OpenXmlElement[] inlines) => new(inlines);

    /// <summary>
    /// Rewrites a Transitional package as ISO 29500 Strict: the Strict namespaces for WordprocessingML and
    /// relationships, and w:conformance="strict" on the document, as Word writes it.
    /// </summary>
    public static byte[] ToStrict(byte[] transitional)
    {
        using var input = new ZipArchive(new MemoryStream(transitional), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var strict = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                text = text
                    .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal)
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal);
                if (entry.FullName == "word/document.xml")
                {
                    text = text.Replace("<w:document ", "<w:document w:conformance=\"strict\" ", StringComparison.Ordinal);
                }

                using var writer = new StreamWriter(strict.CreateEntry(entry.FullName).Open());
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    private static string LinkPlaceholder(string id) => $"https://link.invalid/{id}";

    /// <summary>The package with each link's placeholder address in the document's relationships replaced by its target as given.</summary>
    private byte[] WithLinkTargets(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var rewritten = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var target = rewritten.CreateEntry(entry.FullName).Open();
                using var source = entry.Open();
                if (entry.FullName != "word/_rels/document.xml.rels")
                {
                    source.CopyTo(target);
                    continue;
                }

                using var reader = new StreamReader(source);
                string text = reader.ReadToEnd();
                foreach (var (id, address) in _links)
                {
                    text = text.Replace($"\"{LinkPlaceholder(id)}\"", $"\"{System.Security.SecurityElement.Escape(address)}\"", StringComparison.Ordinal);
                }

                target.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static Paragraph NoteParagraph(string text, bool isEndnote) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = isEndnote ? "EndnoteText" : "FootnoteText" }),
        new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), isEndnote ? new EndnoteReferenceMark() : new FootnoteReferenceMark()),
        new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }));

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
}
