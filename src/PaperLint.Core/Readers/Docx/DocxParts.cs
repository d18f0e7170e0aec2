using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Xml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The parts of a package the reader uses, found in the archive (<see cref="Read"/>) or, for an edit, through the SDK's
/// package (<see cref="Load"/>, which a build without edits leaves out: <see cref="DocxSupport"/>), and loaded up front
/// so that every way a package can be damaged shows while it is opened (and is named by part); the body and the notes,
/// when they are read and not edited, as the walk goes. Their elements are <see cref="WordNode"/>s, read from the parts'
/// XML, or made from the SDK's trees for an edit. Part names are as stored in the package, without the leading slash
/// ("word/document.xml").
/// </summary>
internal sealed class DocxParts
{
    private DocxParts(string mainPart, Body? body, IEnumerable<WordNode> bodyElements)
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
    /// when the parts were loaded to be read and not edited, each read from the part's XML as the walk comes to it and let
    /// go after, so that no more than one of them is held at a time. Reading the part may fail part way: the failure comes
    /// as a <see cref="PartException"/> naming the part. Walked once.
    /// </summary>
    public IEnumerable<WordNode> BodyElements { get; }

    /// <summary>
    /// The footnotes part's name and its notes, each a <c>w:footnote</c> with its paragraphs: the loaded root's children
    /// (<see cref="Footnotes"/>), or read one note at a time as <see cref="BodyElements"/> reads the body. Null without the part.
    /// </summary>
    public (string Part, IEnumerable<WordNode> Notes)? FootnoteElements { get; private init; }

    /// <summary>The endnotes part's name and its notes, as <see cref="FootnoteElements"/>.</summary>
    public (string Part, IEnumerable<WordNode> Notes)? EndnoteElements { get; private init; }

    /// <summary>The styles part's root (<c>w:styles</c>).</summary>
    public WordNode? Styles { get; private init; }

    /// <summary>The footnotes part loaded whole, to be edited; null when the parts were loaded to be read.</summary>
    public (string Part, Footnotes Root)? Footnotes { get; private init; }

    /// <summary>The endnotes part loaded whole, as <see cref="Footnotes"/>.</summary>
    public (string Part, Endnotes Root)? Endnotes { get; private init; }

    /// <summary>The numbering part: how Word numbers the items of its lists (the numbers are not in the text).</summary>
    public WordNode? Numbering { get; private init; }

    /// <summary>The comments part, read for <c>paperlint-disable</c> comments.</summary>
    public WordNode? Comments { get; private init; }

    /// <summary>
    /// Loads the parts an edit changes, through the SDK's package: the body's and the notes' trees whole, the styles,
    /// numbering and comments read from their XML as a reading reads them. <paramref name="loading"/> is told each part's
    /// name before it is read, so a failure can say where. Null when the package has no Word main document.
    /// </summary>
    /// <param name="bytes">
    /// The package's bytes, from which the parts' XML is read (through the package where the archive holds no entry of a
    /// part's name).
    /// </param>
    public static DocxParts? Load(WordprocessingDocument package, Action<string> loading, PackageBytes bytes)
    {
        if (package.MainDocumentPart is not { } main || !IsWordprocessing(main.ContentType))
        {
            return null;
        }

        string mainPart = NameOf(main);
        WordNode? styles = null;
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            loading(NameOf(stylesPart));
            styles = Root(PartXml.Of(stylesPart, bytes), "styles", "a styles part's (w:styles)");
        }

        loading(mainPart);
        EnsureShallow(PartXml.Of(main, bytes));
        var body = main.Document?.Body;
        var footnotes = LoadNotes(main.FootnotesPart, static part => part.Footnotes, loading, bytes);
        var endnotes = LoadNotes(main.EndnotesPart, static part => part.Endnotes, loading, bytes);

        WordNode? numbering = null;
        if (main.NumberingDefinitionsPart is { } numberingPart)
        {
            loading(NameOf(numberingPart));
            numbering = Root(PartXml.Of(numberingPart, bytes), "numbering", "a numbering part's (w:numbering)");
        }

