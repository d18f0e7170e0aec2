using System.Diagnostics;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>The tool as a process: what a terminal and a pipe that closes early see.</summary>
public sealed class ProcessConsoleTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "paperlint.dll");

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [PosixFact]
    public void A_reader_that_leaves_early_ends_no_run_with_a_stack_trace()
    {
        // Far more report than a pipe holds.
        _cli.Write("long.md", string.Concat(Enumerable.Repeat("The the strike began in May.\n\n", 4000)));
        var start = new ProcessStartInfo("dotnet", [Tool, "long.md"])
        {
            WorkingDirectory = _cli.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;

        string first = process.StandardOutput.ReadLine()!;
        process.StandardOutput.Close();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.StartsWith("long.md:1:1: error Typos.RepeatedWords", first, StringComparison.Ordinal);
        Assert.Equal("", error);
        Assert.Equal(1, process.ExitCode);
    }

    [TerminalFact]
    public void On_a_terminal_the_report_starts_with_the_report()
    {
        _cli.Write("paper.md", "The the strike began in May.\n");
        var start = new ProcessStartInfo("/usr/bin/script", ["-qec", $"dotnet '{Tool}' --no-color paper.md", "/dev/null"])
        {
            WorkingDirectory = _cli.Directory,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.StartsWith("paper.md:1:1: error Typos.RepeatedWords", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }
}
