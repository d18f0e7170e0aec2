using PaperLint.Cli.Commands;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>The plain git hook and the staged mode it runs, with the real git client in a scratch repository.</summary>
public sealed class HookTests : IDisposable
{
    private const string Bad = "A draft with a TODO left in it.\n";
    private const string Clean = "A clean paragraph that says nothing wrong.\n";

    private readonly CliRunner _cli = new();

    public HookTests()
    {
        GitRepo.Init(_cli.Directory);
    }

    public void Dispose() => _cli.Dispose();

    private string HookFile => Path.Combine(_cli.Directory, ".git", "hooks", "pre-commit");

    [Fact]
    public void Staged_check_lints_the_staged_version_not_the_working_tree()
    {
        _cli.Write("chapters/one.md", Bad);
        GitRepo.Run(_cli.Directory, "add", "chapters/one.md");
        _cli.Write("chapters/one.md", Clean);

        var (code, output, error) = _cli.Run("check", "--staged", "--no-color");

        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.StartsWith("chapters/one.md:1:16: error Typos.Placeholders:", output, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 1 file.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Staged_check_passes_a_clean_staged_version_whatever_the_working_tree_holds()
    {
        _cli.Write("one.md", Clean);
        GitRepo.Run(_cli.Directory, "add", "one.md");
        _cli.Write("one.md", Bad);

        var (code, output, _) = _cli.Run("check", "--staged");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 file.\n", output);
    }

    [Fact]
    public void Staged_check_leaves_out_other_file_types_and_deleted_documents()
    {
        _cli.Write("old.md", Clean);
        GitRepo.Run(_cli.Directory, "add", "old.md");
        GitRepo.Run(_cli.Directory, "commit", "-q", "--no-verify", "-m", "old");
        GitRepo.Run(_cli.Directory, "rm", "-q", "old.md");
        _cli.Write("script.py", "print('TODO')\n");
        GitRepo.Run(_cli.Directory, "add", "script.py");

        var (code, output, _) = _cli.Run("check", "--staged");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 0 files.\n", output);
    }

    [Fact]
    public void Staged_check_outside_a_git_work_tree_is_one_line_and_exit_code_2()
    {
        Directory.Delete(Path.Combine(_cli.Directory, ".git"), recursive: true);

        var (code, _, error) = _cli.Run("check", "--staged");

        Assert.Equal(2, code);
        Assert.StartsWith("paperlint: --staged: not inside a git work tree", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Install_writes_an_executable_hook_with_the_marker_line()
    {
        var (code, output, _) = _cli.Run("hook", "install");

        Assert.Equal(0, code);
        Assert.Equal("Installed the PaperLint pre-commit hook in .git/hooks/pre-commit.\n", output);
        Assert.Equal(HookCommand.Script, File.ReadAllText(HookFile));
        Assert.Contains(HookCommand.Marker, File.ReadAllLines(HookFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(HookFile).HasFlag(UnixFileMode.UserExecute));
        }
    }

    [Fact]
    public void Install_twice_rewrites_its_own_hook()
    {
        _cli.Run("hook", "install");

        var (code, _, _) = _cli.Run("hook", "install");

        Assert.Equal(0, code);
        Assert.Equal(HookCommand.Script, File.ReadAllText(HookFile));
    }

    [Fact]
    public void Install_refuses_to_replace_a_foreign_hook_without_force()
    {
        _cli.Write(".git/hooks/pre-commit", "#!/bin/sh\nrun-my-checks\n");

        var (code, _, error) = _cli.Run("hook", "install");

        Assert.Equal(2, code);
        Assert.Equal("paperlint: .git/hooks/pre-commit exists and was not written by PaperLint; left alone (use --force to replace it)\n", error);
        Assert.Equal("#!/bin/sh\nrun-my-checks\n", File.ReadAllText(HookFile));
    }

    [Fact]
    public void Install_with_force_replaces_a_foreign_hook_and_keeps_a_copy()
    {
        _cli.Write(".git/hooks/pre-commit", "#!/bin/sh\nrun-my-checks\n");

        var (code, output, _) = _cli.Run("hook", "install", "--force");

        Assert.Equal(0, code);
        Assert.StartsWith("Kept the previous hook as .git/hooks/pre-commit.before-paperlint; it runs first, and 'paperlint hook uninstall' puts it back.\n", output, StringComparison.Ordinal);
        Assert.Equal(HookCommand.Script, File.ReadAllText(HookFile));
        Assert.Equal("#!/bin/sh\nrun-my-checks\n", File.ReadAllText(HookFile + ".before-paperlint"));
    }

    [Fact]
    public void Uninstall_removes_its_own_hook_and_leaves_a_foreign_one()
    {
        _cli.Run("hook", "install");
        var (removed, removedOut, _) = _cli.Run("hook", "uninstall");
        _cli.Write(".git/hooks/pre-commit", "#!/bin/sh\nrun-my-checks\n");
        var (refused, _, refusedError) = _cli.Run("hook", "uninstall");

        Assert.Equal(0, removed);
        Assert.Equal("Removed the PaperLint pre-commit hook from .git/hooks/pre-commit.\n", removedOut);
        Assert.Equal(2, refused);
        Assert.Equal("paperlint: .git/hooks/pre-commit was not written by PaperLint; left alone\n", refusedError);
        Assert.True(File.Exists(HookFile));
    }

    [Fact]
    public void Uninstall_after_a_forced_install_puts_the_previous_hook_back()
    {
        _cli.Write(".git/hooks/pre-commit", "#!/bin/sh\nrun-my-checks\n");
        _cli.Run("hook", "install", "--force");

        var (code, output, _) = _cli.Run("hook", "uninstall");

        Assert.Equal(0, code);
        Assert.Equal("Removed the PaperLint pre-commit hook from .git/hooks/pre-commit and put back the hook it had replaced.\n", output);
        Assert.Equal("#!/bin/sh\nrun-my-checks\n", File.ReadAllText(HookFile));
        Assert.False(File.Exists(HookFile + ".before-paperlint"));
    }

    [PosixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_previous_hook_runs_first_and_its_failure_stops_the_commit()
    {
        string path = ShimPath();
        _cli.Write(".git/hooks/pre-commit", "#!/bin/sh\necho previous hook ran\nexit 3\n");
        File.SetUnixFileMode(HookFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _cli.Run("hook", "install", "--force");
        _cli.Write("paper.md", Clean);
        GitRepo.Run(_cli.Directory, "add", "paper.md");

        var (code, output) = GitRepo.TryRun(_cli.Directory, path, "commit", "-q", "-m", "clean paper");

        Assert.NotEqual(0, code);
        Assert.Contains("previous hook ran", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_follows_core_hooksPath()
    {
        GitRepo.Run(_cli.Directory, "config", "core.hooksPath", "githooks");

        var (code, output, _) = _cli.Run("hook", "install");

        Assert.Equal(0, code);
        Assert.Equal("Installed the PaperLint pre-commit hook in githooks/pre-commit.\n", output);
        Assert.True(File.Exists(Path.Combine(_cli.Directory, "githooks", "pre-commit")));
        Assert.False(File.Exists(HookFile));
    }

    [Fact]
    public void Hook_outside_a_repository_is_one_line_and_exit_code_2()
    {
        Directory.Delete(Path.Combine(_cli.Directory, ".git"), recursive: true);

        var (code, _, error) = _cli.Run("hook", "install");

        Assert.Equal(2, code);
        Assert.StartsWith("paperlint: hook: not inside a git repository", error, StringComparison.Ordinal);
    }

    [PosixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Installed_hook_blocks_a_commit_with_an_error_and_lets_a_clean_one_through()
    {
        string path = ShimPath();
        _cli.Run("hook", "install");

        _cli.Write("paper.md", Bad);
        GitRepo.Run(_cli.Directory, "add", "paper.md");
        var (blocked, blockedOutput) = GitRepo.TryRun(_cli.Directory, path, "commit", "-q", "-m", "paper with an error");

        _cli.Write("paper.md", Clean);
        GitRepo.Run(_cli.Directory, "add", "paper.md");
        var (passed, passedOutput) = GitRepo.TryRun(_cli.Directory, path, "commit", "-q", "-m", "clean paper");

        Assert.NotEqual(0, blocked);
        Assert.Contains("paper.md:1:16: error Typos.Placeholders:", blockedOutput, StringComparison.Ordinal);
        Assert.True(passed == 0, passedOutput);
        Assert.Equal("clean paper\n", GitRepo.Run(_cli.Directory, "log", "--format=%s"));
    }

    [PosixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Installed_hook_judges_the_staged_version_when_the_working_tree_differs()
    {
        string path = ShimPath();
        _cli.Run("hook", "install");
        _cli.Write("paper.txt", Bad);
        GitRepo.Run(_cli.Directory, "add", "paper.txt");
        _cli.Write("paper.txt", Clean);

        var (code, output) = GitRepo.TryRun(_cli.Directory, path, "commit", "-q", "-m", "fixed only in the working tree");

        Assert.NotEqual(0, code);
        Assert.Contains("paper.txt:1:16: error Typos.Placeholders:", output, StringComparison.Ordinal);
    }

    /// <summary>A PATH whose first folder has a <c>paperlint</c> that runs this build of the tool, as an installed tool would run.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string ShimPath()
    {
        string bin = Path.Combine(_cli.Directory, ".shim");
        Directory.CreateDirectory(bin);
        string shim = Path.Combine(bin, "paperlint");
        string tool = Path.Combine(AppContext.BaseDirectory, "paperlint.dll");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{tool}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
    }
}
