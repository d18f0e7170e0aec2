using System.Text.RegularExpressions;

namespace PaperLint.Core.Readers.Suppressions;

/// <summary>
/// One <c>paperlint-disable</c>, <c>paperlint-enable</c> or <c>paperlint-disable-next-line</c> directive,
/// as written in any format: the keyword, then rule ids or families separated by spaces or commas, then
/// optionally <c>-- a reason</c> for the people who read the file.
/// </summary>
internal readonly partial record struct SuppressionDirective(SuppressionKind Kind, IReadOnlyList<string> Rules)
{
    /// <summary>Reads a directive that is the whole of <paramref name="text"/> (surrounding white space aside).</summary>
    /// <summary>
    /// False when <paramref name="line"/> cannot be a directive, as nearly every line of a text is not: a reader asks
    /// this of each line before it makes the line a string to parse.
    /// </summary>
    public static bool MayBe(ReadOnlySpan<char> line) => line.TrimStart().StartsWith("paperlint-", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string text, out SuppressionDirective directive)
    {
        directive = default;
        var match = Directive().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var kind = match.Groups[1].Value.ToLowerInvariant() switch
        {
            "disable" => SuppressionKind.Disable,
            "disable-next-line" => SuppressionKind.DisableNextLine,
            _ => SuppressionKind.Enable,
        };
        string rules = match.Groups[2].Value;
        int reason = rules.IndexOf("--", StringComparison.Ordinal);
        if (reason >= 0)
        {
            rules = rules[..reason];
        }

        directive = new SuppressionDirective(kind, rules.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return true;
    }

    // Word capitalises the first letter of a comment, so the keyword is matched in any case.
    [GeneratedRegex(@"^paperlint-(disable-next-line|disable|enable)(?:[ \t]+(.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Directive();
}
