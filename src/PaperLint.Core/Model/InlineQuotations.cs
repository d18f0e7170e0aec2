namespace PaperLint.Core.Model;

/// <summary>
/// Finds passages in quotation marks within a block's text, in the marks of every language the linter knows:
/// English curly “…” and ‘…’, German „…“ (whose closing mark is the English opening one), ‚…‘ and »…« with
/// ›…‹, French, Spanish, Italian, Portuguese and Swiss «…» with ‹…›, and straight "…". The marks say which
/// system they belong to, so no language is needed: „ and ‚ only ever open, and a guillemet opens when it
/// stands where an opening mark stands (»Wort« against « mot »). Straight double quotes pair up by position:
/// one after a space or an opening bracket opens, one before a space or punctuation closes.
/// </summary>
public static class InlineQuotations
{
    public static IReadOnlyList<InlineQuotation> Find(string text)
    {
        // Most paragraphs quote nothing, and a long document keeps every paragraph's quotations while it is linted.
        List<InlineQuotation>? found = null;
        int i = 0;
        while (i < text.Length)
        {
            string closers = ClosersFor(text, i);
            if (closers.Length == 0)
            {
                i++;
                continue;
            }

            int end = FindClose(text, i + 1, closers);
            if (end < 0)
            {
                i++;
                continue;
            }

            int start = i + 1;
            (found ??= []).Add(new InlineQuotation(start, end - start, CountWords(text.AsSpan(start, end - start))));
            i = end + 1;
        }

        return found is null ? [] : found.ToArray();
    }

    /// <summary>
    /// The first opening double mark (“, „ or «) of <paramref name="text"/> that nothing closes, after the quotations
    /// <paramref name="found"/> there; null when every double mark is closed.
    /// </summary>
    internal static (int At, char Mark)? UnclosedOpening(string text, IReadOnlyList<InlineQuotation> found)
    {
        int from = found.Count == 0 ? 0 : found[^1].End + 1;
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] is '\u201C' or '\u201E' or '\u00AB' && ClosersFor(text, i).Length > 0 && FindClose(text, i + 1, ClosersFor(text, i)) < 0)
            {
                return (i, text[i]);
            }
        }

        return null;
    }

    /// <summary>
    /// Where a quotation opened with <paramref name="mark"/> in the paragraph before ends in <paramref name="text"/>:
    /// the end of the text when it opens again with the same mark (each paragraph of a long quotation does), the
    /// offset of its closing mark when one comes before any other opening mark, else -1.
    /// </summary>
    internal static int ContinuationEnd(string text, char mark)
    {
        string closers = ClosersFor(mark.ToString(), 0);
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start < text.Length && text[start] == mark)
        {
            int close = FindClose(text, start + 1, closers);
            return close >= 0 ? close : text.Length;
        }

        for (int i = start; i < text.Length; i++)
        {
            if (closers.Contains(text[i]))
            {
                return i;
            }

            if (ClosersFor(text, i).Length > 0)
            {
                return -1;
            }
        }

        return -1;
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

    /// <summary>True when the mark at text[<paramref name="i"/>] opens a quotation.</summary>
    internal static bool Opens(string text, int i) => ClosersFor(text, i).Length > 0;

    /// <summary>The marks that may close a quotation opened at text[i], or nothing when text[i] opens none.</summary>

    private static string ClosersFor(string text, int i) => text[i] switch
    {
        '\u201C' => "\u201D",
        '\u201E' => "\u201C\u201D",
        '"' when OpensAt(text, i) => "\"",
        '\u2018' when OpensAt(text, i) => "\u2019",
        '\u201A' => "\u2018\u2019",
        '\u00AB' => "\u00BB",
        '\u00BB' when OpensAt(text, i) => "\u00AB",
        '\u2039' => "\u203A",
        '\u203A' when OpensAt(text, i) => "\u2039",
        _ => "",
    };

    private static bool OpensAt(string text, int i)
    {
        // After a space, the start, a bracket, a dash, a colon, or the opening mark of a quotation it is nested in.
        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || "([{—–-/\u2014\u2013:\u201E\u201A\u201C\u2018\u00AB\u00BB\u2039\u203A".Contains(text[i - 1]);
        bool after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    private static int FindClose(string text, int from, string closers)
    {
        for (int j = from; j < text.Length; j++)
        {
            char c = text[j];
            if (!closers.Contains(c))
            {
                continue;
            }

            // A closing single quote inside a word is an apostrophe (don’t, Lenin’s).
            bool wordAfter = j + 1 < text.Length && char.IsLetter(text[j + 1]);
            if (c == '\u2019' && wordAfter)
            {
                continue;
            }

            if (c == '"' && j > from && char.IsWhiteSpace(text[j - 1]) && !(j + 1 == text.Length || char.IsWhiteSpace(text[j + 1]) || char.IsPunctuation(text[j + 1])))
            {
                // A straight quote after a space that is followed by a word opens the next quotation.
                return -1;
            }

            return j;
        }

        return -1;
    }
}
