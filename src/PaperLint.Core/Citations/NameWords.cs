using System.Text;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Citations;

/// <summary>
/// What a personal or institutional name looks like in a citation or a reference entry, and how two
/// spellings of one surname are matched: particles (de, van, von) and diacritics are ignored, so that
/// <c>Zizek</c> finds <c>Žižek</c> (the Names rules report the spelling) and <c>Beauvoir</c> finds <c>de Beauvoir</c>.
/// </summary>
internal static class NameWords
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "der", "des", "di", "du", "da", "dos", "das", "van", "von", "le", "la", "ten", "ter",
        "den", "op", "af", "zu", "y", "bin", "ibn", "al", "el", "dal", "degli",
    };

    // Capitalised words that open sentences or name things, never authors: "As Rose (2001) argues", "(In 1903, …)".
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "In", "On", "At", "By", "To", "Of", "For", "From", "With", "Without", "Within", "Into", "During",
        "After", "Before", "Since", "Until", "Till", "Between", "Among", "Around", "About", "Circa", "Ca", "And", "But",
        "Or", "Nor", "Yet", "So", "As", "If", "When", "While", "Where", "Whereas", "Although", "Though", "Because",
        "Unlike", "Like", "Following", "According", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
        "We", "I", "His", "Her", "Their", "Our", "My", "Your", "Here", "There", "Then", "Thus", "Hence", "However",
        "Only", "Also", "Even", "Both", "Later", "Earlier", "Today", "Now", "Until", "What", "Which", "Who", "Whom",
        "Whose", "Why", "How", "Not", "No", "Yes", "Was", "Is", "Are", "Were", "Has", "Have", "Had", "Did", "Does", "Do",
        "See", "Cf", "Compare", "Quoted", "Cited", "Reprinted", "Translated", "Trans", "Ed", "Eds", "Edited",
        "Founded", "Published", "Written", "Opened", "Built", "Born", "Died", "Established", "Revised", "Est",
        "First", "Second", "Third", "Last", "Figure", "Fig", "Table", "Chapter", "Chap", "Section", "Sect", "Part",
        "Vol", "Volume", "Page", "Pages", "Note", "Notes", "Appendix", "Act", "Article", "Art", "Number", "Plate",
        "Map", "Box", "Item", "Line", "Verse", "Book", "Canto", "Scene", "Psalm", "Session", "Edition", "Issue",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Spring", "Summer", "Autumn", "Fall", "Winter", "AD", "BC", "BCE", "CE", "c",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // The last word of a run that names an event, law or body rather than a person: "the Education Act (1870)".
    private static readonly HashSet<string> ThingNouns = new(StringComparer.Ordinal)
    {
        "Act", "Acts", "Bill", "Law", "Laws", "Decree", "Treaty", "Charter", "Constitution", "Declaration", "Manifesto",
        "Programme", "Program", "Plan", "Commune", "Exhibition", "Congress", "Conference", "Council", "Committee",
        "Commission", "Report", "Revolution", "War", "Wars", "Battle", "Rising", "Uprising", "Riots", "Massacre",
        "Strike", "Election", "Census", "Reform", "Trial", "Trials", "Purge", "Purges", "Society", "Institute",
        "Institution", "Library", "Libraries", "Union", "Party", "Association", "Company", "Movement", "Church",
        "Parliament", "University", "College", "School", "Museum", "Press", "Edition", "Volume", "Chapter", "Section",
        "Figure", "Table", "Era", "Age", "Century",
    };

    public static bool IsParticle(string word) =>
        Particles.Contains(word) || ((word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("d\u2019", StringComparison.Ordinal)) && word.Length == 2);

    /// <summary>A capitalised word that can be (part of) a name: <c>Rogovin</c>, <c>Hadwen-Bennett</c>, <c>O'Brien</c>, <c>Žižek</c>, <c>d'Alembert</c>, <c>al-Farabi</c>.</summary>
    public static bool IsNameWord(string word) => HasNameShape(word) && !NotNames.Contains(word);

    /// <summary>
    /// A capitalised word of letters, as a name is spelt, whatever the word: true of "He" and "May" too, which are
    /// names only where nothing else can stand ("F. He", "Kelly, May").
    /// </summary>
    public static bool HasNameShape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        int start = 0;
        if (word.Length > 3 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)))
        {
            start = 3;
        }
        else if (word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '\u2019')
        {
            start = 2;
        }

        if (!char.IsUpper(word[start]))
        {
            return false;
        }

        for (int i = start + 1; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An initial or initials: <c>E.</c>, <c>J.-P.</c>, <c>A.C.</c>, <c>H.-V.</c>.</summary>
    public static bool IsInitial(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        bool expectLetter = true;
        char previous = '\0';
        foreach (char c in word)
        {
            if (expectLetter)
            {
                // "J.-P.": a hyphen may join two initials after the stop.
                if (c == '-' && previous == '.')
                {
                    previous = c;
                    continue;
                }

                if (!char.IsUpper(c))
                {
                    return false;
                }

                expectLetter = false;
            }
            else if (c == '.')
            {
                expectLetter = true;
            }
            else if (c != '-')
            {
                return false;
            }

            previous = c;
        }

        return word[^1] == '.';
    }

    /// <summary>A capitalised word that is never an author (sentence openers, months, "Figure", "Act").</summary>
    public static bool IsNotName(string word) => NotNames.Contains(word.TrimEnd('.', ','));

    /// <summary>A word that ends a run naming a thing rather than a person ("Act", "Commune", "Exhibition").</summary>
    public static bool IsThingNoun(string word) => ThingNouns.Contains(word);

    /// <summary>One to three capitals with no stop, as initials are written after a surname in Vancouver style ("JF").</summary>
    private static bool IsBareInitials(string word) => word.Length is >= 1 and <= 3 && word.All(char.IsUpper);

    /// <summary>The form two surnames are compared in: no particles, no diacritics, lower case, no possessive.</summary>
    /// <remarks>
    /// A paper writes a few hundred names and asks for their keys at each citation, entry and mention, over and over (an
    /// editor's server at every edit): each key is made once and kept, for the names of the last few papers.
    /// </remarks>
    public static string Key(string name)
    {
        if (Keys.TryGetValue(name, out string? key))
        {
            return key;
        }

        if (Keys.Count >= MostKeys)
        {
            Keys.Clear();
        }

        key = MakeKey(name);
        Keys.TryAdd(name, key);
        return key;
    }

    // The keys kept, name by name; let go all at once when full, so that no run of any length holds more.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private const int MostKeys = 20_000;

    private static string MakeKey(string name)
    {
        string normalized = name.Replace('\u2019', '\'').Trim();
        if (normalized.EndsWith("'s", StringComparison.Ordinal))
        {
            normalized = normalized[..^2];
        }

        // A body's name may end with an abbreviation's stop ("Northern Moth Survey Assoc.").
        if (normalized.EndsWith('.') && !IsInitial(normalized[(normalized.LastIndexOf(' ') + 1)..]))
        {
            normalized = normalized.TrimEnd('.');
        }

        var all = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Vancouver and Springer lists write initials after the surname without stops: "Tanaka Y", "Walden F von".
        var words = all
            .Where((w, i) => !IsParticle(w) && !IsInitial(w) && !(i > 0 && IsBareInitials(w)))
            .ToList();
        if (words.Count == 0)
        {
            words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return Diacritics.Strip(string.Join(' ', words)).ToLowerInvariant();
    }

    /// <summary>
    /// True when two spellings name one surname: equal keys, or one has given names before the other
    /// (<c>Jonathan Rose</c> and <c>Rose</c>).
    /// </summary>
    public static bool SameSurname(string a, string b)
    {
        string ka = Key(a);
        string kb = Key(b);
        return ka.Length > 0 && kb.Length > 0
            && (ka == kb || ka.EndsWith(" " + kb, StringComparison.Ordinal) || kb.EndsWith(" " + ka, StringComparison.Ordinal));
    }

    /// <summary>Names as a reader says them: "Serge", "Woods and Grant", "Woods et al.".</summary>
    public static string Display(IReadOnlyList<string> authors, bool etAl) => authors.Count switch
    {
        0 => "",
        1 => etAl ? authors[0] + " et al." : authors[0],
        2 when !etAl => $"{authors[0]} and {authors[1]}",
        _ => authors[0] + " et al.",
    };
}
