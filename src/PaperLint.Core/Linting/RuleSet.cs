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
    /// <exception cref="InputException">The configuration names a pack, family or rule that does not exist.</exception>
    public static IReadOnlyList<(IRule Rule, Severity? Level)> Catalog(PaperLintConfig config, IEnumerable<string> extraPackPaths) =>
        Catalog(config, extraPackPaths, out _);

    /// <summary>Every rule known to this run, and the warnings of loading them (rule files skipped, Vale settings not applied).</summary>
    /// <exception cref="InputException">The configuration names a pack, family or rule that does not exist.</exception>
    public static IReadOnlyList<(IRule Rule, Severity? Level)> Catalog(PaperLintConfig config, IEnumerable<string> extraPackPaths, out IReadOnlyList<string> warnings)
    {
        var (catalog, _, loadWarnings, skipped) = Build(config, extraPackPaths);
        CheckRuleLevels(config, catalog, skipped);
        warnings = [.. config.Warnings, .. loadWarnings];
        return catalog;
    }

    /// <summary>The family of a rule id: what stands before its first dot ("Typos" of "Typos.LeadBy").</summary>
    internal static string FamilyOf(string id) => id.IndexOf('.') is int dot and > 0 ? id[..dot] : id;

    /// <summary>Every name in <c>rules:</c> must be a rule id or a family (a pack's name, "Attribution").</summary>
    private static void CheckRuleLevels(PaperLintConfig config, IReadOnlyList<(IRule Rule, Severity? Level)> catalog, IEnumerable<string> skipped)
    {
        // A shipped rule of a family that 'packs:' leaves out is still a rule, and so is one skipped with a warning.
        var known = new HashSet<string>(catalog.Select(c => c.Rule.Id).Concat(ShippedIds.Value).Concat(skipped), StringComparer.Ordinal);
        known.UnionWith(known.Select(FamilyOf).ToList());
        foreach (var id in config.RuleLevels.Keys.Where(id => !known.Contains(id)))
        {
            string source = config.SourceOf("rules", id);
            throw new InputException($"{source}: unknown rule '{id}' in 'rules'; 'paperlint rules' lists the rule ids, and a family name (Typos) sets all its rules");
        }
    }

    private static (IReadOnlyList<(IRule Rule, Severity? Level)> Catalog, IReadOnlyList<IConfigSection> Sections, IReadOnlyList<string> Warnings, IReadOnlyList<string> Skipped) Build(PaperLintConfig config, IEnumerable<string> extraPackPaths)
    {
        var warnings = new List<string>();
        var skipped = new List<string>();
        var shipped = PackLoader.LoadShipped();
        var families = BuiltInRules.All.Select(r => FamilyOf(r.Id)).Concat(shipped.Select(p => p.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (config.Packs is { } wanted)
        {
            var unknown = wanted.Where(w => !families.Contains(w, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                string source = config.SourceOf("packs", unknown[0]);
                throw new InputException($"{source}: unknown pack '{unknown[0]}' in 'packs' (shipped families: {string.Join(", ", families)})");
            }
        }

        // 'packs:' names the shipped families that are on, built into the tool (Footnotes, Attribution) or shipped as
        // packs (Typos, Names): a family left out is off. A user's packs and plug-ins are on whatever it says.
        bool On(string family) => config.Packs is null || config.Packs.Contains(family, StringComparer.Ordinal);
        var rules = new List<IRule>(BuiltInRules.All.Where(r => On(FamilyOf(r.Id))));
        foreach (var pack in shipped)
        {
            rules.AddRange(pack.Rules.Where(r => On(FamilyOf(r.Id))));
        }

        foreach (var path in config.PackPaths.Concat(extraPackPaths))
        {
            if (!Directory.Exists(path))
            {
                // A folder of the configuration's 'paths:' is named with its file and line; one of --rules as given.
                throw new InputException(config.NameSources.TryGetValue("paths:" + path, out var source)
                    ? $"{source}: no such folder (paths are relative to the configuration file)"
                    : $"{path}: no such rules folder");
            }

            bool vale = config.ValeStylePaths.Contains(path, StringComparer.Ordinal);
            foreach (var pack in PackLoader.LoadPath(path, config.Strict, vale, vale ? config.ValeVocabulary : []))
            {
                rules.AddRange(pack.Rules);
                // Only a rule the configuration would have on is worth a warning.
                skipped.AddRange(pack.Skipped.Select(skip => skip.Id));
                warnings.AddRange(pack.Skipped.Where(skip => Level(config, skip.Id, Severity.Suggestion) is not null).Select(skip => skip.Message));
            }
        }

        if (config.ValeBuiltInStyle is { } valeStyle)
        {
            rules.AddRange(valeStyle.Rules);
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
            .Select(r => (r, Level(config, r)))
            .ToList();
        return (catalog, sections, warnings, skipped);
    }

    /// <summary>
    /// The level a rule runs at: its own in <c>rules:</c>, else its family's, else its default. A rule of a gated
    /// family (a <c>.vale.ini</c>'s style) is off unless its id or family is turned on.
    /// </summary>
    private static Severity? Level(PaperLintConfig config, IRule rule) => Level(config, rule.Id, rule.DefaultSeverity);

    private static Severity? Level(PaperLintConfig config, string id, Severity defaultSeverity)
    {
        string family = FamilyOf(id);
        if (config.RuleLevels.TryGetValue(id, out var level))
        {
            return level;
        }

        bool enabled = config.EnabledRules.Contains(id, StringComparer.Ordinal) || config.EnabledRules.Contains(family, StringComparer.Ordinal);
        if (!enabled && config.GatedFamilies.Contains(family, StringComparer.Ordinal))
        {
            return null;
        }

        return config.RuleLevels.TryGetValue(family, out var familyLevel) ? familyLevel : defaultSeverity;
    }

    /// <summary>The names of the families PaperLint ships (built-in rules and shipped packs).</summary>
    internal static IReadOnlyCollection<string> ShippedFamilies => ShippedFamilyNames.Value;

    /// <summary>The ids of every rule PaperLint ships, whichever packs are on.</summary>
    private static readonly Lazy<HashSet<string>> ShippedIds = new(() =>
        new HashSet<string>(BuiltInRules.All.Select(r => r.Id).Concat(PackLoader.LoadShipped().SelectMany(p => p.Rules).Select(r => r.Id)), StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> ShippedFamilyNames = new(() =>
        new HashSet<string>(ShippedIds.Value.Select(FamilyOf), StringComparer.Ordinal));

    /// <summary>The rules that are on, ready to run, with the settings of every section.</summary>
    public static LintPlan Active(PaperLintConfig config, IEnumerable<string> extraPackPaths)
    {
        var (catalog, sections, warnings, skipped) = Build(config, extraPackPaths);
        CheckRuleLevels(config, catalog, skipped);

        // The names the loaded Names packs spell (a user's pack included), whether or not those rules are on.
        var settings = config.Settings(sections);
        settings = settings.With(settings.Get<ConsistencyOptions>() with { Names = NameSpellings.From(catalog.Select(c => c.Rule)) });
        var rules = catalog
            .Where(c => c.Level is not null)
            .Select(c => new ActiveRule(c.Rule, c.Level!.Value))
            .ToList();
        return new LintPlan(config, rules, settings) { Warnings = [.. config.Warnings, .. warnings] };
    }
}
