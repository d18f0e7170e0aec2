using System.Globalization;
using PaperLint.Core.Readers;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Config;

/// <summary>
/// A value in a <c>.paperlint.yml</c> file, with the file and line it came from, so that every complaint about
/// it names the spot. A configuration section (<see cref="ConfigSection{TSettings}"/>) reads its settings
/// through this; the YAML library behind it stays out of sight.
/// </summary>
public sealed class ConfigNode
{
    private readonly YamlNode _node;

    internal ConfigNode(YamlNode node, string file, string key, int? keyLine = null)
    {
        _node = node;
        File = file;
        Key = key;
        KeyLine = keyLine ?? (int)node.Start.Line;
    }

    /// <summary>The configuration file, as named in messages.</summary>
    public string File { get; }

    /// <summary>1-based line of the value in <see cref="File"/>.</summary>
    public int Line => (int)_node.Start.Line;

    /// <summary>1-based line of the key that names this value.</summary>
    internal int KeyLine { get; }

    /// <summary>The dotted key that leads here, such as <c>footnotes</c> or <c>footnotes.restart</c>.</summary>
    public string Key { get; }

    /// <summary>The value as YAML, as the file gives it (for <c>--print-config</c>).</summary>
    internal string ToYaml()
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(_node)).Save(writer, assignAnchors: false);
        string text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        return text.EndsWith("...", StringComparison.Ordinal) ? text[..^3].TrimEnd() : text;
    }

    /// <summary>The folder of the configuration file: relative paths in it are relative to this.</summary>
    public string BaseDirectory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(File)) ?? ".";

    /// <summary>The key: value pairs of a mapping, each value with its dotted key.</summary>
    /// <exception cref="InputException">The value is not a mapping.</exception>
    public IEnumerable<(string Name, ConfigNode Value)> Entries()
    {
        var mapping = _node as YamlMappingNode ?? throw Error($"'{Key}' must be a mapping (key: value lines)");
        foreach (var (keyNode, value) in mapping.Children)
        {
            string name = new ConfigNode(keyNode, File, Key).AsString();
            yield return (name, new ConfigNode(value, File, $"{Key}.{name}", (int)keyNode.Start.Line));
        }
    }

    /// <summary>A single value.</summary>
    public string AsString() => _node is YamlScalarNode scalar ? scalar.Value ?? "" : throw Error("expected a single value here");

    /// <summary>A list, or a single value taken as a list of one.</summary>
    public IReadOnlyList<string> AsList() => _node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(c => new ConfigNode(c, File, Key).AsString()).ToList(),
        YamlScalarNode { Value: { Length: > 0 } value } => [value],
        _ => throw Error($"'{Key}' must be a list"),
    };

    public bool AsBool() => AsString().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error($"'{other}' is not true or false"),
    };

    public int AsPositiveInt()
    {
        string value = AsString();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw Error($"'{value}' is not a positive whole number");
    }

    /// <summary>One of the named choices (compared without case); <paramref name="what"/> completes "'x' is not …".</summary>
    public T AsChoice<T>(IReadOnlyDictionary<string, T> choices, string what)
    {
        string value = AsString();
        foreach (var (name, choice) in choices)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        throw Error($"'{value}' is not {what}; use {string.Join(", ", choices.Keys)}");
    }

    /// <summary>The error to throw for a bad value here: the message, prefixed with the file and line.</summary>
    public InputException Error(string message) => new($"{File}:{Line}: {message}");

    /// <summary>The error for a key that the section does not know.</summary>
    public InputException UnknownKey(params string[] expected) =>
        new($"{File}:{KeyLine}: unknown key '{Key}' (expected {Join(expected)})");

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "nothing",
            1 => list[0],
            2 => $"{list[0]} or {list[1]}",
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}",
        };
    }
}
