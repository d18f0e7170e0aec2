using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// What <c>Attribution.Uncited</c> asks of the paper's text about an entry's author, answered from indexes built once
/// per check: the years its citations give, where the surname stands in the prose and the notes, the years a few words
/// after it, and the citation keys typed in the text. Asking for each entry in turn is then a lookup, not a pass over
/// every citation and every paragraph.
/// </summary>
internal sealed class NamesInText
{
    /// <summary>Words that may stand between a surname and its year: "Hardy 2011", "Bellamy and colleagues (2023)".</summary>
    private const int WordsToYear = 4;

    // How much of the text after an '@' the ordered places compare: more than any name and year.
    private const int KeyReach = 128;

    private readonly DocumentAnalysis _analysis;
    private readonly IReadOnlyList<string> _prose;
    private readonly List<string> _surnames;
    private readonly SurnameMentions _proseMentions;
    private readonly SurnameIndex<string?> _citedYears = new();
    // Every '@' of the prose (the text it stands in, its place), ordered by what follows it, case aside: the places
    // whose text begins with a key stand together, so a key is found by a binary search, not by trying every '@'.
    private readonly (int Text, int At)[] _keys;
    private readonly Dictionary<string, bool> _inProse = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _yearsAfter = new(StringComparer.Ordinal);
    private SurnameMentions? _noteMentions;
    private List<(FootnoteDef Note, string Text)>? _notes;
    private string?[]? _noteTitles;
    private SurnameMentions? _noteBodies;

