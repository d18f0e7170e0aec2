namespace PaperLint.Core.Packs;

/// <summary>A kind of declarative rule (the value of <c>extends</c>): the keys it reads besides the common ones, and how it is built.</summary>
internal sealed record PackKind(string Name, IReadOnlyList<string> Keys, Func<RuleYaml, PackRuleSettings, PackRule> Create);
