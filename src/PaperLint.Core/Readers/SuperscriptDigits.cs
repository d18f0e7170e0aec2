namespace PaperLint.Core.Readers;

/// <summary>Unicode superscript digits (¹²³…), the way authors type note markers by hand in plain text.</summary>
internal static class SuperscriptDigits
{
    /// <summary>
    /// Where the first superscript digit of <paramref name="text"/> stands, or -1. The ten lie in two short ranges, ² to ¹
    /// (U+00B2–U+00B9) and ⁰ to ⁹ (U+2070–U+2079): two searches for a range each pass over a text without any faster than
    /// one search for a set of ten (which tests every character against a probabilistic map), and a character of a range
    /// that is not a digit (µ, ¶, ·) only costs a step.
    /// </summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text)
    {
        int at = 0;
        while (at < text.Length)
        {
            var rest = text[at..];
            int low = rest.IndexOfAnyInRange('\u00B2', '\u00B9');
            // Only before the first of the low range: the nearer of the two is wanted.
            int high = (low < 0 ? rest : rest[..low]).IndexOfAnyInRange('\u2070', '\u2079');
            int next = high >= 0 ? high : low;
            if (next < 0)
            {
                return -1;
            }

            if (Is(rest[next]))
            {
                return at + next;
            }

            at += next + 1;
        }

        return -1;
    }

    public static bool Is(char c) => ToDigit(c) >= 0;

    public static int ToDigit(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    /// <summary>The number written by the superscript digits text[start..start+length].</summary>
    public static int ToNumber(string text, int start, int length)
    {
        int value = 0;
        for (int i = start; i < start + length; i++)
        {
            value = (value * 10) + ToDigit(text[i]);
        }

        return value;
    }

    /// <summary>
    /// True when superscript digits at text[start..] are an exponent or unit rather than a note marker:
    /// after a number (10³), a single letter (x², m²), a common unit (cm², km³), or directly followed by a
    /// letter or digit (x²y), or next to a superscript sign (10⁻³) or a sign that does not join two numbers
    /// (ml-1 with "-1" raised). Digits that begin with 0 are never a note's number: notes count from 1, so they
    /// are a part of a number, as is a group of three after a space (10³⁰⁰ ⁰⁰⁰).
    /// </summary>
    public static bool IsExponent(string text, int start, int length)
    {
        if (ValueOf(text[start]) == 0)
        {
            return true;
        }

        if (start > 0 && text[start - 1] is '-' or '\u2212' or '+' && (start < 2 || ValueOf(text[start - 2]) < 0))
        {
            return true;
        }

        if (length == 3 && start >= 2 && text[start - 1] is ' ' or '\u00A0' or '\u2009' or '\u202F' && Is(text[start - 2]))
        {
            // A group of three raised digits after a space that follows raised digits: the number goes on.
            return true;
        }

        int end = start + length;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '\u207A' or '\u207B' or '\u207C'))
        {
            return true;
        }

        if (start > 0 && text[start - 1] is '\u207A' or '\u207B' or '\u207C' or '^')
        {
            return true;
        }

        int wordStart = start;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, start - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        if (char.IsDigit(word[^1]))
        {
            return true;
        }

        return word.Length == 1 || IsUnit(word);
    }

    /// <summary>The value of a digit, raised or not; -1 for any other character.</summary>
    private static int ValueOf(char c) => char.IsAsciiDigit(c) ? c - '0' : ToDigit(c);

    private static bool IsUnit(ReadOnlySpan<char> word) => word switch
    {
        "mm" or "cm" or "dm" or "km" or "ft" or "in" or "yd" or "mi" or "nm" or "μm" or "µm" or "kg" or "ms" or "sec" or "px" => true,
        _ => false,
    };
}
