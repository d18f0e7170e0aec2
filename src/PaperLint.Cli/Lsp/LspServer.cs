using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using PaperLint.Cli.Commands;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Lsp;

/// <summary>
/// <c>paperlint lsp</c>: a language server over standard input and output. Markdown and text documents are linted as the
/// editor has them, on open and save at once and on change after a pause (<see cref="Debounce"/>); Word documents are
/// linted from disk on open and save. Findings are published as diagnostics (the rule id as the code), findings with a
/// suggestion get quick fixes, every finding a "disable for this line" action, and a diagnostic's hover names its rule.
/// Configuration is found as the command line finds it and read again when a watched file changes. Nothing a document or a
/// configuration holds stops the server: a document that cannot be read gets one diagnostic, a malformed configuration one
/// diagnostic at the file and line it names.
/// </summary>
internal sealed class LspServer
{
    private readonly LspConnection _connection;
    private readonly CheckOptions _options;
    private readonly CliContext _context;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Linted> _linted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LintQueue> _queues = new(StringComparer.Ordinal);

    // What the last lint of each document kept for the next: the answers a paragraph's text alone decides (LintMemory).
    private readonly ConcurrentDictionary<string, LintMemory> _memories = new(StringComparer.Ordinal);

    // The lint running of each document, cancelled by a change to it (see LintAsync).
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    // Configuration files that produced a diagnostic, so that it is cleared once the file is mended.
    private readonly ConcurrentDictionary<string, byte> _badConfigs = new(StringComparer.Ordinal);

    // What the process had allocated when the server last collected its garbage after a lint (CollectAfterLint).
    private long _allocatedAtCollection;
    private Setups _setups;
    private bool _shutdown;
    private bool _watchesFiles;

    public LspServer(Stream input, Stream output, CheckOptions options, CliContext context, TimeSpan debounce)
    {
        _connection = new LspConnection(input, output);
        _options = options;
        _context = context;
        _setups = new Setups(options, context);
        Debounce = debounce;
    }

    /// <summary>How long the server waits after a change before it lints, so that typing is not linted key by key.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>What a document's last lint found, with the version it was of, for code actions and hovers.</summary>
    private sealed record Linted(int Version, IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, string> Descriptions);

    /// <summary>Serves until <c>exit</c> or the end of the input; the exit code is 0 when <c>shutdown</c> came first, as the protocol asks.</summary>
    public async Task<int> RunAsync(CancellationToken cancel = default)
    {
        while (true)
        {
            JsonDocument? message;
            try
            {
                message = await _connection.ReadAsync(cancel);
            }
            catch (JsonException e)
            {
                await ErrorAsync(null, -32700, $"parse error: {e.Message}");
                continue;
            }
            catch (InvalidDataException e)
            {
                _context.Error.WriteLine($"paperlint lsp: {e.Message}; stopping");
                return 1;
            }

            if (message is null)
            {
                return _shutdown ? 0 : 1;
            }

            using (message)
            {
                var root = message.RootElement;
                string? method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                JsonElement? id = root.TryGetProperty("id", out var i) ? i.Clone() : null;
                if (method is null)
                {
                    continue; // a reply to a request of ours (registering file watchers)
                }

                if (method == "exit")
                {
                    return _shutdown ? 0 : 1;
                }

                var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
                try
                {
                    await HandleAsync(method, id, parameters);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug must cost one request, never the session.
                    _context.Error.WriteLine($"paperlint lsp: {method}: {e.GetType().Name}: {e.Message}");
                    if (id is not null)
                    {
                        await ErrorAsync(id, -32603, $"{method}: {e.Message}");
                    }
                }
            }
        }
    }

