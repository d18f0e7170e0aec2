using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Linting;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint [check] PATH...</c>: lints documents and reports the findings.</summary>
public static class CheckCommand
{
    public static void Configure(CommandLineApplication app, CheckOptions options, CliContext context, Func<bool> versionAsked)
    {
        var paths = app.Argument("PATH", "Documents to lint: .docx, .md or .txt files, folders, or globs such as 'chapters/*.md'.", multipleValues: true);
        var staged = app.Option("--staged", "Lint the staged versions of the staged documents (what the next commit holds), as the git hook does.", CommandOptionType.NoValue);
        var baseline = app.Option("--baseline <FILE>", "Report only findings the baseline FILE does not record (see 'paperlint baseline write').", CommandOptionType.SingleValue);
        var output = app.Option("-o|--output <FILE>", "Write the report to FILE (replaced whole, never half-written); the console still shows the summary line.", CommandOptionType.SingleValue);
        var maxWarnings = app.Option("--max-warnings <N>", "Exit with 1 when there are more than N warnings, as when there is an error.", CommandOptionType.SingleValue);
        var printConfig = app.Option("--print-config <FILE>", "Print the configuration that applies to FILE, each value with the file and line it comes from, and lint nothing.", CommandOptionType.SingleValue);
        var shard = app.Option("--shard <I/N>", "Lint only the I-th of N equal shares of the files (1/4 … 4/4), for a CI matrix; the SARIF report names its shard.", CommandOptionType.SingleValue);
        var fix = app.Option("--fix", "Apply the fixes the rules vouch for first (as 'paperlint fix' does), then report what is left.", CommandOptionType.NoValue);
        var stdinName = app.Option("--stdin-filename <NAME>", "The name of the document read from standard input ('-'): its extension gives the format and its folder the configuration (default stdin.md).", CommandOptionType.SingleValue);
        app.OnExecute(() =>
        {
            App.RejectUnexpected(app);
            if (versionAsked())
            {
                context.Out.WriteLine($"paperlint {App.Version}");
                return ExitCodes.Clean;
            }

            if (printConfig.Value() is { } configOf)
            {
                string full = context.FullPath(configOf);
                // With the sections of a .vale.ini that match this file.
                var config = options.ConfigFor(Path.GetDirectoryName(full) ?? context.WorkingDirectory, context).ForFile(full);
                Core.Config.ConfigPrinter.Write(context.Out, config, configOf);
                return ExitCodes.Clean;
            }

            var given = paths.Values.Where(v => v is not null).Select(v => v!).ToList();
            if (app.Parent is null && given.Count > 0 && IsUnknownCommand(given[0], context))
            {
                throw new UsageException($"unknown command '{given[0]}' (commands: {string.Join(", ", app.Commands.Select(c => c.Name).Order(StringComparer.Ordinal))}; see paperlint --help)");
            }

            given.AddRange(context.SeparatedPaths);
            if (fix.HasValue() && (staged.HasValue() || output.HasValue() || shard.HasValue() || stdinName.HasValue() || given.Contains("-")))
            {
                throw new UsageException("--fix changes the files given; it goes with none of --staged, --output, --shard and standard input");
            }

            var report = new ReportOptions(output.Value(), ParseMaxWarnings(maxWarnings.Value()), stdinName.Value(), Shard.Parse(shard.Value())) { Fix = fix.HasValue() };
            return Run(given, options, context, staged.HasValue(), baseline.Value(), report);
        });
    }

    /// <summary>
    /// A first argument that can only be meant as a command: a bare word (no extension, no folder, no pattern) that names
    /// no file or folder here ("paperlint version").
    /// </summary>
    private static bool IsUnknownCommand(string argument, CliContext context) =>
        argument.Length > 0
        && char.IsAsciiLetter(argument[0])
        && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        && !File.Exists(context.FullPath(argument))
        && !Directory.Exists(context.FullPath(argument));

