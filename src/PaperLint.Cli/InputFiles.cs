using System.Text.RegularExpressions;
using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>
/// Turns the paths on the command line (files, folders, globs such as <c>docs/**/*.md</c>) into the
/// documents to lint, in a stable order. Folders are searched for the formats PaperLint reads, skipping
/// hidden folders and build output.
/// </summary>
public static class InputFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    /// <summary>Each file as (full path, path to show); paths that match nothing are returned as errors.</summary>
    public static (List<(string Full, string Display)> Files, List<string> Errors) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var files = new List<(string Full, string Display)>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string full, string display)
        {
            if (seen.Add(full))
            {
                files.Add((full, display));
            }
        }

        foreach (var argument in arguments)
        {
            string full = Path.GetFullPath(Path.Combine(workingDirectory, argument));
            if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(argument, workingDirectory).ToList();
                if (matches.Count == 0)
                {
                    errors.Add($"{argument}: no file matches this pattern");
                }

                foreach (var match in matches)
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

                foreach (var (file, display) in found)
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

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Where(DocumentLoader.IsSupported).Where(f => !IsLockFile(f)).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SkippedFolders.Contains(name))
            {
                continue;
            }

            foreach (var file in Walk(sub))
            {
                yield return file;
            }
        }
    }

    /// <summary>Word leaves "~$paper.docx" owner files beside an open document; they are not papers.</summary>
    private static bool IsLockFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    private static IEnumerable<(string Full, string Display)> Glob(string pattern, string workingDirectory)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWild = normalized.IndexOfAny(['*', '?']);
        int baseEnd = normalized.LastIndexOf('/', firstWild);
        string basePart = baseEnd < 0 ? "" : normalized[..baseEnd];
        string baseFull = Path.GetFullPath(Path.Combine(workingDirectory, basePart.Length == 0 ? "." : basePart));
        if (!Directory.Exists(baseFull))
        {
            yield break;
        }

        var regex = new Regex("^" + GlobToRegex(baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..]) + "$", RegexOptions.CultureInvariant);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var file in Directory.EnumerateFiles(baseFull, "*", options).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(baseFull, file).Replace('\\', '/');
            if (regex.IsMatch(relative) && DocumentLoader.IsSupported(file) && !IsLockFile(file) && !relative.Split('/').Any(s => s.StartsWith('.')))
            {
                yield return (file, basePart.Length == 0 ? relative : $"{basePart}/{relative}");
            }
        }
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of folders, including none.
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }
}
