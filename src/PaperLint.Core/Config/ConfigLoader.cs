using PaperLint.Core.Citations;
using PaperLint.Core.Readers;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Rules.Footnotes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Config;

/// <summary>
/// Finds and reads <c>.paperlint.yml</c>. Like <c>.editorconfig</c>, the files from the document's folder
/// upward all apply, the nearest winning, until one says <c>root: true</c>.
/// </summary>
public static class ConfigLoader
{
    public static readonly string[] FileNames = [".paperlint.yml", ".paperlint.yaml"];

    private static readonly string[] Keys = ["root", "packs", "paths", "rules", "accept", "quotations", "footnotes", "consistency", "attribution", "minLevel", "ignore"];

    /// <summary>The configuration that applies to documents in <paramref name="folder"/>.</summary>
    public static PaperLintConfig Discover(string folder)
    {
        var files = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            string? found = FileNames.Select(n => Path.Combine(dir.FullName, n)).FirstOrDefault(File.Exists);
            if (found is null)
            {
                continue;
            }

            files.Add(found);
            if (IsRoot(found))
            {
                break;
            }
        }

        files.Reverse();
        return files.Aggregate(PaperLintConfig.Default, (merged, file) => Merge(merged, Load(file)));
    }

    /// <summary>Reads one configuration file.</summary>
    /// <exception cref="InputException">The file is missing or malformed; the message names the file and line.</exception>
    public static PaperLintConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
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
        var levels = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var accept = new List<string>();
        var ignore = new List<IgnorePattern>();
        int minWords = PaperLintConfig.Default.MinQuotationWords;
        bool checkQuotations = false;
        var minLevel = Severity.Suggestion;
        FootnoteOptions? footnotes = null;
        ConsistencyOptions? consistency = null;
        AttributionOptions? attribution = null;

        foreach (var (keyNode, value) in root.Children)
        {
            string key = Scalar(keyNode, path);
            switch (key)
            {
                case "root":
                    break;
                case "packs":
                    packs = StringList(value, path, key);
                    break;
                case "paths":
                    packPaths.AddRange(StringList(value, path, key).Select(p => Path.GetFullPath(Path.Combine(baseDir, p))));
                    break;
                case "accept":
                    accept.AddRange(StringList(value, path, key));
                    break;
                case "ignore":
                    ignore.AddRange(StringList(value, path, key).Select(p => new IgnorePattern(p, baseDir)));
                    break;
                case "rules":
                    foreach (var (ruleNode, levelNode) in Mapping(value, path, key).Children)
                    {
                        string level = Scalar(levelNode, path);
                        levels[Scalar(ruleNode, path)] = level.Equals("off", StringComparison.OrdinalIgnoreCase)
                            ? null
                            : SeverityNames.TryParse(level, out var severity)
                                ? severity
                                : throw Error(path, levelNode, $"'{level}' is not a level; use error, warning, suggestion or off");
                    }

                    break;
                case "quotations":
                    foreach (var (optionNode, optionValue) in Mapping(value, path, key).Children)
                    {
                        switch (Scalar(optionNode, path))
                        {
                            case "minWords":
                                minWords = PositiveInt(optionValue, path);
                                break;
                            case "check":
                                checkQuotations = Bool(optionValue, path);
                                break;
                            default:
                                throw Error(path, optionNode, $"unknown key 'quotations.{Scalar(optionNode, path)}' (expected minWords or check)");
                        }
                    }

                    break;
                case "footnotes":
                    footnotes = FootnoteSettings(Mapping(value, path, key), path);
                    break;
                case "consistency":
                    consistency = ConsistencySettings(Mapping(value, path, key), path);
                    break;
                case "attribution":
                    attribution = AttributionSettings(Mapping(value, path, key), path);
                    break;
                case "minLevel":
                    string min = Scalar(value, path);
                    minLevel = SeverityNames.TryParse(min, out var parsed)
                        ? parsed
                        : throw Error(path, value, $"'{min}' is not a level; use error, warning or suggestion");
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key '{key}' (expected one of: {string.Join(", ", Keys)})");
            }
        }

        return new PaperLintConfig
        {
            Packs = packs,
            PackPaths = packPaths,
            RuleLevels = levels,
            Accept = accept,
            Ignore = ignore,
            MinQuotationWords = minWords,
            CheckQuotations = checkQuotations,
            MinLevel = minLevel,
            Footnotes = footnotes ?? FootnoteOptions.Default,
            Consistency = consistency ?? ConsistencyOptions.Default,
            Attribution = attribution ?? AttributionOptions.Default,
            Sources = [path],
        };
    }

    /// <summary>Lays <paramref name="nearer"/> over <paramref name="farther"/>: lists add up, single values and rule levels are replaced.</summary>
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
            RuleLevels = levels,
            Accept = [.. farther.Accept, .. nearer.Accept],
            Ignore = [.. farther.Ignore, .. nearer.Ignore],
            MinQuotationWords = nearer.MinQuotationWords != PaperLintConfig.Default.MinQuotationWords ? nearer.MinQuotationWords : farther.MinQuotationWords,
            CheckQuotations = nearer.CheckQuotations || farther.CheckQuotations,
            MinLevel = nearer.MinLevel != Severity.Suggestion ? nearer.MinLevel : farther.MinLevel,
            Footnotes = nearer.Footnotes != FootnoteOptions.Default ? nearer.Footnotes : farther.Footnotes,
            Consistency = farther.Consistency with
            {
                // The nearer file's preferences come first, so they win where both name a form of one group.
                Prefer = [.. nearer.Consistency.Prefer, .. farther.Consistency.Prefer],
                CountQuoted = nearer.Consistency.CountQuoted || farther.Consistency.CountQuoted,
            },
            Attribution = !nearer.Attribution.Equals(AttributionOptions.Default) ? nearer.Attribution : farther.Attribution,
            Sources = [.. farther.Sources, .. nearer.Sources],
        };
    }

    private static FootnoteOptions FootnoteSettings(YamlMappingNode node, string path)
    {
        var options = FootnoteOptions.Default;
        foreach (var (keyNode, value) in node.Children)
        {
            switch (Scalar(keyNode, path))
            {
                case "restart":
                    string restart = Scalar(value, path);
                    options = options with
                    {
                        Restart = restart.ToLowerInvariant() switch
                        {
                            "never" => NumberingRestart.Never,
                            "chapter" => NumberingRestart.Chapter,
                            "section" => NumberingRestart.Section,
                            _ => throw Error(path, value, $"'{restart}' is not a restart setting; use never, chapter or section"),
                        },
                    };
                    break;
                case "manualMarkers":
                    var styles = new HashSet<MarkerStyle>();
                    foreach (var name in StringList(value, path, "footnotes.manualMarkers"))
                    {
                        styles.Add(FootnoteOptions.MarkerNames.TryGetValue(name, out var style)
                            ? style
                            : throw Error(path, value, $"'{name}' is not a marker style; use {string.Join(", ", FootnoteOptions.MarkerNames.Keys)}"));
                    }

                    options = options with { ManualMarkers = styles };
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key 'footnotes.{Scalar(keyNode, path)}' (expected restart or manualMarkers)");
            }
        }

        return options;
    }

    private static AttributionOptions AttributionSettings(YamlMappingNode node, string path)
    {
        var options = AttributionOptions.Default;
        foreach (var (keyNode, value) in node.Children)
        {
            switch (Scalar(keyNode, path))
            {
                case "referenceHeadings":
                    var headings = StringList(value, path, "attribution.referenceHeadings");
                    options = options with
                    {
                        ReferenceHeadings = headings.Count > 0 ? headings : throw Error(path, value, "'attribution.referenceHeadings' needs at least one heading"),
                    };
                    break;
                case "style":
                    string style = Scalar(value, path);
                    options = options with
                    {
                        Style = AttributionOptions.StyleNames.TryGetValue(style, out var parsed)
                            ? parsed
                            : throw Error(path, value, $"'{style}' is not a citation style; use {string.Join(", ", AttributionOptions.StyleNames.Keys)}"),
                    };
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key 'attribution.{Scalar(keyNode, path)}' (expected referenceHeadings or style)");
            }
        }

        return options;
    }

    private static ConsistencyOptions ConsistencySettings(YamlMappingNode node, string path)
    {
        var options = ConsistencyOptions.Default;
        foreach (var (keyNode, value) in node.Children)
        {
            switch (Scalar(keyNode, path))
            {
                case "prefer":
                    options = options with { Prefer = StringList(value, path, "consistency.prefer") };
                    break;
                case "titlesAndQuotations":
                    string setting = Scalar(value, path);
                    options = options with
                    {
                        CountQuoted = setting.ToLowerInvariant() switch
                        {
                            "exclude" => false,
                            "count" => true,
                            _ => throw Error(path, value, $"'{setting}' is not a setting for titles and quotations; use exclude or count"),
                        },
                    };
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key 'consistency.{Scalar(keyNode, path)}' (expected prefer or titlesAndQuotations)");
            }
        }

        return options;
    }

    private static bool IsRoot(string path)
    {
        try
        {
            var root = ReadRoot(File.ReadAllText(path), path);
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
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputException($"{path}:{e.Start.Line}: not valid YAML ({FirstLine(e.Message)})");
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

    private static List<string> StringList(YamlNode node, string path, string key) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, path)).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => throw Error(path, node, $"'{key}' must be a list"),
    };

    private static int PositiveInt(YamlNode node, string path)
    {
        string value = Scalar(node, path);
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw Error(path, node, $"'{value}' is not a positive whole number");
    }

    private static bool Bool(YamlNode node, string path) => Scalar(node, path).ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error(path, node, $"'{other}' is not true or false"),
    };
}
