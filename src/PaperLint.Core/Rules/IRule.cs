namespace PaperLint.Core.Rules;

/// <summary>
/// A check over the format-neutral model. Implement this in a rule assembly (a plug-in) to add rules of your
/// own: every public, non-abstract implementation with a parameterless constructor is registered. A rule knows
/// the model and nothing about file formats; what it may share with other rules comes through the context.
/// </summary>
public interface IRule
{
    /// <summary>Stable id <c>Family.Name</c>, such as <c>Footnotes.Sequence</c> or <c>Typos.LeadBy</c>.</summary>
    string Id { get; }

    Severity DefaultSeverity { get; }

    /// <summary>One line that says what the rule checks.</summary>
    string Description { get; }

    /// <summary>The findings of this rule in <see cref="LintContext.Document"/>, in document order.</summary>
    IEnumerable<Finding> Check(LintContext context);
}
