using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Config;

/// <summary>
/// Finds and reads <c>.paperlint.yml</c>. Like <c>.editorconfig</c>, the files from the document's folder
/// upward all apply, the nearest winning, until one says <c>root: true</c>.
/// </summary>
public static class ConfigLoader
{
    internal static readonly string[] FileNames = [".paperlint.yml", ".paperlint.yaml"];

    /// <summary>The keys the loader reads itself; the others belong to sections (<see cref="ConfigSection{TSettings}"/>).</summary>
    private static readonly string[] CoreKeys = ["root", "packs", "paths", "plugins", "rules", "accept", "minLevel", "ignore", "vale"];

    /// <summary>The configuration that applies to documents in <paramref name="folder"/>.</summary>
    public static PaperLintConfig Discover(string folder)
    {
        var files = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var present = FileNames.Select(n => Path.Combine(dir.FullName, n)).Where(File.Exists).ToList();
            if (present.Count > 1)
            {
                throw new InputException($"{dir.FullName}: both .paperlint.yml and .paperlint.yaml are here, and only one would be read; merge them into one");
            }

            if (present.Count == 0)
            {
                continue;
            }

            string found = present[0];

            files.Add(found);
            if (IsRoot(found))
            {
                break;
            }
        }

        if (files.Count == 0 && NearestValeIni(folder) is { } valeIni)
        {
            // A folder set up for Vale and not for PaperLint: its .vale.ini says what runs.
            return new PaperLintConfig { Vale = ValeIni.Load(valeIni), ValeOnly = true, Sources = [valeIni] };
        }

