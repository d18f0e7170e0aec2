namespace PaperLint.Core.Citations;

/// <summary>
/// The inline quotations read so far, filed by their telling words (<see cref="QuotedWords.Of"/>), so that a phrase
/// quoted again is checked against the quotations that share its rarest word, not against every quotation before it.
/// </summary>
internal sealed class EarlierQuotations
{
    private readonly List<HashSet<string>> _words = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

    public void Add(Quotation quotation)
    {
        var words = QuotedWords.Of(quotation);
        int index = _words.Count;
        _words.Add(words);
        foreach (string word in words)
        {
            if (!_byWord.TryGetValue(word, out var list))
            {
                _byWord[word] = list = [];
            }

            list.Add(index);
        }
    }

    /// <summary>True when every telling word of <paramref name="quotation"/>, three or more, is in one quotation added before.</summary>
    public bool Repeat(Quotation quotation)
    {
        var words = QuotedWords.Of(quotation);
        if (words.Count < QuotedWords.MinWords)
        {
            return false;
        }

        // A quotation that holds every word of this one holds its rarest; one word no quotation has settles it.
        List<int>? rarest = null;
        foreach (string word in words)
        {
            if (!_byWord.TryGetValue(word, out var list))
            {
                return false;
            }

            if (rarest is null || list.Count < rarest.Count)
            {
                rarest = list;
            }
        }

        return rarest!.Any(i => words.IsSubsetOf(_words[i]));
    }
}
