using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text.Json;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Cli;
using PaperLint.Cli.Commands;
using PaperLint.Cli.Lsp;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Lsp;

/// <summary>
/// An editor, as far as the language server can tell: it talks to a server over pipes in this process, sends what an
/// editor sends (initialize, didOpen, didChange, codeAction, shutdown, exit) and collects what comes back, replies by id
/// and notifications in order.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly LspConnection _connection;
    private readonly BlockingCollection<JsonElement> _notifications = [];
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _replies = new();
    private readonly Task _reading;
    private readonly Stream? _serverIn;
    private readonly Stream? _serverOut;
    private int _nextId;

    /// <summary>A server in this process, over pipes.</summary>
    public LspClient(string folder, int debounceMilliseconds = 0, params string[] args)
    {
        Folder = folder;
        var toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        (_toServer, _fromServer) = (toServer, fromServer);
        var serverIn = _serverIn = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
        var serverOut = _serverOut = new AnonymousPipeClientStream(PipeDirection.Out, fromServer.ClientSafePipeHandle);
        var command = new CommandLineApplication();
        var options = new CheckOptions(command);
        command.Parse(args);
        var context = new CliContext(new TestConsole(), folder, _ => null);
        var server = new LspServer(serverIn, serverOut, options, context, TimeSpan.FromMilliseconds(debounceMilliseconds));
        Running = Task.Run(() => server.RunAsync());
        _connection = new LspConnection(_fromServer, _toServer);
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>A server in a process of its own (<c>paperlint lsp</c>), over its standard streams.</summary>
    public LspClient(string folder, System.Diagnostics.Process process)
    {
        Folder = folder;
        (_toServer, _fromServer) = (process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        Running = process.WaitForExitAsync().ContinueWith(_ => process.ExitCode, TaskScheduler.Default);
        _connection = new LspConnection(_fromServer, _toServer);
        _reading = Task.Run(ReadAsync);
    }

    public string Folder { get; }

    /// <summary>The server's run; its result is the exit code.</summary>
    public Task<int> Running { get; }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    private async Task ReadAsync()
    {
        while (await _connection.ReadAsync(CancellationToken.None) is { } message)
        {
            var root = message.RootElement.Clone();
            if (root.TryGetProperty("method", out _) && !root.TryGetProperty("id", out _))
            {
                _notifications.Add(root);
            }
            else if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && _replies.TryRemove(id.GetInt32(), out var waiting))
            {
                waiting.SetResult(root);
            }
        }

        _notifications.CompleteAdding();
    }

    /// <summary>Sends a request and returns the whole reply (its <c>result</c> or <c>error</c>).</summary>
    public async Task<JsonElement> RequestAsync(string method, Action<Utf8JsonWriter>? parameters = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        await SendAsync(method, parameters, id);
        return await reply.Task.WaitAsync(Patience);
    }

    public Task NotifyAsync(string method, Action<Utf8JsonWriter>? parameters = null) => SendAsync(method, parameters, null);

    /// <summary>Sends bytes as they are, framed (a malformed message).</summary>
    public Task SendRawAsync(string body) => _toServer.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}")).AsTask();

    private Task SendAsync(string method, Action<Utf8JsonWriter>? parameters, int? id) => _connection.WriteAsync(json =>
    {
        json.WriteStartObject();
        json.WriteString("jsonrpc", "2.0");
        if (id is { } n)
        {
            json.WriteNumber("id", n);
        }

        json.WriteString("method", method);
        if (parameters is not null)
        {
            json.WritePropertyName("params");
            parameters(json);
        }

        json.WriteEndObject();
    });

    public async Task InitializeAsync(bool watchFiles = false)
    {
        await RequestAsync("initialize", json =>
        {
            json.WriteStartObject();
            json.WriteNumber("processId", Environment.ProcessId);
            json.WriteString("rootUri", UriOf(Folder));
            json.WriteStartObject("capabilities");
            json.WriteStartObject("workspace");
            json.WriteStartObject("didChangeWatchedFiles");
            json.WriteBoolean("dynamicRegistration", watchFiles);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
        await NotifyAsync("initialized", json => { json.WriteStartObject(); json.WriteEndObject(); });
    }

    public Task OpenAsync(string path, string text, int version = 1) => NotifyAsync("textDocument/didOpen", json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("textDocument");
        json.WriteString("uri", UriOf(path));
        json.WriteString("languageId", path.EndsWith(".md", StringComparison.Ordinal) ? "markdown" : "plaintext");
        json.WriteNumber("version", version);
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>An incremental change: the range from (line, character) to (endLine, endCharacter) becomes <paramref name="text"/>.</summary>
    public Task ChangeAsync(string path, int version, int line, int character, int endLine, int endCharacter, string text) => NotifyAsync("textDocument/didChange", json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("textDocument");
        json.WriteString("uri", UriOf(path));
        json.WriteNumber("version", version);
        json.WriteEndObject();
        json.WriteStartArray("contentChanges");
        json.WriteStartObject();
        json.WriteStartObject("range");
        Diagnostics.WritePosition(json, "start", line, character);
        Diagnostics.WritePosition(json, "end", endLine, endCharacter);
        json.WriteEndObject();
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static Action<Utf8JsonWriter> AtDocument(string path, Action<Utf8JsonWriter>? more = null) => json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("textDocument");
        json.WriteString("uri", UriOf(path));
        json.WriteEndObject();
        more?.Invoke(json);
        json.WriteEndObject();
    };

    /// <summary>Asks for the code actions at one position, as an editor does when the cursor stands there.</summary>
    public Task<JsonElement> CodeActionsAsync(string path, int line, int character) => RequestAsync("textDocument/codeAction", AtDocument(path, json =>
    {
        json.WriteStartObject("range");
        Diagnostics.WritePosition(json, "start", line, character);
        Diagnostics.WritePosition(json, "end", line, character);
        json.WriteEndObject();
        json.WriteStartObject("context");
        json.WriteStartArray("diagnostics");
        json.WriteEndArray();
        json.WriteEndObject();
    }));

    /// <summary>The next diagnostics published for <paramref name="path"/> (other notifications are passed over).</summary>
    public JsonElement NextDiagnostics(string path)
    {
        string uri = UriOf(path);
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_notifications.TryTake(out var note, deadline - DateTime.UtcNow)
                && note.GetProperty("method").GetString() == "textDocument/publishDiagnostics"
                && note.GetProperty("params").GetProperty("uri").GetString() == uri)
            {
                return note.GetProperty("params");
            }
        }

        throw new TimeoutException($"no diagnostics for {uri}");
    }

    /// <summary>True when nothing more is published within <paramref name="wait"/>.</summary>
    public bool Quiet(TimeSpan wait) => !_notifications.TryTake(out _, wait);

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown");
        await NotifyAsync("exit");
        return await Running.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        // The editor goes away: the server reads the end of its input and stops; then its output is closed, which ends the reading here.
        _toServer.Dispose();
        try
        {
            await Running.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            // Reported by the test that waited for it, if any.
        }

        _serverOut?.Dispose();
        try
        {
            await _reading.WaitAsync(Patience);
        }
        catch (Exception e) when (e is IOException or TimeoutException or ObjectDisposedException)
        {
            // Nothing is left to read.
        }

        _serverIn?.Dispose();
        _fromServer.Dispose();
    }
}
