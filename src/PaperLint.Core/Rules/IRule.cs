using PaperLint.Core.Model;

namespace PaperLint.Core.Rules;

/// <summary>
/// A check over the format-neutral model. Implement this in a rule assembly to add rules of your own;
/// a rule knows the model and nothing about file formats.
/// </summary>
public interface IRule
{
    /// <summary>Stable id <c>Family.Name</c>, such as <c>Footnotes.Sequence</c> or <c>Typos.LeadBy</c>.</summary>
    string Id { get; }

    Severity DefaultSeverity { get; }

    /// <summary>One line that says what the rule checks.</summary>
    string Description { get; }

    IEnumerable<Finding> Check(Document document, RuleContext context);
}
