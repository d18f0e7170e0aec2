namespace PaperLint.Core.Citations;

/// <summary>
/// The inline quotations read so far, filed by their telling words (<see cref="QuotedWords.Places"/>), so that a phrase
/// quoted again is checked against the quotations that share its rarest word, not against every quotation before it.
/// </summary>
/// <remarks>
/// Each word is kept once, as a number, and a quotation as the ordered numbers of its words: a long paper quotes tens of
/// thousands of times, and a set of lower-cased strings for each quotation was most of what its attribution held while
/// it was made.
/// </remarks>
internal sealed class EarlierQuotations
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // By word number, the quotations that hold the word; by quotation, the numbers of its words in ascending order.
    private readonly List<List<int>> _quotations = [];
    private readonly List<int[]> _words = [];

    private readonly List<(int Start, int Length)> _places = [];
    private readonly List<int> _reading = [];
    private char[] _lower = new char[64];

    public EarlierQuotations()
    {
        _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(Quotation quotation)
    {
        Read(quotation, add: true);
        int index = _words.Count;
        var words = _reading.ToArray();
        _words.Add(words);
        foreach (int word in words)
        {
            _quotations[word].Add(index);
        }
    }

    /// <summary>True when every telling word of <paramref name="quotation"/>, three or more, is in one quotation added before.</summary>
    public bool Repeat(Quotation quotation)
    {
        // A word no quotation has settles it.
        if (!Read(quotation, add: false) || _reading.Count < QuotedWords.MinWords)
        {
            return false;
        }

        // A quotation that holds every word of this one holds its rarest.
        List<int>? rarest = null;
        foreach (int word in _reading)
        {
            if (rarest is null || _quotations[word].Count < rarest.Count)
            {
                rarest = _quotations[word];
            }
        }

        foreach (int earlier in rarest!)
        {
            if (Holds(_words[earlier], _reading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The numbers of the quotation's telling words, each once, in ascending order, into <see cref="_reading"/>; a word
    /// not yet numbered is numbered when <paramref name="add"/>, or else ends the reading with false.
    /// </summary>
    private bool Read(Quotation quotation, bool add)
    {
        _reading.Clear();
        string text = quotation.First.Text;
        foreach (var (start, length) in QuotedWords.Places(quotation, _places))
        {
            if (_lower.Length < length)
            {
                _lower = new char[Math.Max(length, _lower.Length * 2)];
            }

            var lower = _lower.AsSpan(0, length);
            text.AsSpan(start, length).ToLowerInvariant(lower);
            if (!_lookup.TryGetValue(lower, out int number))
            {
                if (!add)
                {
                    return false;
                }

                number = _numbers.Count;
                _numbers.Add(lower.ToString(), number);
                _quotations.Add([]);
            }

            _reading.Add(number);
        }

        _reading.Sort();
        int kept = 0;
        for (int i = 0; i < _reading.Count; i++)
        {
            if (kept == 0 || _reading[i] != _reading[kept - 1])
            {
                _reading[kept++] = _reading[i];
            }
        }

        _reading.RemoveRange(kept, _reading.Count - kept);
        return true;
    }

    /// <summary>True when every number of <paramref name="words"/> is in <paramref name="quotation"/>; both ascending.</summary>
    private static bool Holds(int[] quotation, List<int> words)
    {
        int at = 0;
        foreach (int word in words)
        {
            while (at < quotation.Length && quotation[at] < word)
            {
                at++;
            }

            if (at == quotation.Length || quotation[at] != word)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
