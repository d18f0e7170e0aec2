namespace PaperLint.Core.Readers;

/// <summary>
/// Reads the files a run is given (documents, packs, configurations, bibliographies) so that none can block it: a path
/// whose size is zero is an empty file and is not opened, since a named pipe (FIFO) or a device also shows a size of zero
/// and opening a pipe with no writer waits forever.
/// </summary>
internal static class RegularFile
{
    /// <summary>True when the file at <paramref name="path"/> has nothing to read (an empty file, a pipe or a device).</summary>
    public static bool IsEmpty(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == 0;
    }

    /// <summary>The file's text (as <see cref="File.ReadAllText(string)"/>), or "" when <see cref="IsEmpty"/>.</summary>
    public static string ReadAllText(string path) => IsEmpty(path) ? "" : File.ReadAllText(path);

    /// <summary>The file's text in <paramref name="encoding"/>, or "" when <see cref="IsEmpty"/>.</summary>
    public static string ReadAllText(string path, System.Text.Encoding encoding) => IsEmpty(path) ? "" : File.ReadAllText(path, encoding);

    /// <summary>The file's bytes, or none when <see cref="IsEmpty"/>.</summary>
    public static byte[] ReadAllBytes(string path) => IsEmpty(path) ? [] : File.ReadAllBytes(path);
}
