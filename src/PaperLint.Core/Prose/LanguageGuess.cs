using System.Collections.Frozen;

namespace PaperLint.Core.Prose;

/// <summary>
/// A light guess at the language of a text (English, German, French, Spanish, Italian, Portuguese or Dutch) from how
/// often it uses each language's most frequent function words. Files often declare no language or the wrong
/// one (Word's default is en-US whatever the author writes), while a paragraph's articles and conjunctions
/// rarely lie. Words two of these languages share (<c>que</c>, <c>la</c>, <c>il</c>, <c>a</c>) are left out,
/// so that every hit is evidence for one language only.
/// </summary>
internal static class LanguageGuess
{
    /// <summary>The languages guessed, as primary subtags, in the order of <see cref="LanguageScore"/>'s counts.</summary>
    public static readonly string[] Languages = ["en", "de", "fr", "es", "it", "pt", "nl"];

    // Longer words are none of the function words, so they need no lower-casing.
    private const int MaxWordLength = 8;

    private static readonly FrozenDictionary<string, int> Words = BuildWords();

    /// <summary>Counts the words of <paramref name="text"/> and the function words of each language among them.</summary>
    public static LanguageScore Score(ReadOnlySpan<char> text)
    {
        var score = new LanguageScore();
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordLength];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            score.Words++;
            int length = i - start;
            if (length > MaxWordLength)
            {
                continue;
            }

            text.Slice(start, length).ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower[..length], out int language) && !IsEtAl(text, start, i))
            {
                score.Hits[language]++;
            }
        }

        return score;
    }

    // "et al." cites in every language; it is no French.
    private static bool IsEtAl(ReadOnlySpan<char> text, int start, int end) =>
        end - start == 2 && text.Slice(start, 2).Equals("et", StringComparison.OrdinalIgnoreCase)
        && text[end..].StartsWith(" al", StringComparison.Ordinal) && (end + 3 == text.Length || !char.IsLetter(text[end + 3]));

    private static FrozenDictionary<string, int> BuildWords()
    {
        // The commonest words of each language that none of the other five uses as commonly.
        string[][] lists =
        [
            ["the", "and", "of", "to", "is", "that", "it", "for", "with", "are", "was", "were", "this", "be", "by", "which", "from", "have", "has", "not", "or", "their", "they", "we", "these", "been", "at", "can", "would", "its"],
            ["der", "die", "und", "nicht", "ist", "ein", "eine", "einer", "eines", "einem", "zu", "den", "von", "mit", "sich", "auf", "für", "im", "dem", "auch", "wird", "wurde", "sind", "wie", "bei", "aus", "nach", "oder", "werden", "noch", "nur", "dass", "sie", "er", "hat", "kann", "ich", "wir", "zur", "zum", "vom"],
            ["le", "les", "est", "et", "une", "du", "pour", "dans", "qui", "pas", "sur", "au", "aux", "sont", "ce", "cette", "avec", "ne", "des", "elle", "nous", "vous", "ont", "été", "être", "leur", "ces", "ses", "je", "par", "comme", "où", "lui", "était", "très", "peut", "aussi"],
            ["el", "los", "las", "y", "sus", "más", "pero", "está", "están", "fue", "muy", "también", "estos", "cuando", "donde", "hay", "hasta", "puede", "según", "otros", "tiene", "mismo", "había", "pueden", "ya", "aunque", "sino", "esto", "eso", "unos", "unas", "ello", "hacia", "qué", "él"],
            ["che", "non", "della", "di", "è", "gli", "delle", "dei", "nel", "nella", "nei", "alla", "degli", "sono", "anche", "questo", "questa", "questi", "più", "ai", "dal", "dalla", "sul", "sulla", "essere", "stato", "quello", "tra", "cui", "hanno", "ed"],
            ["não", "uma", "os", "do", "dos", "em", "na", "nas", "é", "ao", "aos", "também", "pelo", "pela", "pelos", "foi", "são", "isso", "seu", "muito", "num", "numa", "já", "ele", "ela", "então", "assim", "ainda", "às", "essa", "esse"],
            ["het", "een", "niet", "zijn", "wordt", "werd", "ook", "maar", "bij", "naar", "deze", "voor", "hebben", "heeft", "worden", "wij", "zij", "dat", "aan", "uit", "om", "hun", "meer", "geen", "nog", "onze", "tussen"],
        ];
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int language = 0; language < lists.Length; language++)
        {
            foreach (string word in lists[language])
            {
                // A word listed for two languages would be evidence for both; the lists must not share one.
                words.Add(word, language);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>How many words a text has, and how many of them are function words of each guessed language.</summary>
internal sealed class LanguageScore
{
    /// <summary>Words of the text (runs of letters).</summary>
    public int Words { get; set; }

    /// <summary>Function-word hits per language, indexed as <see cref="LanguageGuess.Languages"/>.</summary>
    public int[] Hits { get; } = new int[LanguageGuess.Languages.Length];

    public void Add(LanguageScore other)
    {
        Words += other.Words;
        for (int i = 0; i < Hits.Length; i++)
        {
            Hits[i] += other.Hits[i];
        }
    }

    /// <summary>
    /// The language the text is clearly written in: at least <paramref name="minHits"/> function words of it,
    /// at least three times as many as of any other language, and at least one word in twenty (tables and formulas have words too); else null.
    /// </summary>
    public string? Clear(int minHits)
    {
        int best = 0;
        for (int i = 1; i < Hits.Length; i++)
        {
            if (Hits[i] > Hits[best])
            {
                best = i;
            }
        }

        int second = Hits.Where((_, i) => i != best).Max();
        bool clear = Hits[best] >= minHits && Hits[best] >= 3 * second && Hits[best] * 20 >= Words;
        return clear ? LanguageGuess.Languages[best] : null;
    }
}
