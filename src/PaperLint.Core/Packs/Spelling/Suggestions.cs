namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// Words one edit away (a letter dropped, two swapped, one replaced or added from the dictionaries' <c>TRY</c>
/// characters) that a dictionary accepts: a small, predictable list rather than Hunspell's ranked one.
/// </summary>
internal static class Suggestions
{
    private const int Most = 5;

    public static IReadOnlyList<string> For(string word, string tryChars, Func<string, bool> accepts)
    {
        var found = new List<string>();
        string letters = tryChars.Length > 0 ? tryChars : "esianrtolcdugmphbyfvkwzxjq";
        foreach (string candidate in Edits(word, letters))
        {
            if (candidate.Length > 0 && !found.Contains(candidate) && accepts(candidate))
            {
                found.Add(candidate);
                if (found.Count == Most)
                {
                    break;
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Edits(string word, string letters)
    {
        for (int i = 0; i + 1 < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), [word[i + 1], word[i]], word.AsSpan(i + 2));
        }

        for (int i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }

        foreach (char c in letters)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] != c)
                {
                    yield return string.Concat(word.AsSpan(0, i), [c], word.AsSpan(i + 1));
                }
            }

            for (int i = 0; i <= word.Length; i++)
            {
                yield return word.Insert(i, c.ToString());
            }
        }
    }
}
