using PaperLint.Core.Config;
using PaperLint.Core.Packs;
using PaperLint.Core.Plugins;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Core.Linting;

/// <summary>
/// The rules a run uses: the built-in rules, the shipped packs the configuration leaves on, the packs the
/// user adds by path, and the rules of plug-ins, each with the severity and settings the configuration gives it.
/// </summary>
public static class RuleSet
{
    /// <summary>Every rule known to this run, on or off, with the severity in force (null when off).</summary>
    public static IReadOnlyList<(IRule Rule, Severity? Level)> Catalog(PaperLintConfig config, IEnumerable<string> extraPackPaths) =>
        Build(config, extraPackPaths).Catalog;

    private static (IReadOnlyList<(IRule Rule, Severity? Level)> Catalog, IReadOnlyList<IConfigSection> Sections) Build(PaperLintConfig config, IEnumerable<string> extraPackPaths)
    {
        var shipped = PackLoader.LoadShipped();
        if (config.Packs is { } wanted)
        {
            var unknown = wanted.Where(w => !shipped.Any(p => p.Name.Equals(w, StringComparison.Ordinal))).ToList();
            if (unknown.Count > 0)
            {
                string source = config.Sources.Count > 0 ? config.Sources[^1] : ".paperlint.yml";
                throw new InputException($"{source}: unknown pack '{unknown[0]}' in 'packs' (shipped packs: {string.Join(", ", shipped.Select(p => p.Name))})");
            }
        }

        var rules = new List<IRule>(BuiltInRules.All);
        foreach (var pack in shipped)
        {
            // Packs that hold built-in families (Footnotes, Attribution) follow the list too.
            if (config.Packs is null || config.Packs.Contains(pack.Name, StringComparer.Ordinal))
            {
                rules.AddRange(pack.Rules);
            }
        }

        foreach (var path in config.PackPaths.Concat(extraPackPaths))
        {
            if (!Directory.Exists(path))
            {
                throw new InputException($"{path}: no such rules folder");
            }

            foreach (var pack in PackLoader.LoadPath(path))
            {
                rules.AddRange(pack.Rules);
            }
        }

        var byId = new Dictionary<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            // A user's pack may redefine a shipped rule; the later definition wins.
            byId[rule.Id] = rule;
        }

        var sections = new List<IConfigSection>();
        foreach (var plugin in config.Plugins.Select(PluginLoader.Load))
        {
            foreach (var rule in plugin.Rules)
            {
                // A plug-in adds rules; it never silently replaces one, which would change what a shipped id means.
                string id = PluginLoader.SafeId(plugin.Path, rule);
                if (byId.ContainsKey(id))
                {
                    string whose = ShippedIds.Value.Contains(id) ? "a shipped rule" : "a rule loaded before it";
                    throw new InputException($"{plugin.Path}: rule id '{id}' is already {whose}; give the plug-in's rule an id of its own (Family.Name)");
                }

                byId[id] = rule;
            }

            foreach (var section in plugin.Sections)
            {
                if (ConfigSections.BuiltIn.Concat(sections).Any(s => s.Key == section.Key) || ConfigLoader.IsCoreKey(section.Key))
                {
                    throw new InputException($"{plugin.Path}: configuration section '{section.Key}' is already taken; give the plug-in's section a key of its own");
                }

                sections.Add(section);
            }
        }

        var catalog = byId.Values
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (r, config.RuleLevels.TryGetValue(r.Id, out var level) ? level : r.DefaultSeverity))
            .ToList();
        return (catalog, sections);
    }

    /// <summary>The ids of every rule PaperLint ships, whichever packs are on.</summary>
    private static readonly Lazy<HashSet<string>> ShippedIds = new(() =>
        new HashSet<string>(BuiltInRules.All.Select(r => r.Id).Concat(PackLoader.LoadShipped().SelectMany(p => p.Rules).Select(r => r.Id)), StringComparer.Ordinal));

    /// <summary>The rules that are on, ready to run, with the settings of every section.</summary>
    public static LintPlan Active(PaperLintConfig config, IEnumerable<string> extraPackPaths)
    {
        var (catalog, sections) = Build(config, extraPackPaths);
        var known = new HashSet<string>(catalog.Select(c => c.Rule.Id), StringComparer.Ordinal);
        foreach (var id in config.RuleLevels.Keys.Where(id => !known.Contains(id)))
        {
            string source = config.Sources.Count > 0 ? config.Sources[^1] : ".paperlint.yml";
            throw new InputException($"{source}: unknown rule '{id}' in 'rules'; 'paperlint rules' lists the rule ids");
        }

        // The names the loaded Names packs spell (a user's pack included), whether or not those rules are on.
        var settings = config.Settings(sections);
        settings = settings.With(settings.Get<ConsistencyOptions>() with { Names = NameSpellings.From(catalog.Select(c => c.Rule)) });
        var rules = catalog
            .Where(c => c.Level is not null)
            .Select(c => new ActiveRule(c.Rule, c.Level!.Value))
            .ToList();
        return new LintPlan(config, rules, settings);
    }
}
