using PaperLint.Core.Packs.Kinds;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>Reads one rule file: the common keys here, the rest by the kind that <c>extends</c> names.</summary>
internal static class RuleParser
{
    // One line registers a kind.
    private static readonly PackKind[] Kinds =
    [
        ExistenceRule.Definition,
        SubstitutionRule.Definition,
        RepetitionRule.Definition,
        ConsistencyRule.Definition,
        OccurrenceRule.Definition,
        ConditionalRule.Definition,
        CapitalizationRule.Definition,
        MetricRule.Definition,
        SpellingRule.Definition,
    ];

    // Vale's "action" (a fix for editors) and "vocab" (whether Vale vocabularies apply) do not change what
    // is reported, so they are accepted and ignored, and a Vale rule that sets them loads as it is.
    private static readonly string[] CommonKeys = ["extends", "message", "level", "description", "link", "ignorecase", "scope", "quotations", "language", "action", "vocab", "capitalize", "limit"];

    private static readonly Dictionary<string, string> UnsupportedKeys = new(StringComparer.Ordinal)
    {
        ["append"] = "PaperLint builds patterns from 'tokens' only",
        ["pos"] = "PaperLint does no part-of-speech tagging",
    };

    private static readonly string[] ValeOnlyKinds = ["sequence", "readability", "script"];


    /// <param name="vale">True for a rule of a style a <c>.vale.ini</c> brought in, which matches as Vale does (see <see cref="PackRuleSettings.Vale"/>).</param>
    /// <param name="vocabulary">Accepted words that become exceptions of a Vale rule (unless it says <c>vocab: false</c>).</param>
    /// <param name="trusted">True for a rule shipped inside the tool, whose patterns a test has already checked (see <see cref="RuleYaml.Trusted"/>).</param>
    public static PackRule Parse(string packName, string ruleName, string yaml, string displayPath, bool vale = false, IReadOnlyList<string>? vocabulary = null, bool trusted = false) =>
        Parse(packName, ruleName, RuleYaml.Parse(yaml, displayPath), vale, vocabulary, trusted);

    /// <summary>A rule from a file already parsed (a shipped one, compiled into the tool).</summary>
    public static PackRule Parse(string packName, string ruleName, RuleYaml file, bool vale = false, IReadOnlyList<string>? vocabulary = null, bool trusted = false)
    {
        string displayPath = file.DisplayPath;
        file.Trusted = trusted;
        string kindName = (file.String("extends") ?? throw file.Missing("extends", $"say which kind of rule this is ({KindList})")).Trim();
        var kind = Kinds.FirstOrDefault(k => string.Equals(k.Name, kindName, StringComparison.OrdinalIgnoreCase))
            ?? throw (ValeOnlyKinds.Contains(kindName, StringComparer.OrdinalIgnoreCase)
                ? file.Unsupported(file.Node("extends")!, $"'{kindName}' rules are not supported (PaperLint implements {KindList})")
                : file.Error(file.Node("extends")!, $"unknown kind '{kindName}' in 'extends' (expected one of: {KindList})"));
        file.RejectUnknownKeys([.. CommonKeys, .. kind.Keys], UnsupportedKeys);

        string message = file.String("message") ?? throw file.Missing("message", "say what is wrong and what to do, e.g. \"Use '%s' instead of '%s'\"");
        if (string.IsNullOrWhiteSpace(message))
        {
            throw file.Error(file.Node("message")!, "'message' is empty; say what is wrong and what to do");
        }

        var scope = Scope(file);
        var settings = new PackRuleSettings
        {
            Id = $"{packName}.{ruleName}",
            DisplayPath = displayPath,
            Level = Level(file, vale),
            Message = message.Trim(),
            Description = OneLine(file.String("description")) ?? MessageTemplate.Describe(OneLine(message)!),
            Link = NullIfBlank(file.String("link")),
            IgnoreCase = file.Bool("ignorecase", false),
            NonWord = file.Bool("nonword", false),
            Quotations = file.Bool("quotations", vale),
            Vale = vale,
            Vocabulary = vale && file.Bool("vocab", true) ? vocabulary ?? [] : [],
            Capitalize = file.Bool("capitalize", false),
            Limit = file.Int("limit", 0, 0, int.MaxValue),
            ReplaceAction = file.Node("action") is YamlDotNet.RepresentationModel.YamlMappingNode action
                && action.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("name"), out var name)
                && name is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "replace" }
                && !action.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("params")),
            Languages = Languages(file),
            Scope = scope,
        };
        if (scope.Raw && !(vale && kind.Name is "existence" or "substitution" or "occurrence"))
        {
            throw file.Unsupported(file.Node("scope")!, "scope 'raw' is read by the existence, substitution and occurrence rules of a Vale style only");
        }

        return kind.Create(file, settings);
    }

    private static string KindList => string.Join(", ", Kinds.Select(k => k.Name));

    private static Severity Level(RuleYaml file, bool vale)
    {
        string? level = file.String("level");
        if (level is null)
        {
            // A Vale style's rule without a level is a warning, as in Vale; a PaperLint pack's is a suggestion.
            return vale ? Severity.Warning : Severity.Suggestion;
        }

        return SeverityNames.TryParse(level, out var severity)
            ? severity
            : throw file.Error(file.Node("level")!, $"'level' must be error, warning or suggestion, not '{level}'");
    }

    /// <summary>Our extension <c>language: en</c> (or a list): the rule checks only text in those languages.</summary>
    private static IReadOnlyList<string> Languages(RuleYaml file)
    {
        var languages = new List<string>();
        foreach (var entry in file.List("language"))
        {
            languages.Add(Prose.LanguageTags.Primary(entry.Text.Trim())
                ?? throw new Readers.InputException($"{file.DisplayPath}:{entry.Line}: 'language' must be a language tag such as en or de, not '{entry.Text}'"));
        }

        return languages;
    }

    private static RuleScope Scope(RuleYaml file)
    {
        var entries = file.List("scope");
        var scope = RuleScope.Parse([.. entries.Select(e => e.Text)], out string? unsupported);
        if (unsupported is not null)
        {
            var entry = entries.FirstOrDefault(e => e.Text.Contains(unsupported, StringComparison.Ordinal), entries[0]);
            throw new UnsupportedRuleException(
                $"{file.DisplayPath}:{entry.Line}: scope '{unsupported}' is not supported (PaperLint's scopes: {string.Join(", ", RuleScope.Supported)}, each negated with ~ and joined with &)");
        }

        return scope;
    }

    private static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
