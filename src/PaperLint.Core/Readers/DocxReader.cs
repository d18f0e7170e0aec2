using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx;

namespace PaperLint.Core.Readers;

/// <summary>
/// Reads a Word document (.docx, Transitional or Strict), from a copy in memory that nothing writes to disk, as the
/// reader of the printed page sees it: body paragraphs in order (tables,
/// content controls, fields' results, text boxes; tracked changes accepted), then footnotes and endnotes as
/// blocks of their own. Offsets in a block's text are offsets in its paragraph, located by part and
/// paragraph number. The parts are found in the archive itself (<see cref="WordPackage"/>) and their XML is read
/// directly (<see cref="WordXml"/>); the Open XML SDK opens the package, and loads its typed model, for an edit alone
/// (<see cref="Edit"/>), which a build without edits leaves out (<see cref="DocxSupport"/>).
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private readonly DocxOptions _options;

    public DocxReader()
        : this(DocxOptions.Default)
    {
    }

    public DocxReader(DocxOptions options)
    {
        _options = options;
    }

    public SourceFormat Format => SourceFormat.Docx;

    /// <summary>
    /// Load the parts' whole trees with the SDK before the walk, as an edit does: what the tests compare the reading of
    /// their XML with. A build without edits reads the XML all the same.
    /// </summary>
    internal bool LoadsStoriesWhole { get; init; }

    public Document Read(string displayPath, Stream content)
    {
        byte[] bytes = ReadAll(displayPath, content);
        DocxSignature.Check(displayPath, bytes);
        CheckParts(displayPath, bytes, _options.MaxPartMegabytes);

        // The tests' whole reading opens the package with the SDK, as an edit does. The SDK repairs malformed hyperlink
        // URIs, which System.IO.Packaging rejects, by rewriting the
        // relationship parts that hold them. Given a package to read only, it first copies the whole file into
        // a temporary file to rewrite there, on every read, and fails where no temporary file can be made. So
        // the package is opened for editing, on the bytes read: the repair happens in memory. The package is
        // never closed, only let go: closing a package opened for editing writes the whole archive again into
        // its stream (every part's bytes gathered, those read unpacked again), and nothing here is to be written;
        // so the stream need not grow, and is no copy.
        using var stream = new MemoryStream(bytes);
        var package = LoadsStoriesWhole && DocxSupport.CanEdit ? Open(displayPath, stream) : null;
        try
        {
            // The body and the notes are read one element at a time as the walk goes: a story's tree whole, with every
            // run and property an object, took about nine times the bytes of its XML, more than all the rest of a run.
            // They, and the styles, numbering and comments, are read from their XML by name: the SDK's typed model
            // builds what it knows of each kind of element the first time it meets one, megabytes for a small paper.
            var parts = (package is null ? ReadParts(displayPath, bytes) : LoadParts(displayPath, package, new PackageBytes(bytes)))
                ?? throw new InputException($"{displayPath}: a zip archive but not a Word document (no word/document.xml)");
            return new DocxDocumentBuilder(displayPath, parts).Build();
        }
        catch (PartException e) when (DamagedPart(displayPath, e.Part, e.InnerException!) is { } damaged)
        {
            throw damaged;
        }
        catch (TooDeepException)
        {
            throw TooDeep(displayPath);
        }
        catch (OpenXmlPackageException e)
        {
            // A part read on first use (styles, numbering, comments) whose content type or relationship is wrong.
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
        catch (XmlException e)
        {
            throw Damaged(displayPath, $"malformed XML at line {e.LineNumber}, position {e.LinePosition}", e);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
    }

    /// <summary>
    /// Opens a copy in memory of a package that was read before, lets <paramref name="edit"/> change its parts (it
    /// returns the root elements it changed), and returns the package with those parts saved. The reader's walk over the
    /// same copy (<see cref="DocxDocumentBuilder.ParagraphsForEditing"/>) finds what to change.
    /// </summary>
    internal static byte[] Edit(string displayPath, byte[] bytes, Func<WordprocessingDocument, DocxParts, IEnumerable<DocumentFormat.OpenXml.OpenXmlPartRootElement>> edit)
    {
        if (!DocxSupport.CanEdit)
        {
            throw DocxSupport.Unavailable(displayPath);
        }

        DocxSignature.Check(displayPath, bytes);
        using var stream = new MemoryStream(bytes.Length);
        stream.Write(bytes);
        stream.Position = 0;
        var package = Open(displayPath, stream);
        try
        {
            if (package.StrictRelationshipFound)
            {
                throw new InputException($"{displayPath}: a Strict Open XML document, which PaperLint does not write; save it in Word as 'Word Document (*.docx)' and run again");
            }

            var parts = LoadParts(displayPath, package, new PackageBytes(bytes))
                ?? throw new InputException($"{displayPath}: a zip archive but not a Word document (no word/document.xml)");
            foreach (var root in edit(package, parts))
            {
                root.Save();
            }

            package.Dispose();
        }
        catch (TooDeepException)
        {
            throw TooDeep(displayPath);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or IOException)
        {
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
        finally
        {
            Close(package);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Lets go of the package. Closing a package opened for editing checks its parts again (a part of the wrong content
    /// type throws here, after the document was read); nothing is written anywhere, so what it finds is of no account.
    /// </summary>
    private static void Close(WordprocessingDocument package)
    {
        try
        {
            package.Dispose();
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or XmlException or InvalidOperationException or InvalidDataException)
        {
            // The copy in memory is dropped as it is.
        }
    }

    /// <summary>
    /// Refuses, before anything is unpacked, an XML part that says it unpacks to more than the limit: a file of a few
    /// kilobytes can hold a part of gigabytes. Images and other media are never read, so they may be as large as they are.
    /// (How deep a part nests is read where the SDK is to load it whole, <see cref="DocxParts"/>; the parts a reading reads
    /// are read without recursion.)
    /// </summary>
    private static void CheckParts(string displayPath, byte[] bytes, int maxMegabytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var part in parts.Where(p => p.Length > maxMegabytes * 1024L * 1024L))
            {
                throw new InputException($"{displayPath}: {part.FullName} unpacks to {Megabytes(part.Length)} MB, more than the {maxMegabytes} MB a part may have; if the document is real, raise 'docx: maxPartMegabytes' in .paperlint.yml");
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A damaged archive or part: the package reader names the damage.
        }
    }

    private static InputException TooDeep(string displayPath) =>
        new($"{displayPath}: the document is nested too deeply to read (tables, content controls, links or text boxes more than {StoryWalker.MaxDepth} levels inside one another); the file is damaged or was not made by a word processor");

    private static string Megabytes(long bytes) => Math.Ceiling(bytes / (1024.0 * 1024.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] ReadAll(string displayPath, Stream content)
    {
        try
        {
            byte[] bytes = content.CanSeek ? ReadKnownLength(content) : [];
            if (!content.CanSeek || bytes.Length == 0 || content.Position < content.Length)
            {
                // A stream of no known length (a pipe; a file of /proc says 0), or a file that grew while it was read:
                // the rest, after what was read.
                using var buffer = new MemoryStream();
                buffer.Write(bytes);
                content.CopyTo(buffer);
                bytes = buffer.Length == bytes.Length ? bytes : buffer.ToArray();
            }

            if (bytes.Length == 0)
            {
                throw new InputException($"{displayPath}: the file is empty");
            }

            return bytes;
        }
        catch (IOException e)
        {
            throw new InputException($"{displayPath}: cannot be read ({OneLine(e.Message)})", e);
        }
    }

    // A file's bytes in one array of its length, where the copy into a growing buffer made two or three of them.
    private static byte[] ReadKnownLength(Stream content)
    {
        long length = content.Length - content.Position;
        if (length <= 0 || length > Array.MaxLength)
        {
            return [];
        }

        byte[] bytes = new byte[length];
        int read = content.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return read == bytes.Length ? bytes : bytes[..read];
    }

    private static WordprocessingDocument Open(string displayPath, Stream stream)
    {
        try
        {
            // Alternate content (mc:AlternateContent) stays as written: the reader takes its Choice, once.
            // No AutoSave: the reader changes no part, so the SDK has nothing to write back when it closes.
            return WordprocessingDocument.Open(stream, isEditable: true, new OpenSettings { AutoSave = false });
        }
        catch (FileFormatException e)
        {
            throw Damaged(displayPath, "the zip archive is truncated or corrupt", e);
        }
        catch (XmlException e)
        {
            throw Damaged(displayPath, $"malformed XML in the package's content types ([Content_Types].xml) at line {e.LineNumber}, position {e.LinePosition}", e);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(displayPath, "the zip archive is truncated or corrupt", e);
        }
        catch (OpenXmlPackageException e)
        {
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
        catch (IOException e)
        {
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
        catch (ArgumentException e)
        {
            // System.IO.Packaging's answer to a relationship or part name that breaks the packaging rules.
            throw Damaged(displayPath, OneLine(e.Message), e);
        }
    }

    /// <summary>Loads the parts an edit changes, with the SDK's trees of the stories; every failure is named here.</summary>
    /// <param name="bytes">The package's bytes, from which the parts' XML is read.</param>
    private static DocxParts? LoadParts(string displayPath, WordprocessingDocument package, PackageBytes bytes)
    {
        // Relationship parts are read on first use, before the first named part.
        string part = "a relationships part";
        try
        {
            return DocxParts.Load(package, name => part = name, bytes);
        }
        catch (Exception e) when (DamagedPart(displayPath, part, e) is { } damaged)
        {
            throw damaged;
        }
    }

    /// <summary>The parts a reading uses, found in the archive itself (<see cref="WordPackage"/>); every failure is named here.</summary>
    private static DocxParts? ReadParts(string displayPath, byte[] bytes)
    {
        WordPackage package;
        try
        {
            package = WordPackage.Open(bytes);
        }
        catch (XmlException e)
        {
            throw Damaged(displayPath, $"malformed XML in the package's content types ([Content_Types].xml) at line {e.LineNumber}, position {e.LinePosition}", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw Damaged(displayPath, "the zip archive is truncated or corrupt", e);
        }
        catch (InvalidOperationException e)
        {
            // The package's relationships name a main part the archive lacks.
            throw Damaged(displayPath, "a part it refers to is missing", e);
        }

        string part = "a relationships part";
        try
        {
            if (package.MainPart is { } main)
            {
                part = WordPackage.RelationshipsOf(main);
                package.CheckContentTypes(main);
            }

            return DocxParts.Read(package, name => part = name);
        }
        catch (Exception e) when (DamagedPart(displayPath, part, e) is { } damaged)
        {
            throw damaged;
        }
    }

    /// <summary>What a failure to read <paramref name="part"/> says; null for a failure that is not the file's.</summary>
    private static InputException? DamagedPart(string displayPath, string part, Exception e) => e switch
    {
        XmlException x => Damaged(displayPath, $"malformed XML in {part} at line {x.LineNumber}, position {x.LinePosition}", x),
        InvalidDataException or FileFormatException or OpenXmlPackageException or IOException or ArgumentException => Damaged(displayPath, $"{part}: {OneLine(e.Message)}", e),
        // System.IO.Packaging's answer to a relationship whose target part is not in the archive.
        InvalidOperationException => Damaged(displayPath, "a part it refers to is missing", e),
        _ => null,
    };

    private static InputException Damaged(string displayPath, string reason, Exception inner) =>
        new($"{displayPath}: the file is damaged ({reason})", inner);

    private static string OneLine(string message)
    {
        string line = message.ReplaceLineEndings(" ").Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
