using System.Globalization;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Linting;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>paperlint baseline write [--output FILE] PATH...</c>: records today's findings, so that later runs
/// with <c>--baseline FILE</c> report only new ones. Nothing is written when a file cannot be read,
/// because its findings would all count as new the day it can.
/// </summary>
public static class BaselineCommand
{
    public const string DefaultFile = ".paperlint-baseline.json";

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Record today's findings so that later runs with --baseline report only new ones.";
        command.OnExecute(int () =>
        {
            App.RejectUnexpected(command);
            throw new UsageException("usage: paperlint baseline write [--output FILE] PATH...");
        });
        command.Command("write", write =>
        {
            write.Description = $"Lint PATH... and write every finding to FILE (default {DefaultFile}).";
            var paths = write.Argument("PATH", "Documents, folders or globs, as for check.", multipleValues: true);
            var output = write.Option("-o|--output <FILE>", $"Where to write the baseline (default {DefaultFile}).", CommandOptionType.SingleValue);
            var options = new CheckOptions(write);
            write.OnExecute(() =>
            {
                App.RejectUnexpected(write);
                var given = paths.Values.Where(v => v is not null).Select(v => v!).ToList();
                return Write(given, output.Value() ?? DefaultFile, options, context);
            });
        }, throwOnUnexpectedArg: false);
    }

    public static int Write(IReadOnlyList<string> paths, string outputPath, CheckOptions options, CliContext context)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no document given; usage: paperlint baseline write [--output FILE] PATH...");
        }

        var (files, errors) = InputFiles.Expand(paths, context.WorkingDirectory);
        var outcome = LintRunner.Run(files, options, context);
        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        if (errors.Count > 0 || outcome.Unreadable > 0)
        {
            context.Error.WriteLine($"paperlint: baseline not written to {outputPath}: every document must be readable");
            return ExitCodes.BadInput;
        }

        int count = Baseline.Write(context.FullPath(outputPath), outcome.Files);
        string noun = count == 1 ? "finding" : "findings";
        string fileNoun = outcome.Files.Count == 1 ? "file" : "files";
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} {noun} in {outcome.Files.Count} {fileNoun} to {outputPath}."));
        return ExitCodes.Clean;
    }
}
