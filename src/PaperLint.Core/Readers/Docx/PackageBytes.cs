using System.IO.Compression;
using System.Xml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// A package as the file's bytes, for what a reading takes from them directly rather than through the package opened
/// for editing: a part's content, unpacked as it is read, and the XML error each part ends with, found when the parts were
/// first read through (<see cref="DocxReader"/>'s check of their sizes and depths).
/// </summary>
internal sealed class PackageBytes(byte[] bytes, IReadOnlyDictionary<string, XmlException> malformed)
{
    /// <summary>The XML error <paramref name="part"/> (its name in the archive) ends with; null when it reads through.</summary>
    public XmlException? Malformed(string part) => malformed.GetValueOrDefault(part);

    /// <summary>How many bytes <paramref name="part"/> unpacks to; null when the archive has no entry of that name.</summary>
    public long? Length(string part)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return zip.GetEntry(part)?.Length;
    }

    /// <summary>
    /// The content of <paramref name="part"/> (its name in the archive), unpacked as it is read; null when the archive has
    /// no entry of that name. The package opened for editing unpacks a part whole into memory when it is opened, and
    /// holds it until the package is let go.
    /// </summary>
    public Stream? Open(string part)
    {
        // The archive over the bytes holds nothing to release; the entry's stream is closed by whoever reads it.
        var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return zip.GetEntry(part)?.Open();
    }
}
