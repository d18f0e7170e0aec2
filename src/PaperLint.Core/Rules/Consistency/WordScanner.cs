using System.Globalization;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// The words <see cref="Variants"/> compares, found without the regex engine: a letter, then letters and marks, then
/// any number of hyphen-joined parts of the same make (<c>decision-making</c>, <c>Lévi‐Strauss</c>), standing alone
/// (no letter, mark or digit on either side). It finds exactly what
/// <c>(?&lt;![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}])</c>
/// finds, which a test holds it to: where the last parts run into a digit, the word ends at the last hyphen that
/// leaves it standing alone.
/// </summary>
internal static class WordScanner
{
    /// <summary>Every word of <paramref name="text"/>, left to right (a struct to walk with foreach: nothing is allocated per word).</summary>
    public static Words All(string text) => new(text);

    /// <summary>The first word that starts at or after <paramref name="from"/> (what stands before it counts), or null.</summary>
    public static WordMatch? First(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (!IsLetter(text[i]) || (i > 0 && IsLetterMarkOrDigit(text[i - 1])))
            {
                continue;
            }

            int end = PartEnd(text, i + 1);
            int longest = Alone(text, end) ? end : -1;
            while (end + 1 < text.Length && text[end] is '-' or '\u2010' or '\u2011' && IsLetter(text[end + 1]))
            {
                end = PartEnd(text, end + 2);
                if (Alone(text, end))
                {
                    longest = end;
                }
            }

            if (longest >= 0)
            {
                return new WordMatch(text, i, longest - i);
            }
        }

        return null;
    }

    private static int PartEnd(string text, int at)
    {
        while (at < text.Length && IsLetterOrMark(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool Alone(string text, int end) => end == text.Length || !IsLetterMarkOrDigit(text[end]);

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.GetUnicodeCategory(c) <= UnicodeCategory.OtherLetter;

    private static bool IsLetterOrMark(char c) => c < 128 ? char.IsAsciiLetter(c) : char.GetUnicodeCategory(c) <= UnicodeCategory.EnclosingMark;

    private static bool IsLetterMarkOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;
}

/// <summary>The words of a text: foreach takes the struct enumerator; LINQ, through the interface, boxes it once.</summary>
internal readonly struct Words(string text) : IEnumerable<WordMatch>
{
    public Enumerator GetEnumerator() => new(text);

    IEnumerator<WordMatch> IEnumerable<WordMatch>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(string text) : IEnumerator<WordMatch>
    {
        private int _at;

        public WordMatch Current { get; private set; }

        public bool MoveNext()
        {
            if (WordScanner.First(text, _at) is not { } word)
            {
                return false;
            }

            Current = word;
            _at = word.Index + word.Length;
            return true;
        }

        readonly object System.Collections.IEnumerator.Current => Current;

        public void Reset() => (_at, Current) = (0, default);

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>A word <see cref="WordScanner"/> found: where it stands, and its text (<see cref="Value"/> copies it out each time it is asked for).</summary>
internal readonly struct WordMatch(string source, int index, int length)
{
    public int Index => index;

    public int Length => length;

    public string Value => source.Substring(index, length);

    public ReadOnlySpan<char> ValueSpan => source.AsSpan(index, length);
}
