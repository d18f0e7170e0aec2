using PaperLint.Core.Rules;

namespace PaperLint.TestPlugins;

/// <summary>A rule that takes the id of a shipped rule.</summary>
public sealed class Collides : IRule
{
    public string Id => "Typos.LeadBy";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Takes a shipped rule's id.";

    public IEnumerable<Finding> Check(LintContext context) => [];
}
