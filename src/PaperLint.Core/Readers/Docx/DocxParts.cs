using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The parts of a package the reader uses, loaded up front so that every way a package can be damaged
/// shows while it is opened (and is named by part), and the walk that follows touches only loaded XML.
/// Part names are as stored in the package, without the leading slash ("word/document.xml").
/// </summary>
internal sealed class DocxParts
{
    private DocxParts(string mainPart, Body? body)
    {
        MainPart = mainPart;
        Body = body;
    }

    public string MainPart { get; }

    public Body? Body { get; }

    public Styles? Styles { get; private init; }

    public (string Part, Footnotes Root)? Footnotes { get; private init; }

    public (string Part, Endnotes Root)? Endnotes { get; private init; }

    /// <summary>The numbering part: how Word numbers the items of its lists (the numbers are not in the text).</summary>
    public Numbering? Numbering { get; private init; }

    /// <summary>The comments part, read for <c>paperlint-disable</c> comments.</summary>
    public Comments? Comments { get; private init; }

    /// <summary>
    /// Loads the parts; <paramref name="loading"/> is told each part's name before it is read, so a
    /// failure can say where. Null when the package has no Word main document.
    /// </summary>
    public static DocxParts? Load(WordprocessingDocument package, Action<string> loading)
    {
        if (package.MainDocumentPart is not { } main || !IsWordprocessing(main.ContentType))
        {
            return null;
        }

        string mainPart = NameOf(main);
        Styles? styles = null;
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            loading(NameOf(stylesPart));
            styles = stylesPart.Styles;
        }

        loading(mainPart);
        var body = main.Document?.Body;

        (string, Footnotes)? footnotes = null;
        if (main.FootnotesPart is { } footnotesPart)
        {
            loading(NameOf(footnotesPart));
            footnotes = (NameOf(footnotesPart), footnotesPart.Footnotes ?? throw Empty());
        }

        (string, Endnotes)? endnotes = null;
        if (main.EndnotesPart is { } endnotesPart)
        {
            loading(NameOf(endnotesPart));
            endnotes = (NameOf(endnotesPart), endnotesPart.Endnotes ?? throw Empty());
        }

        Numbering? numbering = null;
        if (main.NumberingDefinitionsPart is { } numberingPart)
        {
            loading(NameOf(numberingPart));
            numbering = numberingPart.Numbering;
        }

        Comments? comments = null;
        if (main.WordprocessingCommentsPart is { } commentsPart)
        {
            loading(NameOf(commentsPart));
            comments = commentsPart.Comments ?? throw Empty();
        }

        return new DocxParts(mainPart, body) { Styles = styles, Footnotes = footnotes, Endnotes = endnotes, Numbering = numbering, Comments = comments };
    }

    private static string NameOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    // A notes or comments part the document names but that holds nothing: its notes, or its suppression comments, would
    // be lost without a word.
    private static InvalidDataException Empty() => new("the part is empty");

    // Documents, templates, and their macro-enabled kinds; a workbook or a presentation is something else.
    private static bool IsWordprocessing(string contentType) =>
        contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/vnd.ms-word.", StringComparison.OrdinalIgnoreCase);
}