    /// <summary>Where the report goes and what else decides the exit code: <c>--output</c>, <c>--max-warnings</c>, <c>--stdin-filename</c>.</summary>
    public sealed record ReportOptions(string? Output = null, int? MaxWarnings = null, string? StdinName = null, Shard? Shard = null)
    {
        /// <summary><c>--fix</c>: each document is fixed first (what was fixed is said on standard error) and the report is of what is left.</summary>
        public bool Fix { get; init; }
    }

    private static int? ParseMaxWarnings(string? value) => value is null
        ? null
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new UsageException($"--max-warnings: '{value}' is not a whole number of 0 or more");

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, CliContext context, bool staged = false, string? baselinePath = null, ReportOptions? report = null)
    {
        report ??= new ReportOptions();
        if (staged && paths.Count > 0)
        {
            throw new UsageException("--staged lints the staged documents; give no PATH with it");
        }

        if (!staged && paths.Count == 0)
        {
            throw new UsageException("no document given; usage: paperlint [check] PATH... (see paperlint --help)");
        }

        string format = options.Format;
        var baseline = baselinePath is null ? null : Baseline.Load(context.FullPath(baselinePath));
        if (paths.Count(p => p == "-") > 1)
        {
            throw new UsageException("'-' (standard input) may be given once");
        }

        if (report.StdinName is not null && !paths.Contains("-"))
        {
            throw new UsageException("--stdin-filename names the document read from standard input; give '-' as the PATH");
        }

        var (files, errors) = staged ? (StagedFiles.Read(context), []) : InputFiles.Expand(paths.Where(p => p != "-"), context.WorkingDirectory);
        string stdinName = report.StdinName ?? "stdin.md";
        if (report.Fix)
        {
            // Before standard input is read, so that the executable the run goes to can read it.
            HandOver.IfWritingDocx(paths.Contains("-") ? [.. files.Select(f => f.Full), stdinName] : files.Select(f => f.Full));
        }
        if (paths.Contains("-"))
        {
            string name = stdinName;
            // Reported first when it is given first, else after the files.
            files.Insert(paths[0] == "-" ? 0 : files.Count, new InputFile(context.FullPath(name), name, context.ReadInput()));
        }

        if (report.Shard is { } part)
        {
            files = part.Of(files);
        }

        // The JSON report shows no excerpts; a baseline matches findings by theirs.
        var outcome = LintRunner.Run(files, options, context, keep: report.Fix, excerpts: format != "json" || baseline is not null);

        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        var reports = new List<FileReport>(outcome.Files.Count);
        int baselined = 0;
        foreach (var (full, fileReport) in outcome.Files)
        {
            var (kept, excused) = baseline is null ? (fileReport, 0) : baseline.Filter(full, fileReport);
            baselined += excused;

            // Fixed findings are no longer there to report; what was fixed goes to standard error, leaving the report whole.
            reports.Add(report.Fix ? FixCommand.FixOne(full, kept, outcome.Kept[full], new FixCommand.FixOptions(), context, context.Error).Remaining : kept);
        }

        var summary = RunSummary.Of(reports, outcome.Unreadable) with { Baselined = baselined };
        Core.Reporting.IReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(context.WorkingDirectory, App.Version, outcome.Rules) { AutomationId = report.Shard?.AutomationId },
            "github" => new GitHubReporter(context.WorkingDirectory),
            _ => new TextReporter(report.Output is null && options.UseColor(context)) { Summary = !options.Quiet },
        };
        if (report.Output is { } outputPath)
        {
            AtomicFile.Write(context.FullPath(outputPath), writer => reporter.Write(writer, reports, summary));
            if (!options.Quiet)
            {
                context.Out.WriteLine($"{TextReporter.SummaryLine(summary)} The report is in {outputPath}.");
            }
        }
        else
        {
            reporter.Write(context.Out, reports, summary);
        }

        int code = ExitCodes.From(summary, errors.Count);
        if (report.MaxWarnings is { } max && summary.Warnings > max)
        {
            context.Error.WriteLine($"paperlint: {summary.Warnings} warnings, more than --max-warnings {max} allows");
            code = Math.Max(code, ExitCodes.Findings);
        }

        return code;
    }
}
