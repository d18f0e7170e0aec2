using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>
/// The documents staged for the next commit, as staged: the content comes from git's index
/// (<c>git cat-file blob :path</c>), not from the working tree, which may hold later edits that are not
/// part of the commit. Paths are shown relative to the working folder.
/// </summary>
public static class StagedFiles
{
    public static List<InputFile> Read(CliContext context)
    {
        var top = Git.Run(context.WorkingDirectory, ["rev-parse", "--show-toplevel"])
            ?? throw new UsageException("--staged: git was not found on PATH");
        if (!top.Succeeded)
        {
            throw new UsageException($"--staged: not inside a git work tree ({top.Error})");
        }

        string root = Path.GetFullPath(top.Text);
        var names = Git.Run(root, ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"]);
        if (names is null || !names.Succeeded)
        {
            throw new UsageException($"--staged: git could not list the staged files ({names?.Error})");
        }

        var files = new List<InputFile>();
        foreach (var name in System.Text.Encoding.UTF8.GetString(names.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DocumentLoader.IsSupported(name) || Path.GetFileName(name).StartsWith("~$", StringComparison.Ordinal))
            {
                continue;
            }

            string full = Path.GetFullPath(Path.Combine(root, name));
            string display = Path.GetRelativePath(context.WorkingDirectory, full).Replace('\\', '/');
            var blob = Git.Run(root, ["cat-file", "blob", ":" + name]);
            if (blob is null || !blob.Succeeded)
            {
                throw new UsageException($"--staged: git could not read the staged version of {name} ({blob?.Error})");
            }

            files.Add(new InputFile(full, display, blob.Output));
        }

        return files;
    }
}
