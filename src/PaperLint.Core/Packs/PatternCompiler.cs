using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs;

/// <summary>
/// Turns a rule's patterns into one compiled regular expression. Each pattern is checked on its own first,
/// so a mistake is reported at its own line. Patterns are user input: a match timeout guards against
/// catastrophic backtracking (the non-backtracking engine would be safer but refuses the lookarounds that
/// both our word boundaries and many real patterns need).
/// </summary>
internal static class PatternCompiler
{
    /// <summary>How long one search may take before the rule is declared broken.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // A word character for the purpose of boundaries: any letter, combining mark, digit or underscore,
    // so that a boundary works next to "Ž" or "é" where \b (and its idea of a word) would still do,
    // but also next to punctuation-led tokens such as "[citation needed]" or "??".
    private const string WordChar = @"[\p{L}\p{M}\p{N}_]";
    private const string Before = "(?<!" + WordChar + ")";

    /// <summary>The end of a word: no letter, mark, digit or underscore follows.</summary>
    public const string WordEnd = "(?!" + WordChar + ")";

    public static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>Checks one pattern and reports a mistake at its line.</summary>
    public static void Validate(RuleYaml yaml, RuleYaml.Entry pattern)
    {
        if (yaml.Trusted || IsPlain(pattern.Text))
        {
            // A shipped rule's patterns were checked when it was built; letters, digits, spaces, hyphens and
            // apostrophes are nothing a regular expression could refuse.
            return;
        }

        try
        {
            _ = new Regex(pattern.Text, RegexOptions.CultureInvariant);
        }
        catch (RegexParseException e)
        {
            throw new Readers.InputException($"{yaml.DisplayPath}:{pattern.Line}: invalid regular expression '{pattern.Text}': {Reason(e, pattern.Text)}", e);
        }
    }

    /// <summary>One regular expression that matches any of <paramref name="patterns"/> (see <see cref="PatternSet"/> to tell which).</summary>
    /// <param name="patterns">The alternatives.</param>
    /// <param name="ignoreCase">Vale's <c>ignorecase</c>.</param>
    /// <param name="nonWord">Vale's <c>nonword</c>: no boundaries around the alternatives.</param>
    /// <param name="vale">Boundaries as Vale draws them, <c>(?m)\b(?:…)\b</c>, instead of PaperLint's letter-aware ones.</param>
    public static Regex Compile(IEnumerable<string> patterns, bool ignoreCase, bool nonWord, bool vale = false)
    {
        string body = string.Join("|", patterns.Select(p => $"(?:{p})"));
        string pattern = nonWord ? body : vale ? $@"\b(?:{body})\b" : $"{Before}(?:{body}){WordEnd}";
        return new Regex(pattern, Options(ignoreCase) | (vale ? RegexOptions.Multiline : RegexOptions.None), MatchTimeout);
    }

    /// <summary>
    /// A Vale rule's exceptions as Vale builds them: longest first, each case-sensitive unless it starts with
    /// <c>(?i)</c>, within word boundaries. A match is left alone when this is found in its text.
    /// </summary>
    public static Regex CompileValeExceptions(IEnumerable<string> exceptions) =>
        new(ValeExceptionAlternation(exceptions), RegexOptions.CultureInvariant | RegexOptions.Multiline, MatchTimeout);

    /// <summary>The pattern of <see cref="CompileValeExceptions"/>: <c>\b(?:…|…)\b</c>, the longest exception first.</summary>
    public static string ValeExceptionAlternation(IEnumerable<string> exceptions)
    {
        var sorted = exceptions.OrderByDescending(e => e.Length)
            .Select(e => e.StartsWith("(?i)", StringComparison.Ordinal) ? $"(?:{e})" : $"(?-i)(?:{e})");
        return $@"\b(?:{string.Join("|", sorted)})\b";
    }

    /// <summary>Whether <paramref name="pattern"/> is a plain word or phrase, with nothing a regular expression treats specially.</summary>
    public static bool IsPlain(string pattern)
    {
        foreach (char c in pattern)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '\u2019' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return pattern.Length > 0;
    }

    /// <summary>The alternatives of a pattern at its top level (<c>a|b(c|d)</c> gives <c>a</c> and <c>b(c|d)</c>).</summary>
    public static IReadOnlyList<string> TopLevelAlternatives(string pattern)
    {
        var parts = new List<string>();
        int depth = 0;
        bool inClass = false;
        int start = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    // "Invalid pattern 'le(ad' at offset 5. Not enough )'s." -> "Not enough )'s (at offset 5)"
    private static string Reason(RegexParseException e, string pattern)
    {
        string prefix = $"Invalid pattern '{pattern}' at offset {e.Offset}. ";
        string reason = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
        return $"{reason.TrimEnd('.')} (at offset {e.Offset})";
    }
}
