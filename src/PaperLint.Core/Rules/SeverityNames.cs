namespace PaperLint.Core.Rules;

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };

    public static bool TryParse(string? name, out Severity severity)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "suggestion":
                severity = Severity.Suggestion;
                return true;
            default:
                severity = Severity.Suggestion;
                return false;
        }
    }
}
