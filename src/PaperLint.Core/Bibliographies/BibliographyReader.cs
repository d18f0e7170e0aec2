using System.Text;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Reads the bibliography files pandoc reads: BibTeX/BibLaTeX (<c>.bib</c>, <c>.bibtex</c>), CSL JSON (<c>.json</c>) and
/// CSL YAML (<c>.yaml</c>, <c>.yml</c>), and a document's inline <c>references:</c>, into <see cref="BibEntry"/>s in the
/// order they are defined. A file that cannot be read is one <see cref="InputException"/> naming file:line.
/// </summary>
internal static class BibliographyReader
{
    private const string Extensions = ".bib or .bibtex (BibTeX, BibLaTeX), .json (CSL JSON), .yaml or .yml (CSL YAML)";

    /// <summary>The format a file's extension says: .bib/.bibtex → BibTeX; .json → CslJson; .yaml/.yml → CslYaml; else null.</summary>
    public static BibliographyFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".bib" or ".bibtex" => BibliographyFormat.BibTeX,
        ".json" => BibliographyFormat.CslJson,
        ".yaml" or ".yml" => BibliographyFormat.CslYaml,
        _ => null,
    };

    /// <summary>
    /// Reads a file (UTF-8, BOM allowed). Throws <see cref="InputException"/> "DISPLAY:LINE: what is wrong" when it
    /// cannot be read ("DISPLAY: bibliography not found" when it is missing).
    /// </summary>
    public static IReadOnlyList<BibEntry> ReadFile(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{displayPath}: bibliography not found");
        }

        if (FormatOf(path) is not { } format)
        {
            throw new InputException($"{displayPath}: not a bibliography format PaperLint reads; it reads {Extensions}");
        }

        string text;
        try
        {
            text = Readers.RegularFile.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{displayPath}: the bibliography cannot be read ({e.Message})", e);
        }

        return Read(text, displayPath, format, 1, requireReferences: true);
    }

    /// <summary>
    /// Reads text in a format; lines in messages and entries count from <paramref name="firstLine"/> (for YAML front
    /// matter inside a Markdown file, whose inline <c>references:</c> are CSL YAML inside a mapping with other keys).
    /// </summary>
    public static IReadOnlyList<BibEntry> Read(string text, string displayPath, BibliographyFormat format, int firstLine = 1) =>
        Read(text, displayPath, format, firstLine, requireReferences: false);

    private static List<BibEntry> Read(string text, string displayPath, BibliographyFormat format, int firstLine, bool requireReferences)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return format switch
        {
            BibliographyFormat.BibTeX => BibTexParser.Parse(text, displayPath, firstLine),
            BibliographyFormat.CslJson => CslReader.ReadJson(text, displayPath, firstLine),
            BibliographyFormat.CslYaml => CslReader.ReadYaml(text, displayPath, firstLine, requireReferences),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
