using System.Diagnostics;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Lsp;

/// <summary>The server as an editor starts it: <c>paperlint lsp --stdio</c>, a process of its own, talked to over its standard streams.</summary>
public sealed class LspProcessTests : IDisposable
{
    private readonly CliRunner _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_installed_command_serves_a_session_and_exits_0_after_shutdown()
    {
        string path = _folder.Write("paper.md", "A movement lead by the chapels.\n");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "paperlint.dll"), "lsp", "--stdio"])
        {
            WorkingDirectory = _folder.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await using var client = new LspClient(_folder.Directory, process);

        var initialized = await client.RequestAsync("initialize", json => { json.WriteStartObject(); json.WriteStartObject("capabilities"); json.WriteEndObject(); json.WriteEndObject(); });
        await client.OpenAsync(path, File.ReadAllText(path));
        var published = client.NextDiagnostics(path);
        int exitCode = await client.ShutdownAsync();

        Assert.True(initialized.GetProperty("result").GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("Typos.LeadBy", published.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(0, exitCode);
        Assert.Equal("", await errors);
    }
}
