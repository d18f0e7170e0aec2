using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// The <c>exceptions</c> of a repetition rule. Each names a whole copy (<c>that</c>, <c>had</c>) or the whole
/// doubled phrase (<c>bye bye</c>), and is matched where the copies stand in the block's text, so that it may look
/// at the words around them with lookarounds: a German relative pronoun after a comma (<c>(?&lt;=,\s)die</c>) or
/// a preposition before a Latin phrase that begins with it (<c>in(?=\sin\svitro)</c>). Each exception is a
/// regular expression of its own, so one that names a copy never hides one that names the doubled phrase. An exception
/// sees <see cref="Reach"/> characters of the paragraph either side of the copies, not the whole paragraph.
/// </summary>
internal sealed class RepetitionExceptions
{
    private readonly Regex[] _entries;

    private RepetitionExceptions(Regex[] entries)
    {
        _entries = entries;
    }

    public static RepetitionExceptions Compile(RuleYaml yaml, IReadOnlyList<RuleYaml.Entry> exceptions, bool ignoreCase)
    {
        foreach (var exception in exceptions)
        {
            PatternCompiler.Validate(yaml, exception);
        }

        // \G anchors an exception where the copies begin; its length must reach to the end of a copy or of the phrase.
        return new([.. exceptions.Select(e => new Regex($@"\G(?:{e.Text})", PatternCompiler.Options(ignoreCase), PatternCompiler.MatchTimeout))]);
    }

    /// <summary>
    /// How many characters before the copies and after the doubled phrase an exception's lookarounds see. An exception
    /// that reads on over words (<c>\p{L}+(?:\s+\p{L}+)+(?=\s*\[sic\])</c>) or back over a remark
    /// (<c>(?&lt;=\([^()]*\)\s*)</c>) read to the paragraph's end or start at each doubled word: on a paragraph of 400,000
    /// characters of doubled words, one line of a long text file, the rule took 56 s, its time growing with the paragraph's length times
    /// its doubled words. What an exception looks at is the copies' neighbourhood: a remark next to them, the word before.
    /// </summary>
    internal const int Reach = 1_000;

    /// <summary>
    /// True when an exception covers the copies at <paramref name="start"/> of <paramref name="text"/>: exactly the
    /// first copy (to <paramref name="copyEnd"/>) or exactly the doubled phrase (to <paramref name="doubledEnd"/>).
    /// </summary>
    public bool Cover(string text, int start, int copyEnd, int doubledEnd)
    {
        int from = Math.Max(0, start - Reach);
        var window = text.AsSpan(from, Math.Min(text.Length, doubledEnd + Reach) - from);
        foreach (var entry in _entries)
        {
            // The \G of the exception holds only where the search begins: the first match is there or nowhere.
            foreach (var match in entry.EnumerateMatches(window, start - from))
            {
                int end = from + match.Index + match.Length;
                if (from + match.Index == start && (end == copyEnd || end == doubledEnd))
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }
}
