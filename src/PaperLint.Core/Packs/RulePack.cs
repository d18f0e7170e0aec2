using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

// Placeholder until the pack loader lands in this session.
public sealed class RulePack
{
    public required string Name { get; init; }

    public required IReadOnlyList<IRule> Rules { get; init; }

    public string Origin { get; init; } = "";
}
