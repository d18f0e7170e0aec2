using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Bibliographies;
using PaperLint.Core.Config;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Commands;

/// <summary>The options that decide which rules run and how findings are shown: those of check and baseline write, and (catalogOnly) of rules.</summary>
public sealed class CheckOptions
{
    private readonly CommandOption _format;
    private readonly CommandOption _config;
    private readonly CommandOption _rules;
    private readonly CommandOption? _minLevel;
    private readonly CommandOption? _noColor;
    private readonly CommandOption _plugins;
    private readonly CommandOption? _bibliography;
    private readonly CommandOption? _timings;
    private readonly CommandOption? _quiet;
    private readonly CommandOption? _color;
    private readonly CommandOption _noConfig;
    private readonly CommandOption _strict;
    private readonly CommandOption? _jobs;

    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    private readonly string[] _formats;

    /// <param name="app">The command the options belong to; they are not inherited by its sub-commands, so each command lists only what it uses.</param>
    /// <param name="catalogOnly">True for <c>paperlint rules</c>: only what decides which rules there are and how the list is printed.</param>
    public CheckOptions(CommandLineApplication app, bool catalogOnly = false)
    {
        _config = app.Option("-c|--config <FILE>", "Use this configuration file instead of looking for .paperlint.yml.", CommandOptionType.SingleValue, inherited: false);
        _rules = app.Option("-r|--rules <DIR>", "Add the rule packs in DIR (a pack folder, or a folder of packs). Repeatable.", CommandOptionType.MultipleValue, inherited: false);
        _format = app.Option("-f|--format <FORMAT>", catalogOnly ? "List format: text (default) or json." : "Report format: text (default), json, sarif (GitHub code scanning and other SARIF 2.1.0 readers) or github (GitHub Actions annotations).", CommandOptionType.SingleValue, inherited: false);
        _noConfig = app.Option("--no-config", "Use no .paperlint.yml: every shipped rule at its default level.", CommandOptionType.NoValue, inherited: false);
        _plugins = app.Option("--plugin <DLL>", "Load the rules of a rule assembly (a plug-in built against PaperLint.Core). Repeatable.", CommandOptionType.MultipleValue, inherited: false);
        _strict = app.Option("--strict", "Stop with exit code 2 when a rule file uses a Vale kind, key or scope PaperLint does not implement, instead of skipping it with a warning.", CommandOptionType.NoValue, inherited: false);
        _formats = catalogOnly ? ["text", "json"] : Formats;
        if (catalogOnly)
        {
            return;
        }

        _minLevel = app.Option("--min-level <LEVEL>", "Report only findings at this level or above: suggestion, warning or error.", CommandOptionType.SingleValue, inherited: false);
        _bibliography = app.Option("--bibliography <FILE>", "Check pandoc citation keys against this bibliography (.bib, CSL .json or .yaml) instead of the one a document's front matter names. Repeatable.", CommandOptionType.MultipleValue, inherited: false);
        _timings = app.Option("--timings", "After the report, print on standard error where the time went: reading documents, and each rule (ms, share), the slowest first.", CommandOptionType.NoValue, inherited: false);
        _noColor = app.Option("--no-color", "No colour in the report: the same as --color never.", CommandOptionType.NoValue, inherited: false);
        _color = app.Option("--color <WHEN>", "Colour in the text report: auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on in a CI log), always or never.", CommandOptionType.SingleValue, inherited: false);
        _quiet = app.Option("-q|--quiet", "Report errors only, and no summary line in the text report.", CommandOptionType.NoValue, inherited: false);
        _jobs = app.Option("-j|--jobs <N>", "Lint at most N files at once (default: one per core); with fewer files, check a file's rules N at once.", CommandOptionType.SingleValue, inherited: false);
    }

    /// <summary>Errors only, and no summary line (<c>--quiet</c>).</summary>
    public bool Quiet => _quiet?.HasValue() == true;

    /// <summary>How many files are linted at once: <c>--jobs</c>, else one per core.</summary>
    public int Jobs => _jobs?.Value() is not { } value
        ? Environment.ProcessorCount
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new UsageException($"--jobs: '{value}' is not a positive whole number");

    /// <summary>True when the text report is coloured: <c>--color</c> or <c>--no-color</c> if given, else NO_COLOR, FORCE_COLOR and whether the output is a terminal.</summary>
    public bool UseColor(CliContext context)
    {
        string? when = _color?.Value()?.ToLowerInvariant();
        if (_noColor?.HasValue() == true)
        {
            return when is null or "never" ? false : throw new UsageException("--no-color and --color: give one of them");
        }

        return when switch
        {
            null or "auto" => context.ColorByDefault,
            "always" => true,
            "never" => false,
            _ => throw new UsageException($"--color: '{when}' is not a choice; use auto, always or never"),
        };
    }

    public string Format
    {
        get
        {
            string format = (_format.Value() ?? "text").ToLowerInvariant();
            return _formats.Contains(format)
                ? format
                : throw new UsageException($"--format: '{_format.Value()}' is not a {(_formats.Length == Formats.Length ? "report" : "list")} format; use {string.Join(", ", _formats)}");
        }
    }

    public IReadOnlyList<string> RulePaths(CliContext context) => _rules.Values.Select(v => context.FullPath(v!)).ToList();


    public bool Timings => _timings?.HasValue() == true;

    public Severity? MinLevel => Quiet ? Severity.Error
        : _minLevel?.Value() is not { } level
        ? null
        : SeverityNames.TryParse(level, out var severity)
            ? severity
            : throw new UsageException($"--min-level: '{level}' is not a level; use suggestion, warning or error");

    /// <summary>The configuration for documents in <paramref name="folder"/>: --config if given, else the .paperlint.yml files found upward.</summary>
    public PaperLintConfig ConfigFor(string folder, CliContext context)
    {
        if (_noConfig.HasValue() && _config.HasValue())
        {
            throw new UsageException("--config and --no-config: give one of them");
        }

        var config = _noConfig.HasValue() ? PaperLintConfig.Default
            : _config.Value() is { } explicitPath
            ? ConfigLoader.Load(context.FullPath(explicitPath))
            : ConfigLoader.Discover(folder);
        // The command line wins over every file, in either direction, and adds plug-ins to theirs.
        var plugins = _plugins.Values.Select(v => context.FullPath(v!)).Where(p => !config.Plugins.Contains(p, StringComparer.Ordinal)).ToList();
        if (plugins.Count > 0)
        {
            config = config with { Plugins = [.. config.Plugins, .. plugins] };
        }

        if (_bibliography is { Values.Count: > 0 })
        {
            config = config with { Bibliography = _bibliography!.Values.Select(v => new BibliographyFile(context.FullPath(v!), v!)).ToList() };
        }

        if (_strict.HasValue())
        {
            config = config with { Strict = true };
        }

        return MinLevel is { } min ? config with { MinLevelSetting = min } : config;
    }
}
