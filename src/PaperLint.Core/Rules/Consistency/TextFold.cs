using System.Text;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>Folds words to the key under which their variants meet: lower case, no diacritics, no hyphens or spaces.</summary>
internal static class TextFold
{
    /// <summary>The letters of <paramref name="text"/> without their diacritics (Ž to Z, ë to e, ø to o).</summary>
    public static string WithoutDiacritics(string text) => Diacritics.Remove(text);

    /// <summary>The key of a word or compound: lower case, without diacritics, hyphens or spaces.</summary>
    public static string Key(string text)
    {
        // Most words are ASCII in lower case, and are their own key: no copy is made of them.
        if (System.Text.Ascii.IsValid(text) && text.AsSpan().IndexOfAny(KeyChanges) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (char c in WithoutDiacritics(text))
        {
            if (!IsJoiner(c) && !char.IsWhiteSpace(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>A form as counted: lower case, every kind of hyphen written '-', every space one space.</summary>
    public static string Form(string text)
    {
        if (System.Text.Ascii.IsValid(text) && text.AsSpan().IndexOfAny(FormChanges) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            result.Append(IsJoiner(c) ? '-' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    // The ASCII characters that Key and Form change or drop: capitals, and white space (and, for Key, the hyphen).
    private static readonly System.Buffers.SearchValues<char> KeyChanges = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ-\t\n\v\f\r ");
    private static readonly System.Buffers.SearchValues<char> FormChanges = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\v\f\r");

    public static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool HasDiacritics(string text) => Diacritics.Has(text);
}
