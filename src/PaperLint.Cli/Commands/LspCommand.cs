using System.Globalization;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Cli.Lsp;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint lsp</c>: the language server, over standard input and output, for editors.</summary>
public static class LspCommand
{
    /// <summary>How long the server waits after a change before it lints.</summary>
    public const int DefaultDebounceMilliseconds = 250;

    /// <summary>
    /// The native server's budget for the garbage collector's first generation: 128 MB (hexadecimal, as the runtime reads
    /// it), where a run of the command line has 8 MB (see the project file). A command-line run reads a paper once and
    /// its peak memory is what counts; the server lints the whole document again at every pause, and with 8 MB each lint
    /// of a long paper was a dozen collections, each moving the half-built model of the lint on to an older generation,
    /// which the writer waited for. With 128 MB a lint of a 1 MB document (about 75 MB allocated) makes none, and the
    /// server collects once its diagnostics are out (<see cref="LspServer"/>'s collection after a lint), so the budget
    /// is not what the server holds. The user's own <c>DOTNET_GCgen0size</c> is kept (README, "The language server, as
    /// an editor meets it").
    /// </summary>
    internal const string ServerGen0Budget = "8000000";

    /// <summary>
    /// The native server's regions of the collector's heap: 1 MB (hexadecimal), where a run of the command line has the
    /// default 4 MB. With 1 MB the server peaked about 6 MiB lower while it was edited, in the same time (README, "Memory").
    /// The user's own <c>DOTNET_GCRegionSize</c> is kept.
    /// </summary>
    internal const string ServerRegionSize = "100000";

    /// <summary>
    /// Gives the thread pool two threads more than it keeps at hand by itself (one per core). Standard input and output
    /// have no asynchronous reads and writes of their own: a read of the editor's next message holds a pool thread for
    /// as long as the editor is silent, and a write of a long message of diagnostics holds one while the editor reads.
    /// A lint runs its rules on every core through the pool; with the reader holding one of the threads at hand, it
    /// found no second thread and ran its rules on one core, unless the pool happened to keep one more from an earlier
    /// wait (in one record, 16 of 46 lints of the bench document, 211 ms long at the median against 151 ms for those
    /// that ran on two: bench/lsp-threads.py; README, "The language server, as an editor meets it").
    /// </summary>
    internal static void ReserveThreadsForStandardStreams()
    {
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 2), completionPorts);
    }

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Run the language server (LSP over standard input and output) for editors: diagnostics as you type in .md and .txt, on open and save in .docx.";
        command.Option("--stdio", "Talk over standard input and output (the only way; accepted because editors pass it).", CommandOptionType.NoValue);
        var debounce = command.Option("--debounce <MS>", $"Wait this many milliseconds after a change before linting (default {DefaultDebounceMilliseconds}).", CommandOptionType.SingleValue);
        var options = new CheckOptions(command);
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            // A native executable reads the collector's settings only as it starts.
            HandOver.WithEnvironment(new("DOTNET_GCgen0size", ServerGen0Budget), new("DOTNET_GCRegionSize", ServerRegionSize));
            int wait = debounce.Value() is not { } given ? DefaultDebounceMilliseconds
                : int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out int ms) ? ms
                : throw new UsageException($"--debounce: '{given}' is not a whole number of milliseconds");
            ReserveThreadsForStandardStreams();
            // The protocol owns standard output; what goes wrong is said on standard error.
            var server = new LspServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), options, context, TimeSpan.FromMilliseconds(wait));
            return server.RunAsync().GetAwaiter().GetResult();
        });
    }
}
