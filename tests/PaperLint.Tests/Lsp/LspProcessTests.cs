using System.Diagnostics;
using System.Text.Json;
using PaperLint.Cli.Lsp;
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
        var connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        async Task Send(string method, int? id, Action<Utf8JsonWriter> parameters) => await connection.WriteAsync(json =>
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            if (id is { } n)
            {
                json.WriteNumber("id", n);
            }

            json.WriteString("method", method);
            json.WritePropertyName("params");
            parameters(json);
            json.WriteEndObject();
        });
        async Task<JsonElement> Next(Func<JsonElement, bool> wanted)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await connection.ReadAsync(timeout.Token) is { } message)
            {
                var root = message.RootElement.Clone();
                if (wanted(root))
                {
                    return root;
                }
            }

            throw new InvalidOperationException("the server's output ended; it said: " + await errors);
        }

        await Send("initialize", 1, json => { json.WriteStartObject(); json.WriteStartObject("capabilities"); json.WriteEndObject(); json.WriteEndObject(); });
        var initialized = await Next(m => m.TryGetProperty("id", out var id) && id.GetInt32() == 1);
        await Send("textDocument/didOpen", null, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("textDocument");
            json.WriteString("uri", LspClient.UriOf(path));
            json.WriteString("languageId", "markdown");
            json.WriteNumber("version", 1);
            json.WriteString("text", File.ReadAllText(path));
            json.WriteEndObject();
            json.WriteEndObject();
        });
        var published = await Next(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");
        await Send("shutdown", 2, json => json.WriteNullValue());
        await Next(m => m.TryGetProperty("id", out var id) && id.GetInt32() == 2);
        await Send("exit", null, json => json.WriteNullValue());
        Assert.True(process.WaitForExit(30_000), "the server did not exit");

        Assert.True(initialized.GetProperty("result").GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("Typos.LeadBy", published.GetProperty("params").GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await errors);
    }
}
