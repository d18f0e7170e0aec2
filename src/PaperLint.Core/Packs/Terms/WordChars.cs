using System.Globalization;

namespace PaperLint.Core.Packs.Terms;

/// <summary>
/// A word character as the packs' word boundaries define it (<c>[\p{L}\p{M}\p{N}_]</c>, one UTF-16 unit at a time,
/// as the regex engine reads them), with the ASCII range answered from a table.
/// </summary>
internal static class WordChars
{
    private static readonly bool[] Ascii = Build();

    public static bool Is(char c) => c < 128 ? Ascii[c] : IsCategory(c);

    private static bool IsCategory(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => c == '_',
    };

    private static bool[] Build()
    {
        var table = new bool[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = IsCategory((char)c);
        }

        return table;
    }
}
