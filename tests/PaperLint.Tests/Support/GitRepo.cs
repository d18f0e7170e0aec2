using System.Diagnostics;

namespace PaperLint.Tests.Support;

/// <summary>Runs the real git client in a test's scratch repository, with an identity and none of the caller's git environment.</summary>
public static class GitRepo
{
    /// <summary>Makes <paramref name="folder"/> a repository with a committer identity.</summary>
    public static void Init(string folder)
    {
        Run(folder, "init", "-q");
        Run(folder, "config", "user.name", "Test");
        Run(folder, "config", "user.email", "test@example.invalid");
        Run(folder, "config", "commit.gpgsign", "false");
    }

    /// <summary>Runs git; a failure fails the test, with git's output.</summary>
    public static string Run(string folder, params string[] arguments)
    {
        var (code, output) = TryRun(folder, null, arguments);
        Assert.True(code == 0, $"git {string.Join(' ', arguments)} exited {code}: {output}");
        return output;
    }

    /// <summary>Runs git and returns its exit code and its output and errors together; <paramref name="path"/> replaces PATH when given.</summary>
    public static (int ExitCode, string Output) TryRun(string folder, string? path, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_CONFIG_GLOBAL" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["NO_COLOR"] = "1";
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }
}
