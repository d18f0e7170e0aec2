using System.IO.Pipes;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Cli;
using PaperLint.Cli.Commands;
using PaperLint.Cli.Lsp;
using Perfolizer.Mathematics.OutlierDetection;

namespace PaperLint.Benchmarks;

/// <summary>
/// The language server on a 1 MB Markdown document open in an editor: one edit (a letter typed, or taken away again) and
/// the wait for the diagnostics of that version, with no pause (debounce 0), so what is measured is the time from the end
/// of the pause to the diagnostics. The edits come one after another, so each lint also meets what the last one left
/// (<see cref="LspAfterPauseBenchmarks"/> gives the server the writer's pause). The server runs in this process and is
/// talked to over pipes, as an editor talks to it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 10)]
public class LspBenchmarks : LspSession
{
    /// <summary>One edit at the start of the document, then its diagnostics; returns how many there are.</summary>
    [Benchmark]
    public int EditThenDiagnostics() => EditAndWait();

    /// <summary>
    /// An edit, and another <see cref="PauseBetweenEdits"/> later, while the first one's lint runs (a writer who pauses just
    /// long enough for the editor to ask, then types on); then the second one's diagnostics. The time includes the pause.
    /// </summary>
    [Benchmark]
    public int EditDuringLintThenDiagnostics()
    {
        Edit();
        Thread.Sleep(PauseBetweenEdits);
        return EditAndWait();
    }

    /// <summary>Shorter than the reading of the document alone, so the second edit always comes while the first is linted.</summary>
    public static TimeSpan PauseBetweenEdits => TimeSpan.FromMilliseconds(30);
}

/// <summary>
/// The language server as a writer meets it: each of 100 edits comes after a pause of <see cref="WritersPause"/>, in which
/// the server tidies up as it does between a writer's pauses, and is timed from the edit (the end of the editor's
/// debounce) to its diagnostics. The server runs with the collector settings the native server gives itself
/// (<see cref="LspCommand.ServerGen0Budget"/>, <see cref="LspCommand.ServerRegionSize"/>); the code is the JIT's, not the
/// native build's (<c>bench/lsp-edits.py --pause 300</c> times the installed tool). Read the Median and Max columns: the
/// goal is every edit's diagnostics within 100 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MaxColumn]
[Config(typeof(AfterPauseJob))]
public class LspAfterPauseBenchmarks : LspSession
{
    /// <summary>As long as a writer reads the diagnostics before typing on (the default debounce is 250 ms).</summary>
    public static TimeSpan WritersPause => TimeSpan.FromMilliseconds(300);

    /// <summary>The pause before each edit, not timed.</summary>
    [IterationSetup]
    public void Pause() => Thread.Sleep(WritersPause);

    /// <summary>One edit at the start of the document after the pause, then its diagnostics; returns how many there are.</summary>
    [Benchmark]
    public int EditAfterPauseThenDiagnostics() => EditAndWait();

    /// <summary>
    /// One edit per iteration (a pause before each needs it), 100 of them after 10 not counted; the slowest edits are
    /// kept, as the writer waits for them too.
    /// </summary>
    internal sealed class AfterPauseJob : ManualConfig
    {
        public AfterPauseJob() => AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(100)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_GCgen0size", LspCommand.ServerGen0Budget),
                new EnvironmentVariable("DOTNET_GCRegionSize", LspCommand.ServerRegionSize)));
    }
}

/// <summary>
/// The server of a benchmark, in this process, with the 1 MB document open: what <see cref="LspBenchmarks"/> and
/// <see cref="LspAfterPauseBenchmarks"/> edit.
/// </summary>
public abstract class LspSession
{
    private string _folder = "";
    private AnonymousPipeServerStream? _toServer;
    private AnonymousPipeServerStream? _fromServer;
    private LspConnection? _client;
    private Task<int>? _server;
    private string _uri = "";
    private int _version = 1;

