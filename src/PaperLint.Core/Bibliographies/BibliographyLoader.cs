using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Finds and reads the bibliography a Markdown document cites against, the way pandoc does: the files given on
/// the command line or in the configuration if any, else those the front matter's <c>bibliography:</c> names
/// (relative to the document); and the front matter's inline <c>references:</c> in either case. When the front
/// matter names none, a bibliography beside the document with its name (<c>paper.md</c>, <c>paper.bib</c>) is
/// read; when a named file is missing and such a file is there, it stands in for it.
/// </summary>
internal static class BibliographyLoader
{
    // Only BibTeX files are taken for a document's own by their name: a paper.yaml beside paper.md may be anything.
    private static readonly string[] Extensions = [".bib", ".bibtex"];

    /// <summary>The document's bibliography, or null when it has none (no file, no inline references).</summary>
    /// <exception cref="InputException">A named bibliography is missing or cannot be read: "file:line: what is wrong".</exception>
    public static Bibliography? Load(Document document, AttributionOptions options)
    {
        if (document.Format != SourceFormat.Markdown)
        {
            return null;
        }

        var metadata = document.Metadata;
        var files = options.Bibliography.Count > 0 ? options.Bibliography.ToList() : FromFrontMatter(document, metadata);
        var entries = new List<BibEntry>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string text = ReadText(file);
            texts[file.Display] = text;
            var format = BibliographyReader.FormatOf(file.Path)
                ?? throw new InputException($"{file.Display}: not a bibliography PaperLint reads; use .bib (BibTeX, BibLaTeX), .json (CSL JSON) or .yaml (CSL YAML)");
            entries.AddRange(BibliographyReader.Read(text, file.Display, format));
        }

        if (metadata?.References is { } inline)
        {
            entries.AddRange(BibliographyReader.Read(inline.Yaml, document.Path, BibliographyFormat.CslYaml, inline.FirstLine));
        }

        return files.Count == 0 && entries.Count == 0 && metadata?.References is null
            ? null
            : new Bibliography(entries, files.Select(f => f.Display).ToList()) { Texts = texts };
    }

    private static List<BibliographyFile> FromFrontMatter(Document document, Readers.Markdown.PandocMetadata? metadata)
    {
        string folder = document.Folder ?? Path.GetDirectoryName(Path.GetFullPath(document.Path)) ?? ".";
        string displayFolder = Path.GetDirectoryName(document.Path) ?? "";
        var beside = Beside(document, folder, displayFolder);
        if (metadata is null || metadata.Bibliographies.Count == 0)
        {
            return beside is null ? [] : [beside];
        }

        var files = new List<BibliographyFile>();
        foreach (var (name, line, _) in metadata.Bibliographies)
        {
            var file = new BibliographyFile(Path.GetFullPath(Path.Combine(folder, name)), Display(displayFolder, name));
            if (File.Exists(file.Path))
            {
                files.Add(file);
            }
            else if (beside is not null)
            {
                // The paper was copied without its bibliography's name (paper.md and paper.bib renamed together).
                if (!files.Contains(beside))
                {
                    files.Add(beside);
                }
            }
            else
            {
                throw new InputException($"{document.Path}:{line}: bibliography '{name}' not found (looked for {file.Display}); give its path in 'bibliography:' or with --bibliography");
            }
        }

        return files;
    }

    private static BibliographyFile? Beside(Document document, string folder, string displayFolder)
    {
        string name = Path.GetFileNameWithoutExtension(document.Path);
        foreach (string extension in Extensions)
        {
            string path = Path.Combine(folder, name + extension);
            if (File.Exists(path))
            {
                return new BibliographyFile(path, Display(displayFolder, name + extension));
            }
        }

        return null;
    }

    private static string Display(string folder, string name) =>
        (folder.Length == 0 || Path.IsPathRooted(name) ? name : Path.Combine(folder, name)).Replace('\\', '/');

    private static string ReadText(BibliographyFile file)
    {
        try
        {
            return Readers.RegularFile.ReadAllText(file.Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{file.Display}: bibliography not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{file.Display}: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"{file.Display}: cannot be read ({e.Message})");
        }
    }
}
