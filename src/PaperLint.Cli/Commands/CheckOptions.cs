using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Bibliographies;
using PaperLint.Core.Config;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Commands;

/// <summary>The options that decide which rules run and how findings are shown; shared by check, rules and dump.</summary>
public sealed class CheckOptions
{
    private readonly CommandOption _format;
    private readonly CommandOption _config;
    private readonly CommandOption _rules;
    private readonly CommandOption _minLevel;
    private readonly CommandOption _noColor;
    private readonly CommandOption _plugins;
    private readonly CommandOption _bibliography;
    private readonly CommandOption _timings;

    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    public CheckOptions(CommandLineApplication app)
    {
        _format = app.Option("-f|--format <FORMAT>", "Report format: text (default), json, sarif (GitHub code scanning and other SARIF 2.1.0 readers) or github (GitHub Actions annotations).", CommandOptionType.SingleValue, inherited: true);
        _config = app.Option("-c|--config <FILE>", "Use this configuration file instead of looking for .paperlint.yml.", CommandOptionType.SingleValue, inherited: true);
        _rules = app.Option("-r|--rules <DIR>", "Add the rule packs in DIR (a pack folder, or a folder of packs). Repeatable.", CommandOptionType.MultipleValue, inherited: true);
        _minLevel = app.Option("--min-level <LEVEL>", "Report only findings at this level or above: suggestion, warning or error.", CommandOptionType.SingleValue, inherited: true);
        _plugins = app.Option("--plugin <DLL>", "Load the rules of a rule assembly (a plug-in built against PaperLint.Core). Repeatable.", CommandOptionType.MultipleValue, inherited: true);
        _bibliography = app.Option("--bibliography <FILE>", "Check pandoc citation keys against this bibliography (.bib, CSL .json or .yaml) instead of the one a document's front matter names. Repeatable.", CommandOptionType.MultipleValue, inherited: true);
        _timings = app.Option("--timings", "After the report, print on standard error where the time went: reading documents, and each rule (ms, share), the slowest first.", CommandOptionType.NoValue, inherited: true);
        _noColor = app.Option("--no-color", "No colour in the report (also when NO_COLOR is set).", CommandOptionType.NoValue, inherited: true);
    }

    public string Format
    {
        get
        {
            string format = (_format.Value() ?? "text").ToLowerInvariant();
            return Formats.Contains(format)
                ? format
                : throw new UsageException($"--format: '{_format.Value()}' is not a report format; use {string.Join(", ", Formats)}");
        }
    }

    public IReadOnlyList<string> RulePaths(CliContext context) => _rules.Values.Select(v => context.FullPath(v!)).ToList();

    public bool NoColor => _noColor.HasValue();

    public bool Timings => _timings.HasValue();

    public Severity? MinLevel => _minLevel.Value() is not { } level
        ? null
        : SeverityNames.TryParse(level, out var severity)
            ? severity
            : throw new UsageException($"--min-level: '{level}' is not a level; use suggestion, warning or error");

    /// <summary>The configuration for documents in <paramref name="folder"/>: --config if given, else the .paperlint.yml files found upward.</summary>
    public PaperLintConfig ConfigFor(string folder, CliContext context)
    {
        var config = _config.Value() is { } explicitPath
            ? ConfigLoader.Load(context.FullPath(explicitPath))
            : ConfigLoader.Discover(folder);
        // The command line wins over every file, in either direction, and adds plug-ins to theirs.
        var plugins = _plugins.Values.Select(v => context.FullPath(v!)).Where(p => !config.Plugins.Contains(p, StringComparer.Ordinal)).ToList();
        if (plugins.Count > 0)
        {
            config = config with { Plugins = [.. config.Plugins, .. plugins] };
        }

        if (_bibliography.Values.Count > 0)
        {
            config = config with { Bibliography = _bibliography.Values.Select(v => new BibliographyFile(context.FullPath(v!), v!)).ToList() };
        }

        return MinLevel is { } min ? config with { MinLevelSetting = min } : config;
    }
}
