using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Rules;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint dump FILE</c>: what the rules see of a document.</summary>
public static class DumpCommand
{
    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Print what the rules see: each block with its kind, place and text, and the note markers and bodies.";
        var file = command.Argument("FILE", "The document to show.");
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            if (string.IsNullOrEmpty(file.Value))
            {
                throw new UsageException("dump needs a file; usage: paperlint dump FILE");
            }

            string full = context.FullPath(file.Value);
            var document = DocumentLoader.Load(full, file.Value);
            var config = ConfigLoader.Discover(Path.GetDirectoryName(full) ?? context.WorkingDirectory);
            var settings = RuleSet.Active(config, []).Settings;
            DumpWriter.Write(context.Out, document, LintContext.For(document, settings));
            return ExitCodes.Clean;
        });
    }
}
