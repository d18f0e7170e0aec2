using PaperLint.Core.Prose;

namespace PaperLint.Core.Citations;

/// <summary>
/// Whether a name stands as a word in some of a few texts, case and accents aside (<see cref="ReferenceList.Mentions"/>):
/// the texts are filed by their words of ASCII letters, so a name is looked for only in the texts that hold its first
/// such word, not in every text for every name.
/// </summary>
/// <remarks>
/// Exact because a character equals an ASCII letter, case aside, only when it is that letter in either case (a test
/// holds .NET to that): where the name stands, its first word of ASCII letters stands as a word of ASCII letters too.
/// A name without ASCII letters is looked for in every text.
/// </remarks>
internal sealed class CaselessMentions
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

    /// <param name="texts">The texts, as written (accents are stripped here).</param>
    public CaselessMentions(IEnumerable<string> texts)
    {
        var lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (string raw in texts)
        {
            string text = Diacritics.Strip(raw);
            int index = _texts.Count;
            _texts.Add(text);
            for (int i = 0; i < text.Length;)
            {
                if (!char.IsAsciiLetter(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                var word = text.AsSpan(start, i - start);
                var key = word.Length <= lower.Length ? lower[..word.Length] : new char[word.Length];
                word.ToLowerInvariant(key);
                if (!lookup.TryGetValue(key, out var list))
                {
                    list = [];
                    lookup[key] = list;
                }

                if (list.Count == 0 || list[^1] != index)
                {
                    list.Add(index);
                }
            }
        }
    }

    /// <summary>True when <paramref name="surname"/> stands as a word in one of the texts (accents and case aside).</summary>
    public bool Mentions(string surname)
    {
        string wanted = Diacritics.Strip(surname.Trim());
        if (wanted.Length == 0)
        {
            return false;
        }

        if (FirstAsciiWord(wanted) is not { } word)
        {
            return _texts.Any(text => StandsIn(text, wanted));
        }

        return _byWord.TryGetValue(word, out var texts) && texts.Any(i => StandsIn(_texts[i], wanted));
    }

    /// <summary>True when <paramref name="wanted"/> stands in <paramref name="text"/> between non-letters, case aside.</summary>
    private static bool StandsIn(string text, string wanted)
    {
        for (int at = text.IndexOf(wanted, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + wanted.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first run of ASCII letters in <paramref name="text"/>, lower-cased, or null when it has none.</summary>
    private static string? FirstAsciiWord(string text)
    {
        int start = 0;
        while (start < text.Length && !char.IsAsciiLetter(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        int end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text[start..end].ToLowerInvariant();
    }
}
