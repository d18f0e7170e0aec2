using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>A rule that is on, with the severity in force (its default, or what the configuration says).</summary>
public sealed record ActiveRule(IRule Rule, Severity Severity);
