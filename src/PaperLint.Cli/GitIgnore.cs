namespace PaperLint.Cli;

/// <summary>
/// Which files git ignores, asked of git itself (<c>git check-ignore --stdin</c>): the answer is exact
/// for every .gitignore rule (negation, nested files, <c>.git/info/exclude</c>, the user's global
/// excludes), and outside a work tree, where .gitignore means nothing, no process is started.
/// </summary>
public static class GitIgnore
{
    /// <summary>The files among <paramref name="fullPaths"/> (all under <paramref name="folder"/>) that git ignores.</summary>
    public static HashSet<string> Ignored(string folder, IReadOnlyList<string> fullPaths)
    {
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        if (fullPaths.Count == 0 || !Directory.Exists(folder) || !Git.InsideWorkTree(folder))
        {
            return ignored;
        }

        var byRelative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in fullPaths)
        {
            byRelative[Path.GetRelativePath(folder, full).Replace('\\', '/')] = full;
        }

        byte[] input = System.Text.Encoding.UTF8.GetBytes(string.Join('\0', byRelative.Keys) + "\0");

        // Exit 0: some paths are ignored; 1: none; anything else (a path in a submodule, no git): no answer.
        var result = Git.Run(folder, ["check-ignore", "-z", "--stdin"], input);
        if (result is null || result.ExitCode != 0)
        {
            return ignored;
        }

        foreach (var path in System.Text.Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (byRelative.TryGetValue(path, out var full))
            {
                ignored.Add(full);
            }
        }

        return ignored;
    }
}
