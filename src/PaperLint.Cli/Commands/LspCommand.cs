using System.Globalization;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Cli.Lsp;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint lsp</c>: the language server, over standard input and output, for editors.</summary>
public static class LspCommand
{
    /// <summary>How long the server waits after a change before it lints.</summary>
    public const int DefaultDebounceMilliseconds = 250;

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Run the language server (LSP over standard input and output) for editors: diagnostics as you type in .md and .txt, on open and save in .docx.";
        command.Option("--stdio", "Talk over standard input and output (the only way; accepted because editors pass it).", CommandOptionType.NoValue);
        var debounce = command.Option("--debounce <MS>", $"Wait this many milliseconds after a change before linting (default {DefaultDebounceMilliseconds}).", CommandOptionType.SingleValue);
        var options = new CheckOptions(command);
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            // An editor may open a Word file at any time: the server is the whole tool's.
            DocxHandOver.Always();
            int wait = debounce.Value() is not { } given ? DefaultDebounceMilliseconds
                : int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out int ms) ? ms
                : throw new UsageException($"--debounce: '{given}' is not a whole number of milliseconds");
            // The protocol owns standard output; what goes wrong is said on standard error.
            var server = new LspServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), options, context, TimeSpan.FromMilliseconds(wait));
            return server.RunAsync().GetAwaiter().GetResult();
        });
    }
}