    /// <summary>About 1 MB: 33 papers of 31 KB.</summary>
    public static int Papers => 33;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("paperlint-lsp-bench").FullName;
        File.WriteAllText(Path.Combine(_folder, ".paperlint.yml"), "root: true\n");
        File.Copy(SamplePaths.Sample("citations.bib"), Path.Combine(_folder, "citations.bib"));
        string path = Path.Combine(_folder, "paper.md");
        _uri = new Uri(path).AbsoluteUri;
        _toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        _fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        var serverIn = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        var serverOut = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var options = new CheckOptions(new CommandLineApplication());
        var context = new CliContext(new PhysicalConsoleWithoutOutput(), _folder, _ => null);
        // As `paperlint lsp` does: the pipes' reads and writes hold pool threads as standard input and output do.
        LspCommand.ReserveThreadsForStandardStreams();
        _server = Task.Run(() => new LspServer(serverIn, serverOut, options, context, TimeSpan.Zero).RunAsync());
        _client = new LspConnection(_fromServer, _toServer);
        Send("initialize", 1, json => { json.WriteStartObject(); json.WriteStartObject("capabilities"); json.WriteEndObject(); json.WriteEndObject(); });
        Send("textDocument/didOpen", null, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("textDocument");
            json.WriteString("uri", _uri);
            json.WriteString("languageId", "markdown");
            json.WriteNumber("version", _version);
            json.WriteString("text", ScaledPaper.Text(Papers));
            json.WriteEndObject();
            json.WriteEndObject();
        });
        WaitForDiagnostics(_version);
    }

    /// <summary>One edit at the start of the document, then the wait for its diagnostics; returns how many there are.</summary>
    protected int EditAndWait() => WaitForDiagnostics(Edit());

    /// <summary>A letter typed at the start of the document, or taken away again; returns the new version.</summary>
    protected int Edit()
    {
        int version = ++_version;
        bool type = version % 2 == 0;
        Send("textDocument/didChange", null, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("textDocument");
            json.WriteString("uri", _uri);
            json.WriteNumber("version", version);
            json.WriteEndObject();
            json.WriteStartArray("contentChanges");
            json.WriteStartObject();
            json.WriteStartObject("range");
            PaperLint.Cli.Lsp.Diagnostics.WritePosition(json, "start", 0, 0);
            PaperLint.Cli.Lsp.Diagnostics.WritePosition(json, "end", 0, type ? 0 : 1);
            json.WriteEndObject();
            json.WriteString("text", type ? "X" : "");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
        return version;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Send("shutdown", 2, json => json.WriteNullValue());
        Send("exit", null, json => json.WriteNullValue());
        _server!.Wait(TimeSpan.FromSeconds(30));
        _toServer!.Dispose();
        _fromServer!.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Send(string method, int? id, Action<Utf8JsonWriter> parameters) => _client!.WriteAsync(json =>
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
    }).GetAwaiter().GetResult();

    protected int WaitForDiagnostics(int version)
    {
        while (_client!.ReadAsync(CancellationToken.None).GetAwaiter().GetResult() is { } message)
        {
            using (message)
            {
                var root = message.RootElement;
                if (root.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
                    && root.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == version)
                {
                    return root.GetProperty("params").GetProperty("diagnostics").GetArrayLength();
                }
            }
        }

        throw new InvalidOperationException("the server stopped");
    }

    /// <summary>A console whose writes go nowhere: the server's own complaints are not what is measured.</summary>
    private sealed class PhysicalConsoleWithoutOutput : IConsole
    {
        public TextWriter Out => TextWriter.Null;

        public TextWriter Error => TextWriter.Null;

        public TextReader In => TextReader.Null;

        public bool IsInputRedirected => true;

        public bool IsOutputRedirected => true;

        public bool IsErrorRedirected => true;

        public ConsoleColor ForegroundColor { get; set; }

        public ConsoleColor BackgroundColor { get; set; }

        public event ConsoleCancelEventHandler? CancelKeyPress
        {
            add { }
            remove { }
        }

        public void ResetColor()
        {
        }
    }
}
