using PaperLint.Cli;

namespace PaperLint.Tests.Support;

/// <summary>Runs the command line in-process, in a scratch folder, with a captured console.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Directory = Path.Combine(Path.GetTempPath(), "paperlint-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);

        // A root configuration, so that no .paperlint.yml above the temp folder leaks into the test.
        File.WriteAllText(Path.Combine(Directory, ".paperlint.yml"), "root: true\n");
    }

    public string Directory { get; }

    public Dictionary<string, string?> Environment { get; } = [];

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        string full = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    /// <summary>When false, the output is a terminal, where colour is allowed.</summary>
    public bool OutputRedirected { get; set; } = true;

    /// <summary>When false, standard error is a terminal, where progress is shown.</summary>
    public bool ErrorRedirected { get; set; } = true;

    /// <summary>What the run reads as standard input ('-').</summary>
    public string Input { get; set; } = "";

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var console = new TestConsole { IsOutputRedirected = OutputRedirected, IsErrorRedirected = ErrorRedirected, In = new StringReader(Input) };
        int code = App.Run(args, console, Directory, name => Environment.TryGetValue(name, out var v) ? v : null);
        return (code, console.Output, console.Errors);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
