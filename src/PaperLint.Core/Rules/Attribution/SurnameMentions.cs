using PaperLint.Core.Citations;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// Where a surname stands as a word in a list of texts, accents aside, as <c>Attribution.Uncited</c> looks for an
/// entry's author: its last word that is not a particle ("Beauvoir" of "de Beauvoir"), between non-letters. The texts
/// are filed once by their words (runs of letters), so a surname is found by looking up its first word instead of
/// searching every text for every entry. Given the surnames that will be asked for, only their words are filed: a long
/// paper has tens of thousands of words and a references list a few hundred surnames.
/// </summary>
internal sealed class SurnameMentions
{
    private readonly List<string> _plain = [];
    private readonly Dictionary<string, List<(int Text, int Start)>> _words = new(StringComparer.Ordinal);

    // Null when every word is filed; else the words filed, and a surname whose word is not among them is searched for.
    private readonly HashSet<string>? _filed;

    /// <param name="texts">The texts; they are read without their accents (<see cref="Diacritics.Strip"/>), offsets unchanged.</param>
    /// <param name="surnames">The surnames that will be asked for, when known: only their words are filed. Any other surname is still found, by a search of every text.</param>
    public SurnameMentions(IEnumerable<string> texts, IEnumerable<string>? surnames = null)
    {
        if (surnames is not null)
        {
            _filed = new HashSet<string>(StringComparer.Ordinal);
            foreach (string surname in surnames)
            {
                if (KeyWordOf(surname) is { } word)
                {
                    _filed.Add(word);
                }
            }
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var filed = _filed?.GetAlternateLookup<ReadOnlySpan<char>>();
        // Surnames are nearly always written with a capital: when every word filed begins with one, a word that does not
        // cannot be among them, and is passed over without a lookup (most of a paper's words).
        bool capitalsOnly = _filed is not null && _filed.All(word => char.IsUpper(word[0]));
        foreach (string text in texts)
        {
            string plain = Diacritics.Strip(text);
            int index = _plain.Count;
            _plain.Add(plain);
            for (int i = capitalsOnly ? NextCapital(plain, 0) : 0; i < plain.Length;)
            {
                if (!char.IsLetter(plain[i]))
                {
                    i = capitalsOnly ? NextCapital(plain, i + 1) : i + 1;
                    continue;
                }

                int start = i;
                while (i < plain.Length && char.IsLetter(plain[i]))
                {
                    i++;
                }

                // With capitals only, a word is read from each capital on: one that no letter stands before begins a word
                // (a capital inside a word, "McDonald", does not), and the words with a small letter are passed over.
                if (!capitalsOnly || (char.IsUpper(plain[start]) && (start == 0 || !char.IsLetter(plain[start - 1]))))
                {
                    Add(plain.AsSpan(start, i - start), index, start, lookup, filed);
                }

                if (capitalsOnly)
                {
                    i = NextCapital(plain, i);
                }
            }
        }
    }

    // Files a word where it stands, when it is one of the words filed.
    private static void Add(ReadOnlySpan<char> word, int text, int start, Dictionary<string, List<(int Text, int Start)>>.AlternateLookup<ReadOnlySpan<char>> lookup, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? filed)
    {
        if (filed is { } wanted && !wanted.Contains(word))
        {
            return;
        }

        if (!lookup.TryGetValue(word, out var list))
        {
            list = [];
            lookup[word] = list;
        }

        list.Add((text, start));
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> that holds a capital (A to Z, or any character past ASCII, which
    /// the caller asks of), found with vectorised searches; the text's length when there is none.
    /// </summary>
    private static int NextCapital(string text, int from)
    {
        var rest = text.AsSpan(from);
        int ascii = rest.IndexOfAnyInRange('A', 'Z');
        int other = (ascii < 0 ? rest : rest[..ascii]).IndexOfAnyExceptInRange('\0', '\u007F');
        int found = other >= 0 ? other : ascii;
        return found < 0 ? text.Length : from + found;
    }

    /// <summary>True when the surname has a word that is not a particle, the word looked for.</summary>
    public static bool HasKeyWord(string surname) => surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !NameWords.IsParticle(w));

    /// <summary>
    /// Where each mention of the surname ends: the index of the text and the offset after the mention, in the texts'
    /// order and then in reading order. A surname that is only particles has no word to look for (an error, when there
    /// are texts to look in; callers check <see cref="HasKeyWord"/>).
    /// </summary>
    public IEnumerable<(int Text, int End)> Ends(string surname)
    {
        if (_plain.Count == 0)
        {
            yield break;
        }

        string plainKey = PlainKey(surname);
        if (plainKey.Length == 0)
        {
            yield break;
        }

        // Where the key stands between non-letters, its first run of letters stands as a whole word of the text.
        int first = 0;
        while (first < plainKey.Length && !char.IsLetter(plainKey[first]))
        {
            first++;
        }

        if (first == plainKey.Length || (_filed is not null && !_filed.Contains(FirstWord(plainKey, first))))
        {
            for (int t = 0; t < _plain.Count; t++)
            {
                foreach (int end in EndsIn(_plain[t], plainKey))
                {
                    yield return (t, end);
                }
            }

            yield break;
        }

        if (!_words.TryGetValue(FirstWord(plainKey, first), out var places))
        {
            yield break;
        }

        foreach (var (t, start) in places)
        {
            string text = _plain[t];
            int at = start - first;
            int end = at + plainKey.Length;
            if (at >= 0 && end <= text.Length && string.CompareOrdinal(text, at, plainKey, 0, plainKey.Length) == 0 && IsWord(text, at, end))
            {
                yield return (t, end);
            }
        }
    }

    /// <summary>The word of a surname that is looked for, accents stripped: its last word that is not a particle. A surname of particles only has none (an error).</summary>
    private static string PlainKey(string surname) =>
        Diacritics.Strip(surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(w => !NameWords.IsParticle(w)));

    /// <summary>The run of letters of <paramref name="plainKey"/> that begins at <paramref name="first"/>: the word filed for it.</summary>
    private static string FirstWord(string plainKey, int first)
    {
        int last = first;
        while (last < plainKey.Length && char.IsLetter(plainKey[last]))
        {
            last++;
        }

        return plainKey[first..last];
    }

    /// <summary>The word filed for a surname, or null when it has none to file (particles only, or no letter).</summary>
    private static string? KeyWordOf(string surname)
    {
        if (!HasKeyWord(surname))
        {
            return null;
        }

        string plainKey = PlainKey(surname);
        int first = 0;
        while (first < plainKey.Length && !char.IsLetter(plainKey[first]))
        {
            first++;
        }

        return first == plainKey.Length ? null : FirstWord(plainKey, first);
    }

    /// <summary>True when the surname stands in one of the texts.</summary>
    public bool Mentions(string surname) => Ends(surname).Any();

    /// <summary>Where each mention of <paramref name="plainKey"/> as a word ends in <paramref name="plainText"/>, both without accents.</summary>
    private static IEnumerable<int> EndsIn(string plainText, string plainKey)
    {
        for (int at = plainText.IndexOf(plainKey, StringComparison.Ordinal); at >= 0; at = plainText.IndexOf(plainKey, at + 1, StringComparison.Ordinal))
        {
            int end = at + plainKey.Length;
            if (IsWord(plainText, at, end))
            {
                yield return end;
            }
        }
    }

    private static bool IsWord(string text, int at, int end) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
}
