using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>Picks a reader by file extension and turns every way a file can be unusable into one clear <see cref="InputException"/>.</summary>
public static class DocumentLoader
{
    private static readonly Dictionary<string, SourceFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = SourceFormat.Markdown,
        [".markdown"] = SourceFormat.Markdown,
        [".mdown"] = SourceFormat.Markdown,
        [".mkd"] = SourceFormat.Markdown,
        [".docx"] = SourceFormat.Docx,
        [".txt"] = SourceFormat.PlainText,
        [".text"] = SourceFormat.PlainText,
    };

    /// <summary>True for the extensions PaperLint reads (used when a folder or glob is expanded).</summary>
    public static bool IsSupported(string path) => Extensions.ContainsKey(System.IO.Path.GetExtension(path));

    public static IDocumentReader ReaderFor(SourceFormat format) => ReaderFor(format, DocxOptions.Default);

    /// <summary>The reader of <paramref name="format"/>; a Word file's is bound by <paramref name="docx"/>.</summary>
    public static IDocumentReader ReaderFor(SourceFormat format, DocxOptions docx) => format switch
    {
        SourceFormat.Markdown => new MarkdownReader(),
        SourceFormat.Docx => new DocxReader(docx),
        SourceFormat.PlainText => new PlainTextReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format of <paramref name="path"/> by its extension, or null for a file PaperLint does not read.</summary>
    public static SourceFormat? FormatOfOrNull(string path) =>
        Extensions.TryGetValue(System.IO.Path.GetExtension(path), out var format) ? format : null;

    public static SourceFormat FormatOf(string path)
    {
        string extension = System.IO.Path.GetExtension(path);
        if (Extensions.TryGetValue(extension, out var format))
        {
            return format;
        }

        throw extension.ToLowerInvariant() switch
        {
            ".doc" => new InputException($"{path}: a Word 97-2003 .doc file; save it as .docx (File > Save As > Word Document) and lint that"),
            ".rtf" or ".odt" or ".pdf" => new InputException($"{path}: {extension} is not supported; export the paper as .docx, .md or .txt"),
            "" => new InputException($"{path}: no file extension; PaperLint reads .docx, .md and .txt files"),
            _ => new InputException($"{path}: unsupported file type '{extension}'; PaperLint reads .docx, .md and .txt files"),
        };
    }

    /// <summary>Reads the file at <paramref name="path"/> by its extension.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a document of its format (an empty file is an empty document).</exception>
    public static Document Load(string path) => Load(path, path);

    /// <summary>Reads the file at <paramref name="path"/> by the extension of <paramref name="displayPath"/>, the name findings give.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a document of its format (an empty file is an empty document).</exception>
    /// <remarks>Two overloads rather than an optional parameter: <c>Load(byte[], string)</c> has as many parameters, and an optional one beside it could not grow without breaking callers compiled against it.</remarks>
    public static Document Load(string path, string displayPath) => Load(path, displayPath, DocxOptions.Default);

    /// <summary>Reads the file at <paramref name="path"/> by the extension of <paramref name="displayPath"/>; a Word file within the limits of <paramref name="docx"/>.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a document of its format, or a Word file's part is over the limit.</exception>
    public static Document Load(string path, string displayPath, DocxOptions docx)
    {
        var format = FormatOf(displayPath);
        if (Directory.Exists(path))
        {
            throw new InputException($"{displayPath}: is a folder, not a file");
        }

        // An empty file has nothing wrong in it (a pre-commit hook must not stop a commit over a placeholder), and a
        // named pipe shows as empty too: it is not opened, as opening one with no writer waits forever.
        var document = RegularFile.IsEmpty(path) ? Empty(displayPath, format) : ReadFile(path, displayPath, format, docx);
        document.Folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        return document;
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> as <see cref="Load(string, string, DocxOptions)"/> does, and gives the bytes
    /// it was read from: a fix is made to exactly what was linted.
    /// </summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a document of its format.</exception>
    public static Document Load(string path, string displayPath, DocxOptions docx, out byte[] content)
    {
        FormatOf(displayPath);
        if (Directory.Exists(path))
        {
            throw new InputException($"{displayPath}: is a folder, not a file");
        }

        content = [];
        if (!RegularFile.IsEmpty(path))
        {
            using var stream = Open(path, displayPath);
            using var buffer = new MemoryStream();
            try
            {
                stream.CopyTo(buffer);
            }
            catch (IOException e)
            {
                throw new InputException($"{displayPath}: cannot be read ({e.Message})");
            }

            content = buffer.ToArray();
        }

        var document = Load(content, displayPath, docx);
        document.Folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        return document;
    }

    private static Document ReadFile(string path, string displayPath, SourceFormat format, DocxOptions docx)
    {
        using var stream = Open(path, displayPath);
        return ReaderFor(format, docx).Read(displayPath, stream);
    }

    private static FileStream Open(string path, string displayPath)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"{displayPath}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"{displayPath}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{displayPath}: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"{displayPath}: cannot be read ({e.Message})");
        }

        return stream;
    }

    /// <summary>Reads a document given as bytes (a staged version from git), by the extension of <paramref name="displayPath"/>.</summary>
    /// <exception cref="InputException">The content is not a document of its format.</exception>
    public static Document Load(byte[] content, string displayPath) => Load(content, displayPath, DocxOptions.Default);

    /// <summary>Reads a document given as bytes, by the extension of <paramref name="displayPath"/>; a Word file within the limits of <paramref name="docx"/>.</summary>
    /// <exception cref="InputException">The content is not a document of its format, or a Word file's part is over the limit.</exception>
    public static Document Load(byte[] content, string displayPath, DocxOptions docx)
    {
        var format = FormatOf(displayPath);
        if (content.Length == 0)
        {
            return Empty(displayPath, format);
        }

        using var stream = new MemoryStream(content, writable: false);
        return ReaderFor(format, docx).Read(displayPath, stream);
    }

    /// <summary>
    /// Reads a document given as bytes as <see cref="Load(byte[], string, DocxOptions)"/> does; a long Markdown document's
    /// sections that an earlier version held are taken from <paramref name="memory"/> (an editor's server).
    /// </summary>
    internal static Document Load(byte[] content, string displayPath, DocxOptions docx, Linting.LintMemory? memory)
    {
        if (memory is null || content.Length == 0 || FormatOf(displayPath) is not SourceFormat.Markdown)
        {
            return Load(content, displayPath, docx);
        }

        using var stream = new MemoryStream(content, writable: false);
        return MarkdownReader.Parse(displayPath, TextDecoding.Decode(displayPath, stream), Markdown.MarkdownSections.DefaultLength, memory);
    }

    /// <summary>
    /// Reads a document that an editor holds as text (an editor's server), as <see cref="Load(byte[], string, DocxOptions,
    /// Linting.LintMemory?)"/> reads the text's UTF-8 bytes, without making them: the bytes of a long document and the
    /// text decoded from them again are megabytes at each edit. A text that decoding would not give back as it is (one
    /// that opens with a byte order mark, holds a surrogate that is not half of a pair, or that the decoder refuses: a
    /// NUL near its start, a zip archive's signature) is read through its bytes.
    /// </summary>
    internal static Document Load(string text, string displayPath, DocxOptions docx, Linting.LintMemory? memory)
    {
        var format = FormatOf(displayPath);
        if (format == SourceFormat.Docx || text.Length == 0 || text[0] == '\uFEFF' || text.StartsWith("PK\u0003\u0004", StringComparison.Ordinal)
            || text.AsSpan(0, Math.Min(text.Length, TextDecoding.NulSearched)).Contains('\0') || HasLoneSurrogate(text))
        {
            return Load(System.Text.Encoding.UTF8.GetBytes(text), displayPath, docx, memory);
        }

        return format == SourceFormat.Markdown
            ? MarkdownReader.Parse(displayPath, text, Markdown.MarkdownSections.DefaultLength, memory)
            : PlainTextReader.Parse(displayPath, text);
    }

    /// <summary>
    /// True when the text holds a surrogate that is not half of a pair: UTF-8 cannot carry it, and decoding its bytes
    /// gives U+FFFD in its place. A pair (an emoji, a letter of the mathematical alphabets) decodes as it is written.
    /// </summary>
    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0;)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            i += 2;
            int next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return false;
    }

    private static Document Empty(string displayPath, SourceFormat format) => new(displayPath, format, [], string.Empty);
}
