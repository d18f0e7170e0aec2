using PaperLint.Core.Readers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Packs;

/// <summary>
/// One rule file read with YamlDotNet's representation model (no reflection, so the tool stays trimmable),
/// with typed accessors whose every complaint is one <see cref="InputException"/> line naming the file and
/// the line of the offending node.
/// </summary>
internal sealed class RuleYaml
{
    private readonly YamlMappingNode _root;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private RuleYaml(string displayPath, YamlMappingNode root)
    {
        DisplayPath = displayPath;
        _root = root;
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode scalar || scalar.Value is null)
            {
                throw Error(key, "a key must be a plain name such as 'extends' or 'message'");
            }

            _entries[scalar.Value] = (scalar, value);
        }
    }

    public string DisplayPath { get; }

    /// <summary>
    /// True for a rule shipped inside the tool: its patterns were checked when it was built (a test parses every
    /// shipped rule untrusted), so a run does not spend its start-up compiling each pattern again only to check it.
    /// </summary>
    public bool Trusted { get; set; }

    public static RuleYaml Parse(string yaml, string displayPath)
    {
        var parser = new Parser(new StringReader(yaml));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new InputException($"{displayPath}:{e.Start.Line}: {e.Message.TrimEnd('.')}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this (not a YamlException) for an unclosed '[' or '{' at the end of a file.
            long line = parser.Current?.Start.Line ?? 1;
            throw new InputException($"{displayPath}:{line}: not valid YAML here (an unclosed '[' or '{{'?)", e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new InputException($"{displayPath}:1: the file is empty; a rule needs at least 'extends' and 'message'");
        }

        if (stream.Documents.Count > 1)
        {
            throw new InputException($"{displayPath}:{stream.Documents[1].RootNode.Start.Line}: a second YAML document; put one rule per file");
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            throw new InputException($"{displayPath}:{root.Start.Line}: a rule file must be a mapping of keys such as 'extends' and 'message', not {Describe(root)}");
        }

        return new RuleYaml(displayPath, mapping);
    }

    /// <summary>A rule file already parsed, as compiled into the tool (<see cref="CompiledRules"/>).</summary>
    public static RuleYaml From(YamlMappingNode root, string displayPath) => new(displayPath, root);

    public int Line => (int)_root.Start.Line;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Complains about the first key not in <paramref name="allowed"/>.</summary>
    public void RejectUnknownKeys(IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string> unsupported)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (allowed.Contains(name))
            {
                continue;
            }

            if (unsupported.TryGetValue(name, out var why))
            {
                throw Unsupported(key, $"'{name}' is not supported: {why}");
            }

            throw Error(key, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
        }
    }

    public InputException Error(YamlNode node, string message) => new($"{DisplayPath}:{node.Start.Line}: {message}");

    /// <summary>A Vale feature PaperLint does not implement: the rule is skipped with a warning, or refused under <c>--strict</c>.</summary>
    public UnsupportedRuleException Unsupported(YamlNode node, string message) => new($"{DisplayPath}:{node.Start.Line}: {message}");

    public InputException Error(string message) => new($"{DisplayPath}:{Line}: {message}");

    public InputException Missing(string key, string why) => Error($"'{key}' is missing; {why}");

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public string? String(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? scalar.Value ?? ""
            : throw Error(node, $"'{key}' must be a single value, not {Describe(node)}");
    }

    public bool Bool(string key, bool fallback)
    {
        var node = Node(key);
        if (node is null)
        {
            return fallback;
        }

        string? value = node is YamlScalarNode scalar ? scalar.Value?.Trim().ToLowerInvariant() : null;
        return value switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(node, $"'{key}' must be true or false, not {Describe(node)}"),
        };
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var node = Node(key);
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
            && value >= min
            && value <= max)
        {
            return value;
        }

        throw Error(node, $"'{key}' must be a whole number from {min} to {max}, not {Describe(node)}");
    }

    /// <summary>A decimal number such as <c>0.8</c> (a proportion), from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public double Number(string key, double fallback, double min, double max)
    {
        var node = Node(key);
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double value)
            && value >= min
            && value <= max)
        {
            return value;
        }

        throw Error(node, $"'{key}' must be a number from {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not {Describe(node)}");
    }

    /// <summary>A list of non-empty strings; a single value counts as a list of one, as it is easy to write.</summary>
    public IReadOnlyList<Entry> List(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [NonEmpty(key, scalar)];
            case YamlSequenceNode sequence:
                var items = new List<Entry>();
                foreach (var item in sequence.Children)
                {
                    items.Add(item is YamlScalarNode s
                        ? NonEmpty(key, s)
                        : throw Error(item, $"each entry of '{key}' must be a single value, not {Describe(item)}"));
                }

                return items;
            default:
                throw Error(node, $"'{key}' must be a list, not {Describe(node)}");
        }
    }

    /// <summary>A mapping of non-empty strings to non-empty strings, in file order.</summary>
    public IReadOnlyList<(Entry Key, Entry Value)> Map(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"'{key}' must be a mapping of pattern: replacement, not {Describe(node)}");
        }

        return Pairs(key, mapping);
    }

    /// <summary>A mapping of names to mappings of strings (<c>families: {name: {a: b}}</c>), in file order.</summary>
    public IReadOnlyList<(Entry Name, IReadOnlyList<(Entry Key, Entry Value)> Pairs)> Groups(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"'{key}' must be a mapping of names to mappings, not {Describe(node)}");
        }

        var groups = new List<(Entry, IReadOnlyList<(Entry, Entry)>)>();
        foreach (var (k, v) in mapping.Children)
        {
            var name = k is YamlScalarNode ks ? NonEmpty(key, ks) : throw Error(k, $"each key of '{key}' must be a name, not {Describe(k)}");
            var pairs = v is YamlMappingNode inner ? Pairs($"{key}.{name.Text}", inner) : throw Error(v, $"'{name.Text}' in '{key}' must be a mapping of form: other form, not {Describe(v)}");
            groups.Add((name, pairs));
        }

        return groups;
    }

    private List<(Entry, Entry)> Pairs(string key, YamlMappingNode mapping)
    {
        var pairs = new List<(Entry, Entry)>();
        foreach (var (k, v) in mapping.Children)
        {
            var from = k is YamlScalarNode ks ? NonEmpty(key, ks) : throw Error(k, $"each key of '{key}' must be a single value, not {Describe(k)}");
            var to = v is YamlScalarNode vs ? NonEmpty(key, vs) : throw Error(v, $"the value for '{from.Text}' in '{key}' must be a single value, not {Describe(v)}");
            pairs.Add((from, to));
        }

        return pairs;
    }

    private Entry NonEmpty(string key, YamlScalarNode scalar) =>
        string.IsNullOrEmpty(scalar.Value)
            ? throw Error(scalar, $"an entry of '{key}' is empty")
            : new Entry(scalar.Value, (int)scalar.Start.Line);

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "this",
    };

    /// <summary>A value from the file with the line it is on, so a bad pattern can be reported where it is.</summary>
    public sealed record Entry(string Text, int Line);
}
