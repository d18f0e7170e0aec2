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
        app.OnExecute(() =>
        {
            App.RejectUnexpected(app);
            if (versionAsked())
            {
                context.Out.WriteLine($"paperlint {App.Version}");
                return ExitCodes.Clean;
            }

            var given = paths.Values.Where(v => v is not null).Select(v => v!).ToList();
            return Run(given, options, context, staged.HasValue(), baseline.Value());
        });
    }

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, CliContext context, bool staged = false, string? baselinePath = null)
    {
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
        var (files, errors) = staged ? (StagedFiles.Read(context), []) : InputFiles.Expand(paths, context.WorkingDirectory);
        var outcome = LintRunner.Run(files, options, context);

        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        var reports = new List<FileReport>(outcome.Files.Count);
        int baselined = 0;
        foreach (var (full, report) in outcome.Files)
        {
            if (baseline is null)
            {
                reports.Add(report);
                continue;
            }

            var (kept, excused) = baseline.Filter(full, report);
            reports.Add(kept);
            baselined += excused;
        }

        var summary = RunSummary.Of(reports, outcome.Unreadable) with { Baselined = baselined };
        Core.Reporting.IReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(context.WorkingDirectory, App.Version, outcome.Rules),
            "github" => new GitHubReporter(context.WorkingDirectory),
            _ => new TextReporter(context.UseColor(options.NoColor)),
        };
        reporter.Write(context.Out, reports, summary);
        return ExitCodes.From(summary, errors.Count);
    }
}