        WordNode? comments = null;
        if (main.WordprocessingCommentsPart is { } commentsPart)
        {
            loading(NameOf(commentsPart));
            // An annotation loads the comments part's tree.
            EnsureShallow(PartXml.Of(commentsPart, bytes));
            comments = Root(PartXml.Of(commentsPart, bytes), "comments", "a comments part's (w:comments)") ?? throw Empty();
        }

        return new DocxParts(mainPart, body, body?.ChildElements.Select(static e => SdkNodes.From(e)) ?? [])
        {
            Styles = styles,
            Footnotes = footnotes,
            Endnotes = endnotes,
            FootnoteElements = NotesOf(footnotes),
            EndnoteElements = NotesOf(endnotes),
            Numbering = numbering,
            Comments = comments,
        };

        static (string, IEnumerable<WordNode>)? NotesOf<TRoot>((string Part, TRoot Root)? notes)
            where TRoot : OpenXmlPartRootElement =>
            notes is { } loaded ? (loaded.Part, loaded.Root.ChildElements.Select(static e => SdkNodes.From(e))) : null;
    }

    /// <summary>A notes part (footnotes or endnotes), when the package has one, its tree loaded whole, as an edit needs it.</summary>
    private static (string Part, TRoot Root)? LoadNotes<TPart, TRoot>(TPart? part, Func<TPart, TRoot?> rootOf, Action<string> loading, PackageBytes bytes)
        where TPart : OpenXmlPart
        where TRoot : OpenXmlPartRootElement
    {
        if (part is null)
        {
            return null;
        }

        string name = NameOf(part);
        loading(name);
        EnsureShallow(PartXml.Of(part, bytes));
        return (name, rootOf(part) ?? throw Empty());
    }

    /// <summary>
    /// Whether a part holds anything to read: one of fewer than four bytes does not, which the SDK reads as no part at
    /// all.
    /// </summary>
    private static bool HoldsXml(PartXml part) => part.Length() >= 4;

    /// <summary>
    /// Refuses a part nested deeper than <see cref="WordXml.MaxDepth"/> before the SDK loads its tree: it loads elements
    /// recursively, and thousands of levels (a damaged or made-up file) would overflow the stack before the walk's own
    /// bound is reached. XML broken before that depth is left to the SDK to name.
    /// </summary>
    private static void EnsureShallow(PartXml part)
    {
        using var reader = WordXml.Reader(part.Open());
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > WordXml.MaxDepth)
                {
                    throw new TooDeepException();
                }
            }
        }
        catch (XmlException)
        {
            // Malformed before it was too deep.
        }
    }

    /// <summary>
    /// A small part's root element and all it holds (styles, numbering, comments), read from its XML, whether the parts are
    /// to be read or edited (nothing edits these); null for a part of fewer than four bytes, which holds nothing.
    /// </summary>
    private static WordNode? Root(PartXml part, string root, string rootName)
    {
        // Read whole first: an entry can say it holds more than it unpacks to, and the SDK read such a part as none at all.
        var content = new MemoryStream();
        using (var stream = part.Open())
        {
            stream.CopyTo(content);
        }

        if (content.Length < 4)
        {
            return null;
        }

        content.Position = 0;
        var node = WordXml.ReadRoot(content);
        return node is not null && node.Is(root) ? node : throw new InvalidDataException($"its root element is not {rootName}");
    }

    /// <summary>
    /// A story part's elements read one at a time from its XML: the children of the <paramref name="container"/> element
    /// (the body) inside the root, or of the root itself (the notes of a notes part) when it is null. The part is read to its
    /// end: XML broken after the story is damage too.
    /// </summary>
    private static IEnumerable<WordNode> Streamed(PartXml xml, string root, string rootName, string? container)
    {
        string part = xml.Name;
        XmlReader? reader = null;
        try
        {
            reader = Try(part, () => WordXml.Reader(xml.Open()));
            var read = reader;
            if (Try(part, read.MoveToContent) != XmlNodeType.Element || !IsWord(read, root))
            {
                // A part that is not XML at all is named as such first.
                ReadToEnd(read, part);
                throw new PartException(part, new InvalidDataException($"its root element is not {rootName}"));
            }

            // Into the container: the root's first child of its kind (a background or other element may come before the body).
            bool inside = container is null || Try(part, () => Seek(read, container));
            if (inside && !read.IsEmptyElement)
            {
                while (Try(part, read.Read))
                {
                    if (read.NodeType == XmlNodeType.Element)
                    {
                        yield return Try(part, () => WordXml.ReadElement(read));
                    }
                    else if (read.NodeType == XmlNodeType.EndElement)
                    {
                        break;
                    }
                }
            }

            ReadToEnd(read, part);
        }
        finally
        {
            reader?.Dispose();
        }

        // On the root: to its first child element of this name, skipping those before it.
        static bool Seek(XmlReader reader, string container)
        {
            if (reader.IsEmptyElement)
            {
                return false;
            }

            int depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (IsWord(reader, container))
                {
                    return true;
                }
                else
                {
                    reader.Skip();
                }
            }

            return false;
        }
    }

    private static bool IsWord(XmlReader reader, string localName) =>
        reader.LocalName == localName && WordXml.NamespaceOf(reader.NamespaceURI) == WordNamespace.Word;

    private static void ReadToEnd(XmlReader reader, string part)
    {
        while (Try(part, reader.Read))
        {
        }
    }

    private static T Try<T>(string part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FileFormatException or IOException or OpenXmlPackageException or InvalidOperationException or ArgumentException)
        {
            throw new PartException(part, e);
        }
    }

    private static string NameOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    /// <summary>A part's name and its XML: from the file's bytes where the archive holds it by its name, else through the SDK's package.</summary>
    private sealed record PartXml(string Name, Func<Stream> Open, Func<long> Length)
    {
        public static PartXml Of(OpenXmlPart source, PackageBytes bytes)
        {
            string name = NameOf(source);
            return new(name, () => bytes.Open(name) ?? source.GetStream(FileMode.Open, FileAccess.Read), () => bytes.Length(name) ?? ThroughPackage(source));
        }

        public static PartXml Of(WordPackage package, string part) => new(part, () => package.OpenPart(part), () => package.LengthOf(part));

        private static long ThroughPackage(OpenXmlPart source)
        {
            using var content = source.GetStream(FileMode.Open, FileAccess.Read);
            return content.Length;
        }
    }

    /// <summary>
    /// The parts a reading uses, found in the archive itself (<see cref="WordPackage"/>), without the SDK: the body and the
    /// notes read as the walk goes, the styles, numbering and comments whole. Null when the package has no Word main document.
    /// </summary>
    public static DocxParts? Read(WordPackage package, Action<string> loading)
    {
        if (package.MainPart is not { } mainPart || !IsWordprocessing(package.ContentTypeOf(mainPart) ?? ""))
        {
            return null;
        }

        WordNode? RootOf(string type, string root, string rootName)
        {
            if (package.Related(mainPart, type) is not { } part)
            {
                return null;
            }

            loading(part);
            return Root(PartXml.Of(package, part), root, rootName);
        }

        (string, IEnumerable<WordNode>)? NotesOf(string type, string root, string rootName)
        {
            if (package.Related(mainPart, type) is not { } part)
            {
                return null;
            }

            loading(part);
            var xml = PartXml.Of(package, part);
            return HoldsXml(xml) ? (part, Streamed(xml, root, rootName, null)) : throw Empty();
        }

        var styles = RootOf("styles", "styles", "a styles part's (w:styles)");
        loading(mainPart);
        var bodyElements = Streamed(PartXml.Of(package, mainPart), "document", "a Word document's (w:document)", "body");
        var footnotes = NotesOf("footnotes", "footnotes", "a notes part's (w:footnotes)");
        var endnotes = NotesOf("endnotes", "endnotes", "a notes part's (w:endnotes)");
        var numbering = RootOf("numbering", "numbering", "a numbering part's (w:numbering)");
        var comments = package.Related(mainPart, "comments") is null ? null : RootOf("comments", "comments", "a comments part's (w:comments)") ?? throw Empty();
        return new DocxParts(mainPart, null, bodyElements)
        {
            Styles = styles,
            FootnoteElements = footnotes,
            EndnoteElements = endnotes,
            Numbering = numbering,
            Comments = comments,
        };
    }

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
