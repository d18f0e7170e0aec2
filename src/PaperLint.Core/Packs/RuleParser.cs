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
        MetricRule.Definition,
    ];

    // Vale's "action" (a fix for editors) and "vocab" (whether Vale vocabularies apply) do not change what
    // is reported, so they are accepted and ignored, and a Vale rule that sets them loads as it is.
    private static readonly string[] CommonKeys = ["extends", "message", "level", "description", "link", "ignorecase", "scope", "quotations", "language", "action", "vocab"];

    private static readonly Dictionary<string, string> UnsupportedKeys = new(StringComparer.Ordinal)
    {
        ["raw"] = "PaperLint builds patterns from 'tokens' only",
        ["append"] = "PaperLint builds patterns from 'tokens' only",
        ["pos"] = "PaperLint does no part-of-speech tagging",
        ["capitalize"] = "the suggestion already takes the case of the match's first letter",
        ["limit"] = "every match is reported",
    };

    private static readonly string[] ValeOnlyKinds = ["occurrence", "conditional", "capitalization", "spelling", "sequence", "readability", "script"];

    // Vale's scope names for "all of the prose". PaperLint always checks each prose block as a whole
    // (headings, list items and notes included) and never code, so narrower scopes such as "heading" or
    // "~blockquote" are refused rather than silently widened.
    private static readonly string[] AcceptedScopes = ["text", "paragraph", "sentence"];

    public static PackRule Parse(string packName, string ruleName, string yaml, string displayPath)
    {
        var file = RuleYaml.Parse(yaml, displayPath);
        string kindName = (file.String("extends") ?? throw file.Missing("extends", $"say which kind of rule this is ({KindList})")).Trim();
        var kind = Kinds.FirstOrDefault(k => string.Equals(k.Name, kindName, StringComparison.OrdinalIgnoreCase))
            ?? throw file.Error(file.Node("extends")!, ValeOnlyKinds.Contains(kindName, StringComparer.OrdinalIgnoreCase)
                ? $"'{kindName}' rules are not supported (PaperLint implements {KindList})"
                : $"unknown kind '{kindName}' in 'extends' (expected one of: {KindList})");
        file.RejectUnknownKeys([.. CommonKeys, .. kind.Keys], UnsupportedKeys);

        string message = file.String("message") ?? throw file.Missing("message", "say what is wrong and what to do, e.g. \"Use '%s' instead of '%s'\"");
        if (string.IsNullOrWhiteSpace(message))
        {
            throw file.Error(file.Node("message")!, "'message' is empty; say what is wrong and what to do");
        }

        CheckScope(file);
        var settings = new PackRuleSettings
        {
            Id = $"{packName}.{ruleName}",
            DisplayPath = displayPath,
            Level = Level(file),
            Message = message.Trim(),
            Description = OneLine(file.String("description")) ?? MessageTemplate.Describe(OneLine(message)!),
            Link = NullIfBlank(file.String("link")),
            IgnoreCase = file.Bool("ignorecase", false),
            NonWord = file.Bool("nonword", false),
            Quotations = file.Bool("quotations", false),
            Languages = Languages(file),
        };
        return kind.Create(file, settings);
    }

    private static string KindList => string.Join(", ", Kinds.Select(k => k.Name));

    private static Severity Level(RuleYaml file)
    {
        string? level = file.String("level");
        if (level is null)
        {
            // Vale's default.
            return Severity.Suggestion;
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

    private static void CheckScope(RuleYaml file)
    {
        foreach (var scope in file.List("scope"))
        {
            if (!AcceptedScopes.Contains(scope.Text.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                throw new Readers.InputException(
                    $"{file.DisplayPath}:{scope.Line}: scope '{scope.Text}' is not supported; PaperLint checks all prose (use {string.Join(", ", AcceptedScopes)}, or leave 'scope' out)");
            }
        }
    }

    private static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
