namespace PaperLint.Core.Packs.Spelling;

/// <summary>Hunspell's cases of a word, which decide the dictionary forms it may stand for.</summary>
internal enum WordCase
{
    /// <summary>No upper-case letter.</summary>
    Lower,

    /// <summary>An upper-case first letter and no other (<c>Paris</c>).</summary>
    Capitalised,

    /// <summary>Letters, none of them lower case, more than one (<c>NASA</c>).</summary>
    Upper,

    /// <summary>Anything else (<c>iPhone</c>, <c>McDonald</c>).</summary>
    Mixed,
}

internal static class WordCases
{
    public static WordCase Of(string word)
    {
        int upper = 0, lower = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return WordCase.Lower;
        }

        if (upper == 1 && char.IsUpper(word[0]))
        {
            return lower == 0 && word.Length > 1 ? WordCase.Upper : WordCase.Capitalised;
        }

        return lower == 0 ? WordCase.Upper : WordCase.Mixed;
    }

    public static string LowerFirst(string word) => word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word[1..];

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
