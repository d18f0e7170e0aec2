using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>A folder of declarative rules (one YAML file per rule), shipped inside the tool or added by the user.</summary>
public sealed class RulePack
{
    public RulePack(string name, IReadOnlyList<IRule> rules, string origin)
    {
        Name = name;
        Rules = rules;
        Origin = origin;
    }

    /// <summary>The folder name, which is also the first part of every rule id in the pack.</summary>
    public string Name { get; }

    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>Where the pack came from: <c>built-in</c> for the packs in the tool, otherwise the folder path.</summary>
    public string Origin { get; }

    /// <summary>
    /// The rule files left out because they use a Vale kind, key or scope PaperLint does not implement: the rule id,
    /// and one line (file:line: what) that the run shows as a warning when the configuration would have the rule on.
    /// </summary>
    public IReadOnlyList<(string Id, string Message)> Skipped { get; init; } = [];

    public override string ToString() => $"{Name} ({Rules.Count} rules, {Origin})";
}
