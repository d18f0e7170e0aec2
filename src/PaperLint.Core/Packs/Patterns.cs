using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs;

/// <summary>Validates a rule's list of patterns entry by entry (so an error names its line), then compiles them as one.</summary>
internal static class Patterns
{
    public static Regex Compile(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings)
    {
        Validate(yaml, patterns);
        return PatternCompiler.Compile(patterns.Select(p => p.Text), settings.IgnoreCase, settings.NonWord, settings.Vale);
    }

    public static PatternSet CompileSet(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings)
    {
        Validate(yaml, patterns);
        return new PatternSet([.. patterns.Select(p => p.Text)], settings.IgnoreCase, settings.NonWord, settings.Vale);
    }

    /// <summary>The rule's exceptions, checked now and compiled when a document first has a match to test against them.</summary>
    public static LazyRegex? CompileOptional(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings)
    {
        if (patterns.Count == 0 && settings.Vocabulary.Count == 0)
        {
            return null;
        }

        Validate(yaml, patterns);
        string[] texts = [.. patterns.Select(p => p.Text), .. settings.Vocabulary];
        return settings.Vale
            ? new LazyRegex(() => PatternCompiler.CompileValeExceptions(texts)) { FoundInMatch = true }
            : new LazyRegex(() => PatternCompiler.Compile(texts, settings.IgnoreCase, settings.NonWord));
    }

    private static void Validate(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns)
    {
        foreach (var pattern in patterns)
        {
            PatternCompiler.Validate(yaml, pattern);
        }
    }
}
