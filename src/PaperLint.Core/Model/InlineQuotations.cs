namespace PaperLint.Core.Model;

/// <summary>
/// Finds passages in quotation marks within a block's text: curly double “…”, straight double "…",
/// curly single ‘…’ (British style), and guillemets «…». Straight double quotes pair up by position:
/// one after a space or an opening bracket opens, one before a space or punctuation closes.
/// </summary>
public static class InlineQuotations
{
    public static IReadOnlyList<InlineQuotation> Find(string text)
    {
        var found = new List<InlineQuotation>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            char close = c switch
            {
                '\u201C' => '\u201D',
                '"' when OpensAt(text, i) => '"',
                '\u2018' when OpensAt(text, i) => '\u2019',
                '\u00AB' => '\u00BB',
                _ => '\0',
            };

            if (close == '\0')
            {
                i++;
                continue;
            }

            int end = FindClose(text, i + 1, close);
            if (end < 0)
            {
                i++;
                continue;
            }

            int start = i + 1;
            found.Add(new InlineQuotation(start, end - start, CountWords(text.AsSpan(start, end - start))));
            i = end + 1;
        }

        return found;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
        }

        return words;
    }

    private static bool OpensAt(string text, int i)
    {
        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || "([{—–-/\u2014\u2013:".Contains(text[i - 1]);
        bool after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    private static int FindClose(string text, int from, char close)
    {
        for (int j = from; j < text.Length; j++)
        {
            if (text[j] != close)
            {
                continue;
            }

            // A closing single quote inside a word is an apostrophe (don’t, Lenin’s).
            bool wordAfter = j + 1 < text.Length && char.IsLetter(text[j + 1]);
            if (close == '\u2019' && wordAfter)
            {
                continue;
            }

            if (close == '"' && j > from && char.IsWhiteSpace(text[j - 1]) && !(j + 1 == text.Length || char.IsWhiteSpace(text[j + 1]) || char.IsPunctuation(text[j + 1])))
            {
                // A straight quote after a space that is followed by a word opens the next quotation.
                return -1;
            }

            return j;
        }

        return -1;
    }
}
