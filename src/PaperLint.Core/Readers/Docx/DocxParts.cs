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
    private DocxParts(string mainPart, Body? body, IEnumerable<OpenXmlElement> bodyElements)
    {
        MainPart = mainPart;
        Body = body;
        BodyElements = bodyElements;
    }

    public string MainPart { get; }

    /// <summary>The body loaded whole, as an edit needs it; null when it is read one element at a time (<see cref="BodyElements"/>).</summary>
    public Body? Body { get; }

    /// <summary>
    /// The body's elements (paragraphs, tables, content controls, bookmarks...) in order: the loaded body's children, or,
    /// when the parts were loaded to be read and not edited, each read from the part as the walk comes to it and let go
    /// after, so that no more than one of them is held at a time (the whole body's tree is many times the size of its
    /// XML). Reading the part may fail part way: the failure comes as a <see cref="PartException"/> naming the part.
    /// Walked once.
    /// </summary>
    public IEnumerable<OpenXmlElement> BodyElements { get; }

    /// <summary>
    /// The footnotes part's name and its notes, each a <c>w:footnote</c> with its paragraphs: the loaded root's children
    /// (<see cref="Footnotes"/>), or read one note at a time as <see cref="BodyElements"/> reads the body. Null without the part.
    /// </summary>
    public (string Part, IEnumerable<OpenXmlElement> Notes)? FootnoteElements { get; private init; }

    /// <summary>The endnotes part's name and its notes, as <see cref="FootnoteElements"/>.</summary>
    public (string Part, IEnumerable<OpenXmlElement> Notes)? EndnoteElements { get; private init; }

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
    /// <param name="streamBody">
    /// When given, read the body one element at a time (<see cref="BodyElements"/>) from these bytes of the package rather
    /// than load it whole, as a reading may and an edit may not.
    /// </param>
    public static DocxParts? Load(WordprocessingDocument package, Action<string> loading, PackageBytes? streamBody = null)
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
        var body = streamBody is null ? main.Document?.Body : null;
        var bodyElements = streamBody is null
            ? body?.ChildElements ?? (IEnumerable<OpenXmlElement>)[]
            : Streamed(main, mainPart, streamBody, typeof(Document), "a Word document's (w:document)", typeof(Body));

        var (footnotes, footnoteElements) = LoadNotes(main.FootnotesPart, static part => part.Footnotes, "a notes part's (w:footnotes)", loading, streamBody);
        var (endnotes, endnoteElements) = LoadNotes(main.EndnotesPart, static part => part.Endnotes, "a notes part's (w:endnotes)", loading, streamBody);

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

        return new DocxParts(mainPart, body, bodyElements)
        {
            Styles = styles,
            Footnotes = footnotes,
            Endnotes = endnotes,
            FootnoteElements = footnoteElements,
            EndnoteElements = endnoteElements,
            Numbering = numbering,
            Comments = comments,
        };
    }

    /// <summary>
    /// A notes part (footnotes or endnotes), when the package has one: its notes read one at a time where it
    /// <see cref="Streams"/>, else its root loaded whole, which an edit needs, with the root's children as its notes.
    /// </summary>
    private static ((string Part, TRoot Root)? Whole, (string Part, IEnumerable<OpenXmlElement> Notes)? Elements) LoadNotes<TPart, TRoot>(
        TPart? part, Func<TPart, TRoot?> rootOf, string rootName, Action<string> loading, PackageBytes? streamBody)
        where TPart : OpenXmlPart
        where TRoot : OpenXmlPartRootElement
    {
        if (part is null)
        {
            return (null, null);
        }

        string name = NameOf(part);
        loading(name);
        if (Streams(streamBody, name))
        {
            return (null, (name, Streamed(part, name, streamBody!, typeof(TRoot), rootName, null)));
        }

        var root = rootOf(part) ?? throw Empty();
        return ((name, root), (name, root.ChildElements));
    }

    /// <summary>
    /// Whether a notes part is read one note at a time: when the parts are loaded to be read, and the archive holds the
    /// part by its name. A part of fewer than four bytes holds no notes, which the SDK reads as no part at all: that is
    /// damage, as it is when the part is loaded whole.
    /// </summary>
    private static bool Streams(PackageBytes? bytes, string part) => bytes?.Length(part) switch
    {
        null => false,
        < 4 => throw Empty(),
        _ => true,
    };

    /// <summary>
    /// A story part's elements read one at a time: the children of <paramref name="container"/> (the body) inside the
    /// root, or of the root itself (the notes of a notes part) when it is null. The SDK's part reader translates the
    /// attributes of a Strict document to their Transitional forms whatever the package is (indentation's <c>w:left</c>
    /// read as <c>w:start</c>, table looks' flags as one value...), where a loaded tree translates them only in a Strict
    /// package; the walk reads each of those it uses in both forms.
    /// </summary>
    /// <remarks>
    /// The part is read from the file's bytes, unpacked as it goes (the package, opened for editing, would unpack it whole
    /// first), or through the package where the archive has no entry of the part's name. The SDK's part reader stops at
    /// the end of the root element, where a tree's reading goes on to the end of the part: an XML error after the root is
    /// the one the part was found to end with when it was first read through.
    /// </remarks>
    private static IEnumerable<OpenXmlElement> Streamed(OpenXmlPart source, string part, PackageBytes bytes, Type root, string rootName, Type? container)
    {
        var malformed = bytes.Malformed(part);
        OpenXmlPartReader? reader = null;
        try
        {
            var options = new OpenXmlPartReaderOptions { IgnoreWhitespace = false, CloseStream = true };
            reader = Try(part, () => bytes.Open(part) is { } content ? new OpenXmlPartReader(content, source.Features, options) : new OpenXmlPartReader(source, options));
            var read = reader;
            if (!Try(part, read.Read) || read.ElementType != root)
            {
                throw new PartException(part, new InvalidDataException($"its root element is not {rootName}"));
            }

            // Into the container: the root's first child of its kind (a background or other element may come before the body).
            bool inside = container is null || Try(part, () => read.ReadFirstChild() && Seek(read, container));
            if (!inside || !Try(part, read.ReadFirstChild))
            {
                ReadToEnd(read, part, malformed);
                yield break;
            }

            do
            {
                if (Try(part, () => read.IsStartElement))
                {
                    yield return Try(part, read.LoadCurrentElement)!;
                }
            }
            while (Try(part, read.ReadNextSibling));

            // The rest of the part, read to its end as a whole tree reads it: XML broken after the story is damage too.
            ReadToEnd(read, part, malformed);
        }
        finally
        {
            reader?.Dispose();
        }

        static bool Seek(OpenXmlReader reader, Type container)
        {
            do
            {
                if (reader.IsStartElement && reader.ElementType == container)
                {
                    return true;
                }
            }
            while (reader.ReadNextSibling());

            return false;
        }
    }

    private static void ReadToEnd(OpenXmlReader reader, string part, System.Xml.XmlException? malformed)
    {
        while (Try(part, reader.Read))
        {
        }

        if (malformed is not null)
        {
            throw new PartException(part, malformed);
        }
    }

    private static T Try<T>(string part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or FileFormatException or IOException or OpenXmlPackageException or InvalidOperationException or ArgumentException)
        {
            throw new PartException(part, e);
        }
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

/// <summary>A part of the package failed to read, part way through a walk that reads it as it goes.</summary>
internal sealed class PartException(string part, Exception inner) : Exception(inner.Message, inner)
{
    public string Part { get; } = part;
}
