using PaperLint.Core.Rules;

namespace PaperLint.TestPlugins;

/// <summary>A rule whose constructor fails.</summary>
public sealed class Throws : IRule
{
    public Throws()
    {
        throw new InvalidOperationException("the rule's word list is missing");
    }

    public string Id => "Broken.Throws";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Cannot be created.";

    public IEnumerable<Finding> Check(LintContext context) => [];
}
