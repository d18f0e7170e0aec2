using System.Globalization;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Config;

/// <summary>
/// <c>--print-config FILE</c>: the configuration that applies to a document, as YAML, each value with the file and line
/// it comes from (or <c>default</c>). Sections are shown as each file gives them, farthest first, since a nearer
/// file's keys replace the farther's key by key.
/// </summary>
public static class ConfigPrinter
{
    public static void Write(TextWriter output, PaperLintConfig config, string document)
    {
        output.WriteLine($"# The configuration that applies to {document}");
        if (config.Sources.Count == 0)
        {
            output.WriteLine("# No .paperlint.yml applies: every value is the default.");
        }
        else
        {
            output.WriteLine("# Read from, farthest first (a nearer file wins):");
            foreach (string source in config.Sources)
            {
                output.WriteLine($"#   {source}");
            }
        }

        Line(output, $"packs: {(config.Packs is null ? "[Attribution, Consistency, Footnotes, Names, Typos]" : "[" + string.Join(", ", config.Packs) + "]")}",
            config.Packs switch
            {
                null => "default: all",
                { Count: 0 } => "none: the .vale.ini names no PaperLint family in BasedOnStyles",
                var packs => config.SourceOf("packs", packs[0]),
            });
        Line(output, $"minLevel: {(config.MinLevelSetting ?? Severity.Suggestion).ToName()}", config.NameSources.GetValueOrDefault("minLevel") ?? "default");
        if (config.RuleLevels.Count == 0)
        {
            Line(output, "rules: {}", "default: every rule at its own level");
        }
        else
        {
            output.WriteLine("rules:");
            foreach (var (name, level) in config.RuleLevels.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Line(output, $"  {name}: {level?.ToName() ?? "off"}", config.SourceOf("rules", name));
            }
        }

        if (config.GatedFamilies.Count > 0)
        {
            // A .vale.ini's styles run only where it turns them on.
            Line(output, $"# Vale styles read: [{string.Join(", ", config.GatedFamilies)}]", "StylesPath, and Vale's own style");
            Line(output, $"# on: [{string.Join(", ", config.EnabledRules)}]", "BasedOnStyles and Style.Rule = YES of the sections that match");
        }

        if (config.IgnoredSource.Count > 0)
        {
            Line(output, $"# TokenIgnores and BlockIgnores: [{string.Join(", ", config.IgnoredSource)}]", "the .vale.ini");
        }

        if (config.ValeScopes is { } scopes)
        {
            Line(output, $"# SkippedScopes: [{string.Join(", ", scopes.Skipped)}], IgnoredScopes: [{string.Join(", ", scopes.Ignored)}], IgnoredClasses: [{string.Join(", ", scopes.Classes)}]", "the .vale.ini");
        }

        Line(output, $"accept: [{string.Join(", ", config.Accept)}]", config.Accept.Count == 0 ? "default" : "from every file, added up");
        Line(output, $"ignore: [{string.Join(", ", config.Ignore.Select(i => i.Pattern))}]", config.Ignore.Count == 0 ? "default" : "from every file, each relative to its own");
        if (config.PackPaths.Count > 0)
        {
            output.WriteLine("paths:");
            foreach (string path in config.PackPaths)
            {
                output.WriteLine($"  - {path}");
            }
        }

        if (config.Plugins.Count > 0)
        {
            output.WriteLine("plugins:");
            foreach (string plugin in config.Plugins)
            {
                output.WriteLine($"  - {plugin}");
            }
        }

        foreach (var section in config.Sections)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {section.File}:{section.KeyLine}"));
            string yaml = section.ToYaml();
            output.WriteLine(yaml.Contains('\n', StringComparison.Ordinal) || yaml.StartsWith('{') is false && yaml.Contains(':', StringComparison.Ordinal)
                ? $"{section.Key}:\n  {yaml.Replace("\n", "\n  ", StringComparison.Ordinal)}"
                : $"{section.Key}: {yaml}");
        }
    }

    private static void Line(TextWriter output, string line, string source) =>
        output.WriteLine($"{line.PadRight(40)} # {source}");
}