    private async Task HandleAsync(string method, JsonElement? id, JsonElement parameters)
    {
        switch (method)
        {
            case "initialize":
                _watchesFiles = parameters.ValueKind == JsonValueKind.Object && Bool(parameters, "capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration");
                await ReplyAsync(id, Capabilities);
                break;
            case "initialized":
                if (_watchesFiles)
                {
                    await _connection.WriteAsync(WatchConfigurationFiles);
                }

                break;
            case "shutdown":
                _shutdown = true;
                await ReplyAsync(id, json => json.WriteNullValue());
                break;
            case "textDocument/didOpen":
                Open(parameters.GetProperty("textDocument"));
                break;
            case "textDocument/didChange":
                Change(parameters);
                break;
            case "textDocument/didSave":
                Saved(Uri(parameters));
                break;
            case "textDocument/didClose":
                await CloseAsync(Uri(parameters));
                break;
            case "workspace/didChangeWatchedFiles" or "workspace/didChangeConfiguration":
                Reload();
                break;
            case "textDocument/codeAction":
                await ReplyAsync(id, json => CodeActions.Write(json, Uri(parameters), parameters, _documents.GetValueOrDefault(Uri(parameters)), _linted.GetValueOrDefault(Uri(parameters))?.Findings ?? []));
                break;
            case "textDocument/hover":
                await ReplyAsync(id, json => WriteHover(json, Uri(parameters), parameters.GetProperty("position")));
                break;
            default:
                if (id is not null)
                {
                    await ErrorAsync(id, -32601, $"method not found: {method}");
                }

                break;
        }
    }

    private static string Uri(JsonElement parameters) => parameters.GetProperty("textDocument").GetProperty("uri").GetString() ?? "";

    private static bool Bool(JsonElement element, params string[] path)
    {
        foreach (string name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return false;
            }
        }

