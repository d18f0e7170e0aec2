namespace PaperLint.Core.Readers;

/// <summary>
/// <c>docx:</c> in <c>.paperlint.yml</c>: how much of a Word file the reader will unpack. A .docx is a zip archive, and a
/// small file can hold an XML part of gigabytes; such a part is refused before it is read.
/// </summary>
public sealed record DocxOptions
{
    /// <summary>The default limit: forty times the largest XML part of the real papers and theses the tool is tried on.</summary>
    public const int DefaultMaxPartMegabytes = 64;

    public static DocxOptions Default { get; } = new();

    /// <summary>The largest unpacked XML part (document, notes, comments, styles, relationships) read, in megabytes; images and other media are not read and not limited.</summary>
    public int MaxPartMegabytes { get; init; } = DefaultMaxPartMegabytes;
}
