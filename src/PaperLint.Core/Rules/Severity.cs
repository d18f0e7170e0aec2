namespace PaperLint.Core.Rules;

/// <summary>How much a finding matters. Only <see cref="Error"/> makes the exit code 1.</summary>
public enum Severity
{
    Suggestion = 0,
    Warning = 1,
    Error = 2,
}
