using System.Text.RegularExpressions;

namespace PaperLint.Core.Citations;

/// <summary>
/// Pandoc's citation syntax (its <c>citations</c> extension): bracketed citations, <c>[see @doe99, pp. 33-35;
/// also @smith04, ch. 1]</c>, <c>[-@doe99]</c>, and citations in the sentence, <c>@doe99</c> and <c>@doe99 [p. 33]</c>.
/// A key begins with a letter, a digit or <c>_</c> and may hold letters, digits, <c>_</c> and single inner
/// punctuation (<c>:.#$%&amp;-+?&lt;&gt;~/</c>), or is written in braces, <c>@{Doe, 1999}</c>. An <c>@</c> after a letter
/// or digit (an e-mail address) or after a backslash is no citation.
/// </summary>
internal static partial class PandocCitationSyntax
{
    /// <summary>One key in a text: its place (from the <c>@</c>, or the <c>-</c> before it), the key, and whether it stands in brackets.</summary>
    public readonly record struct KeyUse(int Start, int Length, string Key, bool Bracketed, int BracketStart, int BracketEnd, bool SuppressAuthor);

    /// <summary>Every citation key in <paramref name="text"/>, in order; <paramref name="skip"/> says which places are not prose (code, URLs).</summary>
    public static List<KeyUse> Find(string text, Func<int, int, bool>? skip = null)
    {
        var uses = new List<KeyUse>();
        if (!text.Contains('@'))
        {
            return uses;
        }

        var bracketed = new List<(int Start, int End)>();
        foreach (Match bracket in Bracket().Matches(text))
        {
            if (skip?.Invoke(bracket.Index, bracket.Length) == true || !IsCitationBracket(text, bracket))
            {
                continue;
            }

            int before = uses.Count;
            foreach (Match key in KeyInBracket().Matches(text, bracket.Index + 1))
            {
                if (key.Index >= bracket.Index + bracket.Length - 1)
                {
                    break;
                }

                // The place is the key's, from its @: a minus before it only hides the author's name.
                bool suppress = key.Groups["minus"].Success;
                int at = suppress ? key.Index + 1 : key.Index;
                uses.Add(new KeyUse(at, key.Index + key.Length - at, KeyOf(key), true, bracket.Index, bracket.Index + bracket.Length, suppress));
            }

            if (uses.Count > before)
            {
                bracketed.Add((bracket.Index, bracket.Index + bracket.Length));
            }
        }

        // The brackets and the keys both come left to right, and brackets do not overlap: one pass over each.
        int next = 0;
        foreach (Match key in InTextKey().Matches(text))
        {
            while (next < bracketed.Count && bracketed[next].End <= key.Index)
            {
                next++;
            }

            bool inBracket = next < bracketed.Count && key.Index >= bracketed[next].Start;
            if (inBracket || skip?.Invoke(key.Index, key.Length) == true)
            {
                continue;
            }

            int end = key.Index + key.Length;
            uses.Add(new KeyUse(key.Index, key.Length, KeyOf(key), false, key.Index, end, false));
        }

        uses.Sort((a, b) => a.Start.CompareTo(b.Start));
        return uses;
    }

    // A bracketed citation: every part between semicolons holds a key, the bracket is not a link's text or a
    // note's marker, and no link target follows it.
    private static bool IsCitationBracket(string text, Match bracket)
    {
        int after = bracket.Index + bracket.Length;
        if (after < text.Length && text[after] is '(' or '[' or ':')
        {
            return false;
        }

        string body = bracket.Value[1..^1];
        if (body.StartsWith('^'))
        {
            return false;
        }

        foreach (string part in body.Split(';'))
        {
            if (!KeyInBracket().IsMatch(part))
            {
                return false;
            }
        }

        return true;
    }

    private static string KeyOf(Match key) =>
        key.Groups["braced"].Success ? key.Groups["braced"].Value.Trim() : key.Groups["key"].Value;

    // Innermost brackets with an @ inside.
    [GeneratedRegex(@"\[[^\[\]]*@[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    // A key inside brackets: after the bracket, a space, a semicolon or a prefix's last character that is no word character.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_\\@])(?<minus>-)?@(?:\{(?<braced>[^{}]+)\}|(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*))", RegexOptions.CultureInvariant)]
    private static partial Regex KeyInBracket();

    // A key in the sentence: not after a letter, digit or backslash (e-mail addresses, escapes).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_\\@/.])@(?:\{(?<braced>[^{}]+)\}|(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*))", RegexOptions.CultureInvariant)]
    private static partial Regex InTextKey();
}
