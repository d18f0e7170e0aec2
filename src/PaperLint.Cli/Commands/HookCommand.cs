using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>paperlint hook install|uninstall</c>: a plain git pre-commit hook that lints the staged versions of
/// the staged documents and stops a commit with an error-level finding. The hook is recognised by its
/// marker line, so a hook written by someone else is never replaced (unless --force) or removed.
/// </summary>
public static class HookCommand
{
    public const string Marker = "# paperlint-hook: written by 'paperlint hook install'; 'paperlint hook uninstall' removes it.";

    public static readonly string Script = string.Join('\n',
        "#!/bin/sh",
        Marker,
        "# Lints the staged versions of the staged .docx, .md and .txt files; an error-level finding stops the",
        "# commit. Skip it once with: git commit --no-verify",
        "# A hook that was here before (kept by 'hook install --force') runs first, and its failure stops the commit.",
        "before=\"$(dirname \"$0\")/pre-commit.before-paperlint\"",
        "if [ -x \"$before\" ]; then",
        "  \"$before\" \"$@\" || exit $?",
        "fi",
        "if command -v paperlint >/dev/null 2>&1; then",
        "  exec paperlint check --staged",
        "fi",
        "if command -v dotnet >/dev/null 2>&1 && dotnet tool run paperlint --version >/dev/null 2>&1; then",
        "  exec dotnet tool run paperlint check --staged",
        "fi",
        "echo \"paperlint: the pre-commit hook cannot find paperlint; install it (dotnet tool install --global PaperLint) or remove the hook (paperlint hook uninstall)\" >&2",
        "exit 1",
        "");

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Install or remove a git pre-commit hook that lints the staged documents.";
        command.OnExecute(int () =>
        {
            App.RejectUnexpected(command);
            throw new UsageException("usage: paperlint hook install [--force] | paperlint hook uninstall");
        });
        command.Command("install", install =>
        {
            install.Description = "Write the pre-commit hook of this repository (core.hooksPath is respected).";
            var force = install.Option("--force", "Replace a pre-commit hook that PaperLint did not write: it is kept as pre-commit.before-paperlint, runs before PaperLint's, and comes back with 'hook uninstall'.", CommandOptionType.NoValue);
            install.OnExecute(() =>
            {
                App.RejectUnexpected(install);
                return Install(context, force.HasValue());
            });
        }, throwOnUnexpectedArg: false);
        command.Command("uninstall", uninstall =>
        {
            uninstall.Description = "Remove the pre-commit hook, if PaperLint wrote it.";
            uninstall.OnExecute(() =>
            {
                App.RejectUnexpected(uninstall);
                return Uninstall(context);
            });
        }, throwOnUnexpectedArg: false);
    }

    public static int Install(CliContext context, bool force)
    {
        var (path, shown) = HookPath(context);
        if (File.Exists(path) && !IsOurs(path))
        {
            if (!force)
            {
                throw new UsageException($"{shown} exists and was not written by PaperLint; left alone (use --force to replace it)");
            }

            File.Copy(path, path + ".before-paperlint", overwrite: true);
            context.Out.WriteLine($"Kept the previous hook as {shown}.before-paperlint; it runs first, and 'paperlint hook uninstall' puts it back.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        context.Out.WriteLine($"Installed the PaperLint pre-commit hook in {shown}.");
        return ExitCodes.Clean;
    }

    public static int Uninstall(CliContext context)
    {
        var (path, shown) = HookPath(context);
        if (!File.Exists(path))
        {
            context.Out.WriteLine($"No pre-commit hook in {shown}; nothing to remove.");
            return ExitCodes.Clean;
        }

        if (!IsOurs(path))
        {
            throw new UsageException($"{shown} was not written by PaperLint; left alone");
        }

        if (File.Exists(path + ".before-paperlint"))
        {
            File.Move(path + ".before-paperlint", path, overwrite: true);
            context.Out.WriteLine($"Removed the PaperLint pre-commit hook from {shown} and put back the hook it had replaced.");
            return ExitCodes.Clean;
        }

        File.Delete(path);
        context.Out.WriteLine($"Removed the PaperLint pre-commit hook from {shown}.");
        return ExitCodes.Clean;
    }

    /// <summary>Where git runs the pre-commit hook from, as git itself says (it honours core.hooksPath and worktrees).</summary>
    private static (string Full, string Shown) HookPath(CliContext context)
    {
        var result = Git.Run(context.WorkingDirectory, ["rev-parse", "--git-path", "hooks/pre-commit"])
            ?? throw new UsageException("hook: git was not found on PATH");
        if (!result.Succeeded)
        {
            throw new UsageException($"hook: not inside a git repository ({result.Error})");
        }

        string shown = result.Text.Replace('\\', '/');
        return (context.FullPath(result.Text), shown);
    }

    private static bool IsOurs(string path) =>
        File.ReadLines(path).Take(5).Any(line => line.StartsWith("# paperlint-hook:", StringComparison.Ordinal));
}
