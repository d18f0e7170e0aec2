using System.Text.RegularExpressions;
using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>
/// Turns the paths on the command line (files, folders, globs such as <c>docs/**/*.md</c>) into the
/// documents to lint, in a stable order. Folders are searched for the formats PaperLint reads, skipping
/// hidden folders, build output and, in a git work tree, what git ignores. A file named on the command
/// line is taken as it is.
/// </summary>
public static class InputFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    /// <summary>Each file as (full path, path to show); paths that match nothing are returned as errors.</summary>
    public static (List<InputFile> Files, List<string> Errors) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var files = new List<InputFile>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string full, string display)
        {
            if (seen.Add(full))
            {
                files.Add(new InputFile(full, display));
            }
        }

        foreach (var argument in arguments)
        {
            string full = Path.GetFullPath(Path.Combine(workingDirectory, argument));
            if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                var (baseFolder, found) = Glob(argument, workingDirectory);
                var matches = found.ToList();
                if (matches.Count == 0)
                {
                    errors.Add($"{argument}: no file matches this pattern");
                }

                var ignored = GitIgnore.Ignored(baseFolder, matches.Select(m => m.Full).ToList());
                foreach (var match in matches.Where(m => !ignored.Contains(m.Full)))
                {
                    Add(match.Full, match.Display);
                }
            }
            else if (Directory.Exists(full))
            {
                var found = Walk(full).Select(f => (f, Display: Join(argument, Path.GetRelativePath(full, f)))).ToList();
                if (found.Count == 0)
                {
                    errors.Add($"{argument}: no .docx, .md or .txt file in this folder");
                }

                var ignored = GitIgnore.Ignored(full, found.Select(f => f.f).ToList());
                foreach (var (file, display) in found.Where(f => !ignored.Contains(f.f)))
                {
                    Add(file, display);
                }
            }
            else
            {
                // Missing files and unsupported types are reported by the loader, with the path as given.
                Add(full, argument);
            }
        }

        return (files, errors);
    }

    private static string Join(string folder, string relative) =>
        folder is "." or "./" ? relative.Replace('\\', '/') : Path.Combine(folder, relative).Replace('\\', '/');

    private static IEnumerable<string> Walk(string folder) =>
        Files(folder, sub => !SkippedFolders.Contains(Path.GetFileName(sub))).Where(DocumentLoader.IsSupported).Where(f => !IsLockFile(f));

    /// <summary>
    /// Every file under <paramref name="folder"/>, folder by folder in name order, leaving out hidden files and folders, the
    /// folders <paramref name="enter"/> refuses, and links to folders: a link such as <c>self → .</c> would list every file
    /// again, and two such links make the walk endless.
    /// </summary>
    private static IEnumerable<string> Files(string folder, Func<string, bool> enter)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        var folders = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        foreach (var sub in Directory.EnumerateDirectories(folder, "*", folders).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub).StartsWith('.') || !enter(sub))
            {
                continue;
            }

            foreach (var file in Files(sub, enter))
            {
                yield return file;
            }
        }
    }

    /// <summary>Word leaves "~$paper.docx" owner files beside an open document; they are not papers.</summary>
    private static bool IsLockFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    private static (string BaseFolder, IEnumerable<(string Full, string Display)> Files) Glob(string pattern, string workingDirectory)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWild = normalized.IndexOfAny(['*', '?']);
        int baseEnd = normalized.LastIndexOf('/', firstWild);
        string basePart = baseEnd < 0 ? "" : normalized[..baseEnd];
        string baseFull = Path.GetFullPath(Path.Combine(workingDirectory, basePart.Length == 0 ? "." : basePart));
        var regex = new Regex("^" + Core.Config.Glob.ToRegex(baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..]) + "$", RegexOptions.CultureInvariant);
        return (baseFull, Matches(baseFull, basePart, regex));
    }

    private static IEnumerable<(string Full, string Display)> Matches(string baseFull, string basePart, Regex regex)
    {
        if (!Directory.Exists(baseFull))
        {
            yield break;
        }

        foreach (var file in Files(baseFull, _ => true).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(baseFull, file).Replace('\\', '/');
            if (regex.IsMatch(relative) && DocumentLoader.IsSupported(file) && !IsLockFile(file) && !relative.Split('/').Any(s => s.StartsWith('.')))
            {
                yield return (file, basePart.Length == 0 ? relative : $"{basePart}/{relative}");
            }
        }
    }
}