        return element.ValueKind == JsonValueKind.True;
    }

    private void Capabilities(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("capabilities");
        json.WriteString("positionEncoding", "utf-16");
        json.WriteStartObject("textDocumentSync");
        json.WriteBoolean("openClose", true);
        json.WriteNumber("change", 2); // incremental
        json.WriteStartObject("save");
        json.WriteBoolean("includeText", false);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("codeActionProvider");
        json.WriteStartArray("codeActionKinds");
        json.WriteStringValue("quickfix");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteBoolean("hoverProvider", true);
        json.WriteEndObject();
        json.WriteStartObject("serverInfo");
        json.WriteString("name", "paperlint");
        json.WriteString("version", App.Version);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Asks the editor to report changes to the files that configure a lint (dynamic registration).</summary>
    private static void WatchConfigurationFiles(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("jsonrpc", "2.0");
        json.WriteString("id", "paperlint/watch");
        json.WriteString("method", "client/registerCapability");
        json.WriteStartObject("params");
        json.WriteStartArray("registrations");
        json.WriteStartObject();
        json.WriteString("id", "paperlint/watch-configuration");
        json.WriteString("method", "workspace/didChangeWatchedFiles");
        json.WriteStartObject("registerOptions");
        json.WriteStartArray("watchers");
        foreach (string glob in new[] { "**/.paperlint.yml", "**/.paperlint.yaml", "**/.vale.ini", "**/_vale.ini", "**/*.bib", "**/*.yml" })
        {
            json.WriteStartObject();
            json.WriteString("globPattern", glob);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void Open(JsonElement item)
    {
        string uri = item.GetProperty("uri").GetString() ?? "";
        if (PathOf(uri) is not { } path)
        {
            return;
        }

        int version = item.TryGetProperty("version", out var v) && v.TryGetInt32(out int n) ? n : 0;
        if (DocumentLoader.FormatOfOrNull(path) is SourceFormat.Docx)
        {
            _ = LintLatestAsync(uri, null);
            return;
        }

        var document = new OpenDocument(uri, path, item.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "", version);
        _documents[uri] = document;
        _ = LintLatestAsync(uri, document);
    }

    private void Change(JsonElement parameters)
    {
        var item = parameters.GetProperty("textDocument");
        string uri = item.GetProperty("uri").GetString() ?? "";
        if (!_documents.TryGetValue(uri, out var document))
        {
            return;
        }

        int version = item.TryGetProperty("version", out var v) && v.TryGetInt32(out int n) ? n : document.Version + 1;
        lock (document)
        {
            foreach (var change in parameters.GetProperty("contentChanges").EnumerateArray())
            {
                string text = change.GetProperty("text").GetString() ?? "";
                if (change.TryGetProperty("range", out var range))
                {
                    var (start, end) = (range.GetProperty("start"), range.GetProperty("end"));
                    document.Edit(start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32(), text, version);
                }
                else
                {
                    document.Replace(text, version);
                }
            }
        }

        // The lint of an earlier version, if one runs, would only be thrown away: it stops, and the next starts sooner.
        if (_running.TryGetValue(uri, out var stale))
        {
            stale.Cancel();
        }

        // Typing: lint once the writer pauses; each change restarts the wait.
        var waiting = new CancellationTokenSource();
        if (_pending.TryRemove(uri, out var previous))
        {
            previous.Cancel();
        }

        _pending[uri] = waiting;
        _ = Task.Delay(Debounce, waiting.Token).ContinueWith(
            t =>
            {
                if (!t.IsCanceled)
                {
                    _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, waiting));
                    return LintLatestAsync(uri, document, typed: true);
                }

                return Task.CompletedTask;
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default).Unwrap();
    }

    private void Saved(string uri)
    {
        if (_documents.TryGetValue(uri, out var document))
        {
            _ = LintLatestAsync(uri, document);
        }
        else if (PathOf(uri) is { } path && DocumentLoader.FormatOfOrNull(path) is SourceFormat.Docx)
        {
            _ = LintLatestAsync(uri, null);
        }
    }

    private async Task CloseAsync(string uri)
    {
        _documents.TryRemove(uri, out _);
        _linted.TryRemove(uri, out _);
        _memories.TryRemove(uri, out _);
        if (_pending.TryRemove(uri, out var waiting))
        {
            waiting.Cancel();
        }

        await PublishAsync(uri, null, []);
    }

    /// <summary>Reads the configuration again and lints every open document with it.</summary>
    private void Reload()
    {
        _setups = new Setups(_options, _context);
        foreach (var document in _documents.Values)
        {
            _ = LintLatestAsync(document.Uri, document);
        }

        foreach (string uri in _linted.Keys.Where(u => !_documents.ContainsKey(u)))
        {
            _ = LintLatestAsync(uri, null);
        }
    }

    /// <summary>
    /// Lints a document once at a time: a lint asked for while one runs is made once that one ends, of the text as it is
    /// then, however many were asked for meanwhile. On a long document, where a lint takes longer than the pause between
    /// changes, lints do not pile up on each other, and what is published comes in the order of the versions.
    /// </summary>
    /// <param name="typed">True when only a change asks for it: the lint is then skipped when that version was linted already.
    /// Open, save and a new configuration always lint.</param>
    private async Task LintLatestAsync(string uri, OpenDocument? open, bool typed = false)
    {
        var queue = _queues.GetOrAdd(uri, _ => new LintQueue());
        lock (queue)
        {
            if (queue.Running)
            {
                queue.Again = true;
                queue.Forced |= !typed;
                return;
            }

            queue.Running = true;
        }

        bool forced = !typed;
        try
        {
            while (true)
            {
                // The document as the editor has it now (it may have been closed and opened again meanwhile).
                if (open is not null && !_documents.TryGetValue(uri, out open))
                {
                    lock (queue)
                    {
                        queue.Running = queue.Again = queue.Forced = false;
                    }

                    return;
                }

                // A change that came while its own version was being linted needs no second lint.
                bool linted = open is not null && _linted.TryGetValue(uri, out var last) && last.Version == open.Version;
                if (forced || !linted)
                {
                    await LintAsync(uri, open);
                }

                bool done = false;
                lock (queue)
                {
                    if (!queue.Again)
                    {
                        queue.Running = false;
                        done = true;
                    }
                    else
                    {
                        forced = queue.Forced;
                        queue.Again = queue.Forced = false;
                    }
                }

                if (done)
                {
                    CollectAfterLint();
                    return;
                }
            }
        }
        catch
        {
            lock (queue)
            {
                queue.Running = queue.Again = queue.Forced = false;
            }

            throw;
        }
    }

    /// <summary>
    /// After a lint with no other asked for (of any document), when the lints since the last collection allocated more
    /// than <see cref="CollectionAllowance"/>: collects the garbage now, with every generation. A lint of a long document
    /// builds its model and facts afresh (tens of MB on a 1 MB paper), which live until it ends: the collections made
    /// during the next lint would move them on from generation to generation and then collect them in the background,
    /// on the core the rules run on. Collected once the diagnostics are out, while the writer types, they cost one
    /// collection of what the server keeps (the memory of the last version, the findings for hover and quick fixes), and
    /// the next lint begins with an empty first generation.
    /// </summary>
    private void CollectAfterLint()
    {
        long allocated = GC.GetTotalAllocatedBytes();
        long last = Interlocked.Read(ref _allocatedAtCollection);
        // Read without the queues' locks: a lint that starts meanwhile is paused by the collection, as by any other.
        if (_queues.Values.Any(queue => queue.Running) || allocated - last < CollectionAllowance || Interlocked.CompareExchange(ref _allocatedAtCollection, allocated, last) != last)
        {
            return;
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>What the lints may allocate between two collections of <see cref="CollectAfterLint"/>: 32 MB, a quarter of the server's first generation (<see cref="Commands.LspCommand.ServerGen0Budget"/>).</summary>
    internal const long CollectionAllowance = 32L << 20;

    /// <summary>Whether a document's lint is running, and whether another was asked for meanwhile.</summary>
    private sealed class LintQueue
    {
        public bool Running { get; set; }

        public bool Again { get; set; }

        /// <summary>True when a lint asked for meanwhile must be made even of a version already linted (a new configuration).</summary>
        public bool Forced { get; set; }
    }

    /// <summary>
    /// Lints the document (its text as the editor has it, or a Word file from disk when <paramref name="open"/> is null)
    /// and publishes its diagnostics, unless a newer version has come meanwhile.
    /// </summary>
    private async Task LintAsync(string uri, OpenDocument? open)
    {
        string? path = open?.Path ?? PathOf(uri);
        if (path is null)
        {
            return;
        }

        string text;
        int version;
        if (open is null)
        {
            (text, version) = ("", 0);
        }
        else
        {
            lock (open)
            {
                (text, version) = (open.Text, open.Version);
            }
        }

        await Task.Yield();
        IReadOnlyList<Finding> findings;
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            string folder = System.IO.Path.GetDirectoryName(path) ?? _context.WorkingDirectory;
            var setup = _setups.For(folder, path);
            await ClearConfigDiagnosticsAsync();
            if (setup.Config.IsIgnored(path))
            {
                findings = [];
            }
            else
            {
                // The paragraphs the writer did not change are answered from the last lint's memory, of this plan only;
                // and the sections of a long Markdown text that the writer did not change are not parsed again.
                var memory = _memories.AddOrUpdate(uri, _ => new LintMemory(setup.Plan), (_, kept) => ReferenceEquals(kept.Plan, setup.Plan) ? kept : new LintMemory(setup.Plan));
                var document = open is null
                    ? DocumentLoader.Load(path, path, setup.Docx)
                    : DocumentLoader.Load(text, path, setup.Docx, memory);
                // A diagnostic has a range, and no excerpt to show.
                document.Excerpts = false;
                // One document's rules on every core: an editor waits for this document alone. A change to the text
                // cancels the lint of this version (see Change), whose findings would not be published anyway.
                var cancel = new CancellationTokenSource();
                _running[uri] = cancel;
                try
                {
                    if (open is not null && open.Version != version)
                    {
                        return; // changed while it was read: the change's own lint comes after its pause
                    }

                    findings = Linter.Lint(document, setup.Plan, null, Environment.ProcessorCount, cancel.Token, memory).Findings;
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    return;
                }
                finally
                {
                    _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, cancel));
                }

                foreach (var active in setup.Plan.Rules)
                {
                    descriptions[active.Rule.Id] = active.Rule.Description;
                }
            }
        }
        catch (InputException e)
        {
            if (await ConfigDiagnosticAsync(e.Message))
            {
                return;
            }

            // The document itself cannot be read: one diagnostic at its start says why.
            findings = [new Finding { RuleId = "PaperLint.Input", Severity = Severity.Error, Message = e.Message, Match = "", Location = new TextLocation(1, 1, 1, 1) }];
        }
        catch (UsageException e)
        {
            findings = [new Finding { RuleId = "PaperLint.Input", Severity = Severity.Error, Message = e.Message, Match = "", Location = new TextLocation(1, 1, 1, 1) }];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A lint runs on its own, after the request that caused it was answered: what goes wrong is said in the document.
            _context.Error.WriteLine($"paperlint lsp: {path}: {e.GetType().Name}: {e.Message}");
            findings = [new Finding { RuleId = "PaperLint.Input", Severity = Severity.Error, Message = $"PaperLint could not lint this document ({e.GetType().Name}: {e.Message})", Match = "", Location = new TextLocation(1, 1, 1, 1) }];
        }

        if (open is not null && !_documents.ContainsKey(uri))
        {
            _memories.TryRemove(uri, out _); // closed while it was linted
        }

        if (open is not null && (open.Version != version || !_documents.TryGetValue(uri, out var current) || !ReferenceEquals(current, open)))
        {
            return; // a later change has its own lint coming
        }

        _linted[uri] = new Linted(version, findings, descriptions);
        await PublishAsync(uri, open is null ? null : version, findings);
    }

    /// <summary>
    /// A malformed configuration file or rule pack (<c>.paperlint.yml:7: …</c>): one diagnostic at that file and line, and
    /// none on the documents, which cannot be linted until it is mended. False when the message names no such file.
    /// </summary>
    private async Task<bool> ConfigDiagnosticAsync(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"^(?<file>[^:\n]+\.(?:ya?ml|ini|dic|aff|txt|dll)):(?<line>\d+)?:?\s");
        if (!match.Success)
        {
            return false;
        }

        string file = _context.FullPath(match.Groups["file"].Value);
        int line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        string uri = new Uri(file).AbsoluteUri;
        _badConfigs[uri] = 0;
        await PublishAsync(uri, null, [new Finding { RuleId = "PaperLint.Configuration", Severity = Severity.Error, Message = message, Match = "", Location = new TextLocation(line, 1, line, 1) }]);
        return true;
    }

    private async Task ClearConfigDiagnosticsAsync()
    {
        foreach (string uri in _badConfigs.Keys)
        {
            if (_badConfigs.TryRemove(uri, out _))
            {
                await PublishAsync(uri, null, []);
            }
        }
    }

    private Task PublishAsync(string uri, int? version, IReadOnlyList<Finding> findings) => _connection.WriteAsync(json =>
    {
        json.WriteStartObject();
        json.WriteString("jsonrpc", "2.0");
        json.WriteString("method", "textDocument/publishDiagnostics");
        json.WriteStartObject("params");
        json.WriteString("uri", uri);
        if (version is { } v)
        {
            json.WriteNumber("version", v);
        }

        json.WriteStartArray("diagnostics");
        foreach (var finding in findings)
        {
            Diagnostics.Write(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private void WriteHover(Utf8JsonWriter json, string uri, JsonElement position)
    {
        int line = position.GetProperty("line").GetInt32(), character = position.GetProperty("character").GetInt32();
        if (!_linted.TryGetValue(uri, out var linted)
            || linted.Findings.FirstOrDefault(f => Diagnostics.Covers(f, line, character)) is not { } finding)
        {
            json.WriteNullValue();
            return;
        }

        string description = linted.Descriptions.GetValueOrDefault(finding.RuleId, "");
        var text = new StringBuilder().Append("**").Append(finding.RuleId).Append("** (").Append(finding.Severity.ToName()).Append(")");
        if (description.Length > 0)
        {
            text.Append(": ").Append(description);
        }

        text.Append("\n\n").Append(finding.Message);
        if (finding.Link is { } link)
        {
            text.Append("\n\n[More about this rule](").Append(link).Append(')');
        }

        json.WriteStartObject();
        json.WriteStartObject("contents");
        json.WriteString("kind", "markdown");
        json.WriteString("value", text.ToString());
        json.WriteEndObject();
        Diagnostics.WriteRange(json, finding);
        json.WriteEndObject();
    }

    /// <summary>The file an editor's URI names (file: URIs only), or null for one PaperLint does not read.</summary>
    private string? PathOf(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        string path = parsed.LocalPath;
        return DocumentLoader.IsSupported(path) ? path : null;
    }

    private Task ReplyAsync(JsonElement? id, Action<Utf8JsonWriter> result) => _connection.WriteAsync(json =>
    {
        json.WriteStartObject();
        json.WriteString("jsonrpc", "2.0");
        WriteId(json, id);
        json.WritePropertyName("result");
        result(json);
        json.WriteEndObject();
    });

    private Task ErrorAsync(JsonElement? id, int code, string message) => _connection.WriteAsync(json =>
    {
        json.WriteStartObject();
        json.WriteString("jsonrpc", "2.0");
        WriteId(json, id);
        json.WriteStartObject("error");
        json.WriteNumber("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
