namespace PaperLint.Core.Prose;

/// <summary>Keeps a suggestion in the case of the text it replaces, so "Lead by" is answered with "Led by".</summary>
internal static class Casing
{
    public static string LikeMatch(string match, string suggestion)
    {
        int m = FirstLetter(match);
        int s = FirstLetter(suggestion);
        if (m < 0 || s < 0 || !char.IsUpper(match[m]) || !char.IsLower(suggestion[s]))
        {
            // Only ever raise the case: a proper name in a suggestion stays capitalised after a lower-case match.
            return suggestion;
        }

        return string.Concat(suggestion.AsSpan(0, s), char.ToUpperInvariant(suggestion[s]).ToString(), suggestion.AsSpan(s + 1));
    }

    public static bool Same(string a, string b, bool ignoreCase) =>
        string.Equals(a, b, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static int FirstLetter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