        files.Reverse();
        return files.Aggregate(PaperLintConfig.Default, (merged, file) => Merge(merged, Load(file)));
    }

    /// <summary>The nearest <c>.vale.ini</c> or <c>_vale.ini</c> from <paramref name="folder"/> upward, or null.</summary>
    private static string? NearestValeIni(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            foreach (string name in ValeIni.FileNames)
            {
                string candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads one configuration file.</summary>
    /// <exception cref="InputException">The file is missing or malformed; the message names the file and line.</exception>
    /// <remarks>
    /// A top-level key that no shipped section owns may belong to a plug-in (named here, in another file, or on
    /// the command line), so it is reported when the rule set is built and every section is known.
    /// </remarks>
    public static PaperLintConfig Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a folder; give the configuration file (its .paperlint.yml)");
        }

        string text;
        try
        {
            text = Readers.RegularFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the configuration ({e.Message})");
        }

        return Parse(text, path);
    }

    public static PaperLintConfig Parse(string text, string path)
    {
        var root = ReadRoot(text, path);
        if (root is null)
        {
            return new PaperLintConfig { Sources = [path] };
        }

        string baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        IReadOnlyList<string>? packs = null;
        var packPaths = new List<string>();
        var plugins = new List<string>();
        var levels = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var accept = new List<string>();
        var ignore = new List<IgnorePattern>();
        var sections = new List<ConfigNode>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        Severity? minLevel = null;
        ValeIni? vale = null;

        foreach (var (keyNode, value) in root.Children)
        {
            string key = Scalar(keyNode, path);
            switch (key)
            {
                case "root":
                    break;
                case "packs":
                    packs = StringList(value, path, key);
                    foreach (var pack in packs)
                    {
                        sources["packs:" + pack] = $"{path}:{value.Start.Line}";
                    }

                    break;
                case "paths":
                    foreach (var (folder, node) in StringNodes(value, path, key))
                    {
                        string full = Path.GetFullPath(Path.Combine(baseDir, folder));
                        packPaths.Add(full);
                        sources["paths:" + full] = $"{path}:{node.Start.Line}: '{folder}' in 'paths'";
                    }

                    break;
                case "plugins":
                    plugins.AddRange(StringList(value, path, key).Select(p => Path.GetFullPath(Path.Combine(baseDir, p))));
                    break;
                case "accept":
                    sources["accept"] = $"{path}:{value.Start.Line}";
                    accept.AddRange(StringList(value, path, key));
                    break;
                case "ignore":
                    ignore.AddRange(StringList(value, path, key).Select(p => new IgnorePattern(p, baseDir)));
                    break;
                case "rules":
                    foreach (var (ruleNode, levelNode) in Mapping(value, path, key).Children)
                    {
                        string level = Scalar(levelNode, path);
                        sources["rules:" + Scalar(ruleNode, path)] = $"{path}:{ruleNode.Start.Line}";
                        levels[Scalar(ruleNode, path)] = level.Equals("off", StringComparison.OrdinalIgnoreCase)
                            ? null
                            : SeverityNames.TryParse(level, out var severity)
                                ? severity
                                : throw Error(path, levelNode, $"'{level}' is not a level; use error, warning, suggestion or off");
                    }

                    break;
                case "vale":
                    sources["vale"] = $"{path}:{value.Start.Line}";
                    string valePath = Path.GetFullPath(Path.Combine(baseDir, Scalar(value, path)));
                    vale = File.Exists(valePath)
                        ? ValeIni.Load(valePath)
                        : throw Error(path, value, $"'vale': no such file {valePath} (paths are relative to the configuration file)");
                    break;
                case "minLevel":
                    sources["minLevel"] = $"{path}:{value.Start.Line}";
                    string min = Scalar(value, path);
                    minLevel = SeverityNames.TryParse(min, out var parsed)
                        ? parsed
                        : throw Error(path, value, $"'{min}' is not a level; use error, warning or suggestion");
                    break;
                default:
                    var section = new ConfigNode(value, path, key, (int)keyNode.Start.Line);
                    if (ConfigSections.BuiltIn.FirstOrDefault(s => s.Key == key) is { } known)
                    {
                        // Read now, so a bad value is reported however the configuration is used.
                        known.Read(section, known.DefaultValue);
                    }

                    // A key no shipped section owns may belong to a plug-in; it is checked once plug-ins are loaded.
                    sections.Add(section);
                    break;
            }
        }

        return new PaperLintConfig
        {
            Packs = packs,
            PackPaths = packPaths,
            Plugins = plugins,
            RuleLevels = levels,
            Accept = accept,
            Ignore = ignore,
            MinLevelSetting = minLevel,
            Sections = sections,
            Sources = [path],
            NameSources = sources,
            Vale = vale,
        };
    }

    /// <summary>Lays <paramref name="nearer"/> over <paramref name="farther"/>: lists add up, single values and rule levels are replaced, sections are read in turn.</summary>
    public static PaperLintConfig Merge(PaperLintConfig farther, PaperLintConfig nearer)
    {
        var levels = new Dictionary<string, Severity?>(farther.RuleLevels, StringComparer.Ordinal);
        foreach (var (rule, level) in nearer.RuleLevels)
        {
            levels[rule] = level;
        }

        return new PaperLintConfig
        {
            Packs = nearer.Packs ?? farther.Packs,
            PackPaths = [.. farther.PackPaths, .. nearer.PackPaths],
            Plugins = [.. farther.Plugins, .. nearer.Plugins.Where(p => !farther.Plugins.Contains(p, StringComparer.Ordinal))],
            RuleLevels = levels,
            Accept = [.. farther.Accept, .. nearer.Accept],
            Ignore = [.. farther.Ignore, .. nearer.Ignore],
            MinLevelSetting = nearer.MinLevelSetting ?? farther.MinLevelSetting,
            Sections = [.. farther.Sections, .. nearer.Sections],
            Sources = [.. farther.Sources, .. nearer.Sources.Except(farther.Sources)],
            Strict = farther.Strict || nearer.Strict,
            GatedFamilies = [.. farther.GatedFamilies, .. nearer.GatedFamilies.Except(farther.GatedFamilies)],
            ValeBuiltInStyle = nearer.ValeBuiltInStyle ?? farther.ValeBuiltInStyle,
            IgnoredSource = [.. farther.IgnoredSource, .. nearer.IgnoredSource.Except(farther.IgnoredSource)],
            ValeScopes = nearer.ValeScopes ?? farther.ValeScopes,
            ValeVocabulary = [.. farther.ValeVocabulary, .. nearer.ValeVocabulary.Except(farther.ValeVocabulary)],
            ValeStylePaths = [.. farther.ValeStylePaths, .. nearer.ValeStylePaths.Except(farther.ValeStylePaths)],
            EnabledRules = [.. farther.EnabledRules, .. nearer.EnabledRules.Except(farther.EnabledRules)],
            Vale = nearer.Vale ?? farther.Vale,
            ValeOnly = nearer.ValeOnly || farther.ValeOnly,
            Warnings = [.. farther.Warnings, .. nearer.Warnings.Except(farther.Warnings)],
            NameSources = nearer.NameSources.Concat(farther.NameSources).DistinctBy(p => p.Key).ToDictionary(StringComparer.Ordinal),
        };
    }

    /// <summary>True for the keys the loader reads itself (<c>rules</c>, <c>plugins</c>, …), which no section may take.</summary>
    internal static bool IsCoreKey(string key) => CoreKeys.Contains(key, StringComparer.Ordinal);

    /// <summary>The error for a top-level key that neither the loader nor any section knows.</summary>
    internal static InputException UnknownTopLevelKey(ConfigNode node, IEnumerable<IConfigSection> sections)
    {
        var keys = CoreKeys.Concat(sections.Select(s => s.Key)).Distinct(StringComparer.Ordinal);
        return new InputException($"{node.File}:{node.KeyLine}: unknown key '{node.Key}' (expected one of: {string.Join(", ", keys)})");
    }

    private static bool IsRoot(string path)
    {
        try
        {
            var root = ReadRoot(Readers.RegularFile.ReadAllText(path), path);
            return root is not null
                && root.Children.TryGetValue(new YamlScalarNode("root"), out var value)
                && value is YamlScalarNode { Value: "true" or "yes" };
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static YamlMappingNode? ReadRoot(string text, string path)
    {
        YamlStream stream;
        try
        {
            stream = YamlText.Load(text);
        }
        catch (YamlException e)
        {
            string what = FirstLine(e.Message);
            throw new InputException(what == YamlText.Unclosed ? $"{path}:{e.Start.Line}: {what}" : $"{path}:{e.Start.Line}: not valid YAML ({what})");
        }

        if (stream.Documents.Count > 1)
        {
            throw Error(path, stream.Documents[1].RootNode, "a second YAML document (after '---'), which would not be read; keep the configuration in one");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(path, stream.Documents[0].RootNode, "the configuration must be a mapping of keys to values");
    }

    private static string FirstLine(string message)
    {
        int paren = message.IndexOf("): ", StringComparison.Ordinal);
        string m = paren >= 0 ? message[(paren + 3)..] : message;
        return m.Split('\n')[0].Trim();
    }

    private static InputException Error(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}: {message}");

    private static string Scalar(YamlNode node, string path) =>
        node is YamlScalarNode scalar ? scalar.Value ?? "" : throw Error(path, node, "expected a single value here");

    private static YamlMappingNode Mapping(YamlNode node, string path, string key) =>
        node as YamlMappingNode ?? throw Error(path, node, $"'{key}' must be a mapping (key: value lines)");

    private static List<(string Value, YamlNode Node)> StringNodes(YamlNode node, string path, string key) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => (Scalar(c, path), c)).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => [(v, node)],
        _ => throw Error(path, node, $"'{key}' must be a list"),
    };

    private static List<string> StringList(YamlNode node, string path, string key) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, path)).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => throw Error(path, node, $"'{key}' must be a list"),
    };
}
