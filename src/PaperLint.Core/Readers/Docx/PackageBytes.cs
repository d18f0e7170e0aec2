using System.IO.Compression;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// A package as the file's bytes, for what the reader takes from them directly rather than through the package opened
/// for editing: a part's XML, unpacked as it is read.
/// </summary>
internal sealed class PackageBytes(byte[] bytes)
{
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
