namespace PaperLint.Core.Prose;

/// <summary>
/// An estimate of how many syllables an English word has, for readability formulas: groups of vowels, less
/// the usual silent endings (<c>make</c>, <c>makes</c>, <c>jumped</c>, <c>lonely</c>, <c>movement</c>), plus
/// the vowel pairs spoken apart (<c>radio</c>, <c>video</c>). Good to a few percent on running text, which is
/// what a score over a whole paper needs; a word of another language gets a plausible count, no more.
/// </summary>
internal static class Syllables
{
    private const string Vowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ";

    // Endings after which a silent e before them is not counted: "move-ment", "lone-ly", "hope-ful".
    private static readonly string[] SuffixesAfterSilentE = ["ly", "ment", "ments", "ful", "ness", "less"];

    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var w = buffer[..length];
        if (w.Length <= 2)
        {
            return 1;
        }

        if (w.SequenceEqual("people"))
        {
            return 2;
        }

        int count = VowelGroups(w) - SilentEndings(w) + SplitPairs(w);
        return Math.Max(count, 1);
    }

    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        int groups = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    private static int SilentEndings(ReadOnlySpan<char> w)
    {
        int silent = 0;
        int n = w.Length;
        if (w[n - 1] == 'e' && !IsVowel(w[n - 2]))
        {
            // "make", but not the syllabic "-le" of "table" (after a consonant).
            bool syllabicLe = w[n - 2] == 'l' && n >= 3 && !IsVowel(w[n - 3]);
            silent += syllabicLe ? 0 : 1;
        }
        else if (w.EndsWith("es") && n >= 3 && !IsVowel(w[n - 3]))
        {
            // "makes", but not "places", "boxes", "wishes", "changes" or "tables", where -es is heard.
            char before = w[n - 3];
            bool heard = before is 's' or 'x' or 'z' or 'c' or 'g'
                || (before == 'h' && n >= 4 && w[n - 4] is 'c' or 's')
                || (before is 'l' or 'r' && n >= 4 && !IsVowel(w[n - 4]));
            silent += heard ? 0 : 1;
        }
        else if (w.EndsWith("ed") && n >= 3 && !IsVowel(w[n - 3]) && w[n - 3] is not 't' and not 'd')
        {
            // "jumped", but not "wanted" or "needed".
            silent++;
        }

        foreach (string suffix in SuffixesAfterSilentE)
        {
            int e = n - suffix.Length - 1;
            if (e >= 1 && w.EndsWith(suffix) && w[e] == 'e' && !IsVowel(w[e - 1]))
            {
                silent++;
                break;
            }
        }

        return silent;
    }

    // Pairs of vowels that are two syllables: "ra-di-o", "vi-de-o", "ac-tu-al"; but not the "-tion" of
    // "nation", the "-cial" of "social", nor the "qu"/"gu" of "quote" and "language".
    private static int SplitPairs(ReadOnlySpan<char> w)
    {
        int pairs = 0;
        for (int i = 0; i + 1 < w.Length; i++)
        {
            char a = w[i];
            char b = w[i + 1];
            char before = i > 0 ? w[i - 1] : ' ';
            bool split = (a == 'i' && b is 'a' or 'o' && before is not ('c' or 'g' or 's' or 't'))
                || (a == 'u' && b is 'a' or 'o' && before is not ('q' or 'g'))
                || (a == 'e' && b == 'o')
                || (a == 'i' && b == 'u');
            if (split)
            {
                pairs++;
                i++;
            }
        }

        return pairs;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
