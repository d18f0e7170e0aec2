using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>
/// Which rules of a plan may ask for the attribution analysis (<see cref="LintContext.Attribution"/>), so that a lint can
/// let it go once they have all run: the built-in <c>Attribution</c> rules, and a plug-in's rules, which may ask for
/// anything. The other built-in rules and every pack rule never do. Letting a fact go early is only a saving: a rule
/// that asks after all has it made again, the same.
/// </summary>
internal sealed class FactUse
{
    private int _attributionLeft;

    public FactUse(IReadOnlyList<ActiveRule> rules)
    {
        foreach (var active in rules)
        {
            if (MayAskForAttribution(active.Rule))
            {
                _attributionLeft++;
            }
        }
    }

    /// <summary>True when <paramref name="rule"/> may ask for the attribution analysis.</summary>
    internal static bool MayAskForAttribution(IRule rule) =>
        rule is not Packs.PackRule
        && (rule.GetType().Assembly != typeof(IRule).Assembly || RuleSet.FamilyOf(rule.Id) == "Attribution");

    /// <summary>Tells that <paramref name="rule"/> has run (on any thread); true for the last rule that may ask for the analysis.</summary>
    public bool LastToAskForAttribution(IRule rule) =>
        MayAskForAttribution(rule) && Interlocked.Decrement(ref _attributionLeft) == 0;
}
