using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs;

/// <summary>Validates a rule's list of patterns entry by entry (so an error names its line), then compiles them as one.</summary>
internal static class Patterns
{
    public static Regex Compile(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings)
    {
        Validate(yaml, patterns);
        return PatternCompiler.Compile(patterns.Select(p => p.Text), settings.IgnoreCase, settings.NonWord);
    }

    public static PatternSet CompileSet(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings)
    {
        Validate(yaml, patterns);
        return new PatternSet([.. patterns.Select(p => p.Text)], settings.IgnoreCase, settings.NonWord);
    }

    public static Regex? CompileOptional(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns, PackRuleSettings settings) =>
        patterns.Count == 0 ? null : Compile(yaml, patterns, settings);

    private static void Validate(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> patterns)
    {
        foreach (var pattern in patterns)
        {
            PatternCompiler.Validate(yaml, pattern);
        }
    }
}
