using System.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Reading a Word document writes nothing to disk. The Open XML SDK, given a package to read only, first copies
/// the whole file into a temporary file, where it could repair malformed hyperlink addresses; the reader opens
/// its private copy in memory for editing instead, and the SDK repairs them there.
/// </summary>
public sealed class DocxTemporaryFileTests : IDisposable
{
    private readonly CliRunner _scratch = new();

    public void Dispose() => _scratch.Dispose();

    // The SDK deletes its temporary file when it closes the package, so an empty temp folder after the run would
    // prove nothing. A temp folder that does not exist does: creating the file there fails, and the document
    // cannot be read. It takes a process of its own, as the temp folder is read from the environment, which
    // belongs to the whole test run.
    [Fact]
    public void Reads_a_document_with_a_malformed_link_where_no_temporary_file_can_be_made()
    {
        string docx = _scratch.Write("paper.docx", new DocxFixture()
            .ExternalLink("rIdLink", "http://www.example .org/a page")
            .Body(Para(TextRun("See "), new Hyperlink(TextRun("the site")) { Id = "rIdLink" }, TextRun(" now.")))
            .Build());
        string noTempFolder = Path.Combine(_scratch.Directory, "no-temp-folder");

        var (code, output, error) = RunTool(noTempFolder, "dump", docx);

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Contains("See the site now.", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(noTempFolder));
    }

    /// <summary>Runs this build of the command line in a process whose temp folder (TMPDIR on Unix, TMP and TEMP on Windows) is <paramref name="tempFolder"/>.</summary>
    private (int ExitCode, string Out, string Error) RunTool(string tempFolder, params string[] arguments)
    {
        // The dotnet CLI names its own executable to the processes it starts; a bare name relies on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _scratch.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "paperlint.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "TMPDIR", "TMP", "TEMP" })
        {
            start.Environment[name] = tempFolder;
        }

        // The runtime's diagnostics channel also lives in the temp folder; without it, nothing else looks there.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}
