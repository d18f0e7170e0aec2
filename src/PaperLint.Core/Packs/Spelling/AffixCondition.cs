namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// The condition of a Hunspell affix entry (<c>[^aeiou]y</c>, <c>.</c>, <c>e</c>): a sequence of single characters,
/// <c>.</c> for any one, and bracketed sets (negated with <c>^</c>), which must match the start of the stem for a prefix
/// or its end for a suffix. A small matcher rather than a regular expression, as conditions are not regular expressions
/// (a <c>-</c> or <c>'</c> means itself).
/// </summary>
internal sealed class AffixCondition
{
    public static readonly AffixCondition Any = new([]);

    private readonly (string? Chars, bool Negated)[] _units;

    private AffixCondition((string? Chars, bool Negated)[] units)
    {
        _units = units;
    }

    /// <exception cref="FormatException">An unclosed or empty bracket.</exception>
    public static AffixCondition Parse(string text)
    {
        if (text == ".")
        {
            return Any;
        }

        var units = new List<(string?, bool)>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                units.Add((null, false));
            }
            else if (c == '[')
            {
                int close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"the condition '{text}' opens a '[' it does not close");
                }

                bool negated = close > i + 1 && text[i + 1] == '^';
                string chars = text[(i + (negated ? 2 : 1))..close];
                if (chars.Length == 0)
                {
                    throw new FormatException($"the condition '{text}' has an empty set []");
                }

                units.Add((chars, negated));
                i = close;
            }
            else
            {
                units.Add((c.ToString(), false));
            }
        }

        return new AffixCondition([.. units]);
    }

    /// <summary>True when the condition matches the start of <paramref name="word"/>.</summary>
    public bool MatchesStart(string word) => Matches(word, 0);

    /// <summary>True when the condition matches the end of <paramref name="word"/>.</summary>
    public bool MatchesEnd(string word) => Matches(word, word.Length - _units.Length);

    private bool Matches(string word, int from)
    {
        if (_units.Length > word.Length || from < 0)
        {
            return false;
        }

        for (int i = 0; i < _units.Length; i++)
        {
            var (chars, negated) = _units[i];
            if (chars is not null && chars.Contains(word[from + i]) == negated)
            {
                return false;
            }
        }

        return true;
    }
}
