using System.Text.RegularExpressions;

namespace PaperLint.Core.Readers.Suppressions;

/// <summary>
/// One of Vale's in-document comments, read as Vale reads it: <c>vale off</c>, <c>vale on</c>, or
/// <c>vale Name = YES|NO</c> (also <c>on|off</c>), where a name with a dot is a rule (<c>Style.Rule</c>) and
/// a name without one a whole style. Vale compares the trimmed comment text exactly, case included, with one
/// space on each side of the <c>=</c>; anything else is an ordinary comment to it, and so to us.
/// </summary>
/// <param name="Name">The rule or style switched, or null for <c>vale off</c>/<c>vale on</c> (every rule).</param>
/// <param name="Off">True when the comment switches checking off.</param>
internal readonly partial record struct ValeDirective(string? Name, bool Off)
{
    /// <summary>Reads the text between <c>&lt;!--</c> and <c>--&gt;</c>.</summary>
    public static bool TryParse(string comment, out ValeDirective directive)
    {
        string text = comment.Trim();
        if (text is "vale off" or "vale on")
        {
            directive = new ValeDirective(null, Off: text == "vale off");
            return true;
        }

        // Vale's match-specific form (Style.Rule["a","b"] = NO) and "vale styles = A, B" need what a reader
        // cannot know (the match a rule reports, the styles a run loads), so they are not directives here.
        var match = Switch().Match(text);
        if (!match.Success)
        {
            directive = default;
            return false;
        }

        string value = match.Groups["value"].Value;
        directive = new ValeDirective(match.Groups["name"].Value, Off: value is "NO" or "off");
        return true;
    }

    [GeneratedRegex(@"^vale (?<name>[^\s\[\]]+) = (?<value>YES|NO|on|off)$", RegexOptions.CultureInvariant)]
    private static partial Regex Switch();
}
