using PaperLint.Core.Rules;

namespace PaperLint.Tests.Support;

/// <summary>A finding as one line of all a user sees of it, for tests that require two readings of a text to report the same.</summary>
public static class FindingLines
{
    /// <summary>Rule, level, place, matched text, message, suggestions, excerpt and whether a fix applies.</summary>
    public static string Shown(Finding f) =>
        $"{f.RuleId} {f.Severity} {f.Location} {f.Match} | {f.Message} | {string.Join(" / ", f.Suggestions)} | {f.Excerpt} | {f.Fixable}";
}