    /// <param name="analysis">The paper's analysis.</param>
    /// <param name="prose">The paper's prose, accents stripped, where an author's name and year may stand.</param>
    /// <param name="citations">The citations that may cite an entry, each with its first author.</param>
    public NamesInText(DocumentAnalysis analysis, IReadOnlyList<string> prose, IEnumerable<Citation> citations)
    {
        _analysis = analysis;
        _prose = prose;
        // The entries' first authors are the surnames asked for: only their words are filed.
        _surnames = analysis.Entries.Where(e => e.Authors.Count > 0).Select(e => e.Authors[0]).Distinct(StringComparer.Ordinal).ToList();
        _proseMentions = new SurnameMentions(prose, _surnames);
        var seen = new HashSet<(string, string?)>();
        foreach (var citation in citations)
        {
            if (seen.Add((citation.Authors[0], citation.Year)))
            {
                _citedYears.Add(citation.Authors[0], citation.Year);
            }
        }

        // The prose comes with its accents stripped: a citation key is looked for in it as it stands.
        var keys = new List<(int Text, int At)>();
        for (int t = 0; t < prose.Count; t++)
        {
            string text = prose[t];
            for (int at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
            {
                if (at + 1 < text.Length)
                {
                    keys.Add((t, at));
                }
            }
        }

        _keys = [.. keys];
        Array.Sort(_keys, (a, b) => Following(a).CompareTo(Following(b), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The prose from a key's '@' on, as far as a key may reach (two places with the same text compare no further).</summary>
    private ReadOnlySpan<char> Following((int Text, int At) place)
    {
        string text = _prose[place.Text];
        return text.AsSpan(place.At, Math.Min(KeyReach, text.Length - place.At));
    }

    /// <summary>The years the citations of <paramref name="surname"/> give (null: a citation without one), repeats left out.</summary>
    public IReadOnlyList<string?> CitedYears(string surname) => _citedYears.Matching(surname);

    /// <summary>True when a citation names <paramref name="surname"/> as its first author.</summary>
    public bool IsCited(string surname) => _citedYears.Any(surname);

    /// <summary>True when the prose names the surname as a word (accents aside).</summary>
    public bool InProse(string surname)
    {
        if (!_inProse.TryGetValue(surname, out bool found))
        {
            _inProse[surname] = found = _proseMentions.Mentions(surname);
        }

        return found;
    }

    /// <summary>
    /// True when the prose has the surname followed within a few words by the year ("Hardy 2011", "Bellamy and
    /// colleagues (2023)"), or the two in a citation key that was never turned into a citation ("@morlon2009").
    /// </summary>
    /// <param name="year">An entry's year as a year is written, four characters or more beginning with a digit ("2011",
    /// "2011a"): only such words are looked for after a name.</param>
    public bool WithYear(string surname, string year)
    {
        string key = "@" + NameWords.Key(surname).Replace(" ", "", StringComparison.Ordinal) + year;
        if (!SurnameMentions.HasKeyWord(surname))
        {
            // A surname of particles only has no word to look for: the search fails (throws) at the first text
            // without the key, as it always has.
            return _prose.Count > 0 && (_prose[0].Contains(key, StringComparison.OrdinalIgnoreCase) || _proseMentions.Mentions(surname));
        }

        return HasKey(key) || YearsAfter(surname).Contains(year);
    }

    /// <summary>True when a note that gives a source names the entry's author and its year or title.</summary>
    public bool InCitingNote(ReferenceEntry entry)
    {
        _notes ??= _analysis.Document.FootnoteDefs.Select(n => (n, n.Text)).ToList();
        _noteMentions ??= new SurnameMentions(_notes.Select(n => n.Text), _surnames);
        _noteTitles ??= new string?[_notes.Count];
        var titles = TitleText.CandidatesOf(entry, _analysis.References);
        int previous = -1;
        foreach (var (index, _) in _noteMentions.Ends(entry.Authors[0]))
        {
            if (index == previous)
            {
                continue;
            }

            previous = index;
            var (note, text) = _notes[index];
            if (_analysis.IsCitingNote(note) && ((entry.BareYear is { } bare && text.Contains(bare, StringComparison.Ordinal)) || titles.Any(t => NormalizedTitle(index).Contains(" " + t + " ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a note's paragraph names the surname as a word (accents aside).</summary>
    public bool InNotes(string surname)
    {
        _noteBodies ??= new SurnameMentions(_analysis.Document.Blocks.Where(b => b.Kind == BlockKind.FootnoteBody).Select(b => b.Text), _surnames);
        return _noteBodies.Mentions(surname);
    }

    /// <summary>A note's text as titles are compared, with a space at either end.</summary>
    private string NormalizedTitle(int index) => _noteTitles![index] ??= " " + TitleText.Normalize(_notes![index].Text) + " ";

    /// <summary>True when a citation key is typed in the prose, case aside.</summary>
    private bool HasKey(string key)
    {
        if (key.Length > KeyReach)
        {
            return _keys.Any(place => _prose[place.Text].AsSpan(place.At).StartsWith(key, StringComparison.OrdinalIgnoreCase));
        }

        // The first place whose text is not before the key: a text that begins with the key sorts after the key and
        // before any text that differs from it earlier, so if any place begins with the key, this one does.
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Following(_keys[middle]).CompareTo(key, StringComparison.OrdinalIgnoreCase) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _keys.Length && Following(_keys[low]).StartsWith(key, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The words that may be the year of a mention of the surname: up to four after each mention, up to the first
    /// that is not a co-author or a join ("and", "et al.", "colleagues"), that one included.
    /// </summary>
    private HashSet<string> YearsAfter(string surname)
    {
        if (_yearsAfter.TryGetValue(surname, out var years))
        {
            return years;
        }

        years = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (t, end) in _proseMentions.Ends(surname))
        {
            // The words of the next 80 characters, as white space parts them; only a word that may be an entry's year
            // (four characters or more, opening with a digit) is kept as a string.
            string text = _prose[t];
            var rest = text.AsSpan(end, Math.Min(text.Length, end + 80) - end);
            for (int taken = 0; taken < WordsToYear; taken++)
            {
                int start = 0;
                while (start < rest.Length && char.IsWhiteSpace(rest[start]))
                {
                    start++;
                }

                if (start == rest.Length)
                {
                    break;
                }

                int stop = start;
                while (stop < rest.Length && !char.IsWhiteSpace(rest[stop]))
                {
                    stop++;
                }

                var word = rest[start..stop];
                rest = rest[stop..];
                var bare = word.Trim("()[],;.:");
                if (bare.Length >= 4 && char.IsAsciiDigit(bare[0]))
                {
                    years.Add(bare.ToString());
                }

                // Only co-authors and their joins stand between: another year or other words end the search.
                bool between = bare is "and" or "&" or "et" or "al" or "colleagues" or "coworkers" or "co-workers" or "others" or "'s" or "\u2019s"
                    || (NameWords.HasNameShape(bare) && word[0] != '(');
                if (!between)
                {
                    break;
                }
            }
        }

        _yearsAfter[surname] = years;
        return years;
    }
}
