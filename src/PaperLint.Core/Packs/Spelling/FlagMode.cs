using System.Globalization;
using System.Text;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>How a Hunspell file writes its flags (the .aff's <c>FLAG</c>): one character each, two (<c>long</c>), numbers (<c>num</c>) or Unicode characters (<c>UTF-8</c>).</summary>
internal enum FlagMode
{
    Char,
    Long,
    Num,
    Utf8,
}

internal static class Flags
{
    public static FlagMode ModeNamed(string name) => name.ToUpperInvariant() switch
    {
        "LONG" => FlagMode.Long,
        "NUM" => FlagMode.Num,
        "UTF-8" or "UTF8" => FlagMode.Utf8,
        _ => throw new FormatException($"FLAG must be long, num or UTF-8, not '{name}'"),
    };

    /// <summary>The flags written in <paramref name="text"/>, each as a number.</summary>
    /// <exception cref="FormatException">The text is not a list of flags in this mode; the message says why.</exception>
    public static int[] Parse(string text, FlagMode mode)
    {
        switch (mode)
        {
            case FlagMode.Long:
                if (text.Length % 2 != 0)
                {
                    throw new FormatException($"'{text}' has an odd number of characters, but FLAG long takes two per flag");
                }

                var pairs = new int[text.Length / 2];
                for (int i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (text[2 * i] << 16) | text[(2 * i) + 1];
                }

                return pairs;
            case FlagMode.Num:
                return [.. text.Split(',').Select(n =>
                    int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int flag) && flag is > 0 and < 65536
                        ? flag
                        : throw new FormatException($"'{n}' is not a flag: FLAG num takes numbers from 1 to 65535 separated by commas"))];
            case FlagMode.Utf8:
                return [.. text.EnumerateRunes().Select(r => r.Value)];
            default:
                return [.. text.Select(c => (int)c)];
        }
    }

    /// <summary>A single flag (<c>NEEDAFFIX x</c>), in the file's mode.</summary>
    public static int ParseOne(string text, FlagMode mode)
    {
        var flags = Parse(text, mode);
        return flags.Length == 1 ? flags[0] : throw new FormatException($"'{text}' is not one flag");
    }

    public static string Show(int flag, FlagMode mode) => mode switch
    {
        FlagMode.Num => flag.ToString(CultureInfo.InvariantCulture),
        FlagMode.Long => $"{(char)(flag >> 16)}{(char)(flag & 0xFFFF)}",
        _ => new Rune(flag).ToString(),
    };
}
