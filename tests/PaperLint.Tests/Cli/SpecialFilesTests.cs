using System.Diagnostics;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>Named pipes and links to folders never block a run or make it lint a file twice.</summary>
public sealed class SpecialFilesTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [PosixFact]
    public void A_named_pipe_with_no_writer_is_not_opened_as_an_argument_in_a_folder_or_as_a_pack()
    {
        _cli.Write("papers/good.md", "The the strike began in May.\n");
        MakeFifo("papers/pipe.md");
        MakeFifo("pipe.txt");
        _cli.Write(".paperlint.yml", "root: true\npaths: [styles]\n");
        MakeFifo("styles/Mine/Pipe.yml");

        var run = Task.Run(() => _cli.Run("papers", "pipe.txt"));

        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the run waited on a named pipe");
        var (code, output, error) = run.Result;
        Assert.Equal(2, code);
        Assert.Contains("Pipe.yml:1: the file is empty; a rule needs at least 'extends' and 'message'", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [PosixFact]
    public void A_named_pipe_in_a_folder_is_an_empty_file()
    {
        _cli.Write("papers/good.md", "The the strike began in May.\n");
        MakeFifo("papers/pipe.md");

        var run = Task.Run(() => _cli.Run("papers"));

        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the run waited on a named pipe");
        var (code, output, _) = run.Result;
        Assert.Equal(1, code);
        Assert.Contains("papers/good.md:1:1: error Typos.RepeatedWords", output, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 2 files.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_folders_are_not_followed_by_a_folder_walk_or_a_glob()
    {
        _cli.Write("papers/a.md", "The the strike began in May.\n");
        _cli.Write("papers/sub/b.md", "A clean sentence.\n");
        Directory.CreateSymbolicLink(Path.Combine(_cli.Directory, "papers", "self"), Path.Combine(_cli.Directory, "papers"));
        Directory.CreateSymbolicLink(Path.Combine(_cli.Directory, "papers", "sub", "up"), Path.Combine(_cli.Directory, "papers"));

        var (folderCode, folderOut, _) = _cli.Run("papers");
        var (globCode, globOut, _) = _cli.Run("papers/**/*.md");

        Assert.Equal((1, 1), (folderCode, globCode));
        Assert.EndsWith("1 finding (1 error) in 2 files.\n", folderOut, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 2 files.\n", globOut, StringComparison.Ordinal);
    }

    private void MakeFifo(string relativePath)
    {
        string path = Path.Combine(_cli.Directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
