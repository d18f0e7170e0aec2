using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>A rule that is on, with the context (severity in force, quotation settings) it runs under.</summary>
public sealed record ActiveRule(IRule Rule, RuleContext Context)
{
    public Severity Severity => Context.SeverityFor(Rule);
}
