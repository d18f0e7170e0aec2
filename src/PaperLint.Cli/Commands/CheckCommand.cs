using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint [check] PATH...</c>: lints documents and reports the findings.</summary>
public static class CheckCommand
{
    public static void Configure(CommandLineApplication app, CheckOptions options, CliContext context, Func<bool> versionAsked)
    {
        var paths = app.Argument("PATH", "Documents to lint: .docx, .md or .txt files, folders, or globs such as 'chapters/*.md'.", multipleValues: true);
        app.OnExecute(() =>
        {
            App.RejectUnexpected(app);
            if (versionAsked())
            {
                context.Out.WriteLine($"paperlint {App.Version}");
                return ExitCodes.Clean;
            }

            return Run(paths.Values.Where(v => v is not null).Select(v => v!).ToList(), options, context);
        });
    }

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, CliContext context)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no document given; usage: paperlint [check] PATH... (see paperlint --help)");
        }

        string format = options.Format;
        var extraPacks = options.RulePaths(context);
        var (files, errors) = InputFiles.Expand(paths, context.WorkingDirectory);
        var reports = new List<FileReport>();
        var setups = new Dictionary<string, (PaperLintConfig Config, IReadOnlyList<ActiveRule> Rules)>(StringComparer.Ordinal);
        int unreadable = 0;

        foreach (var (full, display) in files)
        {
            string folder = Path.GetDirectoryName(full) ?? context.WorkingDirectory;
            if (!setups.TryGetValue(folder, out var setup))
            {
                var config = options.ConfigFor(folder, context);
                setup = (config, RuleSet.Active(config, extraPacks));
                setups[folder] = setup;
            }

            try
            {
                var document = DocumentLoader.Load(full, display);
                reports.Add(Linter.Lint(document, setup.Rules, setup.Config));
            }
            catch (InputException e)
            {
                context.Error.WriteLine(e.Message);
                unreadable++;
            }
        }

        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        var summary = RunSummary.Of(reports, unreadable);
        PaperLint.Core.Reporting.IReporter reporter = format == "json" ? new JsonReporter() : new TextReporter(context.UseColor(options.NoColor));
        reporter.Write(context.Out, reports, summary);
        return ExitCodes.From(summary, errors.Count);
    }
}
