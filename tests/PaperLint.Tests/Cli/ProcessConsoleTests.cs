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

    [PosixFact]
    public void A_report_into_a_file_others_write_too_leaves_their_lines_alone()
    {
        // The shell opens the file once; each process writes at the descriptor's offset, so nothing is overwritten.
        _cli.Write("paper.md", "The the strike began in May.\n");
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"(echo before; dotnet '{Tool}' paper.md; echo after) > log.txt 2>&1"])
        {
            WorkingDirectory = _cli.Directory,
        };
        using var process = Process.Start(start)!;
        process.WaitForExit();

        string log = File.ReadAllText(Path.Combine(_cli.Directory, "log.txt"));
        Assert.StartsWith("before\npaper.md:1:1: error Typos.RepeatedWords", log, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 1 file.\nafter\n", log, StringComparison.Ordinal);
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

    [Fact]
    public async Task Running_out_of_memory_costs_the_file_in_one_line_not_the_run()
    {
        // A heap limit of 48 MB stands in for a machine or container with little memory: the short paper fits, the
        // 3.7 MB one does not. The files are linted one at a time so the short one is done before memory runs out.
        _cli.Write("short.md", "Clean text.\n");
        _cli.Write("long.md", string.Concat(Enumerable.Range(0, 60000).Select(i => $"Paragraph {i}: the strike began in May, lead by the union.\n\n")));
        var start = new ProcessStartInfo("dotnet", [Tool, "--jobs", "1", "short.md", "long.md"])
        {
            WorkingDirectory = _cli.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x3000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("long.md: not linted: the run ran out of memory; lint it on its own (--jobs 1) or where more memory is free\n", error);
        Assert.Equal("No findings in 1 file; 1 file could not be read.\n", await output);
        Assert.Equal(2, process.ExitCode);
    }
}
