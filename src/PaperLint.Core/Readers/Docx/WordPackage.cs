using System.IO.Compression;
using System.Xml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// A Word package as Open Packaging Conventions describe it, read from the zip archive itself: the main part the
/// package's relationships name, the content type of a part, and the parts a part's relationships name by type. Part
/// names are as stored in the archive, without the leading slash ("word/document.xml"), and compare case aside, as
/// part names do.
/// </summary>
internal sealed class WordPackage
{
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Relationship types end alike in a Transitional and a Strict document; these are their two beginnings.
    private static readonly string[] RelationshipTypeRoots =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    ];

    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    // Each part's relationships, read once: a reading asks the main part's for each kind of part it reads.
    private readonly Dictionary<string, List<(string? Type, string? Target)>> _relationships = new(StringComparer.OrdinalIgnoreCase);

    private WordPackage(ZipArchive archive)
    {
        _entries = new(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            _entries.TryAdd(entry.FullName, entry);
        }
    }

    /// <summary>The main document part, as the package's relationships name it; null when they name none in the archive.</summary>
    public string? MainPart { get; private set; }

    /// <summary>Reads the archive's directory, its content types and the package's relationships.</summary>
    /// <exception cref="InvalidDataException">The archive is damaged.</exception>
    /// <exception cref="XmlException">The content types or the package's relationships are malformed XML.</exception>
    public static WordPackage Open(byte[] bytes)
    {
        var package = new WordPackage(new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read));
        package.ReadContentTypes();
        package.MainPart = package.Related("", "officeDocument");
        return package;
    }

    /// <summary>The content type of <paramref name="part"/>: its override, else the default for its extension; null when neither.</summary>
    public string? ContentTypeOf(string part)
    {
        if (_overrides.TryGetValue("/" + part, out string? type))
        {
            return type;
        }

        string extension = Path.GetExtension(part).TrimStart('.');
        return _defaults.GetValueOrDefault(extension);
    }

    /// <summary>The XML of <paramref name="part"/>, unpacked as it is read.</summary>
    /// <exception cref="InvalidOperationException">The archive holds no such part.</exception>
    public Stream OpenPart(string part) =>
        _entries.TryGetValue(part, out var entry) ? entry.Open() : throw new InvalidOperationException("Specified part does not exist in the package.");

    /// <summary>How many bytes <paramref name="part"/> says it unpacks to; 0 when the archive holds no such part.</summary>
    public long LengthOf(string part) => _entries.TryGetValue(part, out var entry) ? entry.Length : 0;

    /// <summary>
    /// The part that <paramref name="source"/>'s first relationship of this type names (<c>styles</c>, <c>footnotes</c>,
    /// ...; the package itself when <paramref name="source"/> is ""); external targets are none.
    /// </summary>
    /// <exception cref="XmlException">The relationships part is malformed XML.</exception>
    /// <exception cref="InvalidOperationException">The part named is not in the archive.</exception>
    public string? Related(string source, string type)
    {
        foreach (var (relationshipType, target) in Relationships(source))
        {
            if (IsOfType(relationshipType, type) && target is not null)
            {
                return _entries.ContainsKey(target) ? target : throw new InvalidOperationException("Specified part does not exist in the package.");
            }
        }

        return null;
    }

    /// <summary>
    /// Refuses a part that <paramref name="source"/>'s relationships name as one of Word's own (styles, settings, notes...)
    /// whose content type is another, as Word and the SDK refuse it.
    /// </summary>
    /// <exception cref="InvalidDataException">A part's content type is not its relationship's.</exception>
    public void CheckContentTypes(string source)
    {
        foreach (var (relationshipType, target) in Relationships(source))
        {
            foreach (var (type, contentType) in WordContentTypes)
            {
                if (target is not null && _entries.ContainsKey(target) && IsOfType(relationshipType, type) && ContentTypeOf(target) is var actual && actual != contentType)
                {
                    throw new InvalidDataException($"/{target} has the content type {actual ?? "(none)"}, where a {type} part's is {contentType}");
                }
            }
        }
    }

    private static readonly (string Type, string ContentType)[] WordContentTypes =
    [
        ("styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("numbering", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
        ("footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
        ("endnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
        ("comments", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
        ("settings", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        ("webSettings", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"),
        ("fontTable", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
        ("theme", "application/vnd.openxmlformats-officedocument.theme+xml"),
    ];

    /// <summary>The name of the relationships part of <paramref name="source"/> ("" for the package's own).</summary>
    public static string RelationshipsOf(string source) => source.Length == 0
        ? "_rels/.rels"
        : $"{Folder(source)}_rels/{source[(source.LastIndexOf('/') + 1)..]}.rels";

    /// <summary>Each relationship of <paramref name="source"/>: its type and its target part, null when external or outside the package.</summary>
    private List<(string? Type, string? Target)> Relationships(string source)
    {
        if (_relationships.TryGetValue(source, out var known))
        {
            return known;
        }

        var found = new List<(string?, string?)>();
        _relationships[source] = found;
        if (!_entries.TryGetValue(RelationshipsOf(source), out var entry))
        {
            return found;
        }

        using var reader = WordXml.Reader(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNamespace)
            {
                string? target = reader.GetAttribute("TargetMode") == "External" || reader.GetAttribute("Target") is not { Length: > 0 } written
                    ? null
                    : Resolve(source, written);
                found.Add((reader.GetAttribute("Type"), target));
            }
        }

        return found;
    }

    private void ReadContentTypes()
    {
        if (!_entries.TryGetValue("[Content_Types].xml", out var entry))
        {
            return;
        }

        using var reader = WordXml.Reader(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace)
            {
                continue;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension && reader.GetAttribute("ContentType") is { } type)
            {
                _defaults.TryAdd(extension, type);
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } name && reader.GetAttribute("ContentType") is { } overridden)
            {
                _overrides.TryAdd(Uri.UnescapeDataString(name), overridden);
            }
        }
    }

    private static bool IsOfType(string? type, string name)
    {
        if (type is null)
        {
            return false;
        }

        foreach (string root in RelationshipTypeRoots)
        {
            if (type.Length == root.Length + name.Length && type.StartsWith(root, StringComparison.Ordinal) && type.EndsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A relationship's target, relative to its source part's folder or absolute, as a part name; null when it leaves the package.</summary>
    internal static string? Resolve(string source, string target)
    {
        string path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        if (!path.StartsWith('/'))
        {
            segments.AddRange(Folder(source).Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (string segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static string Folder(string part) => part[..(part.LastIndexOf('/') + 1)];
}
