using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// The <c>exceptions</c> of a repetition rule. Each names a whole copy (<c>that</c>, <c>had</c>) or the whole
/// doubled phrase (<c>bye bye</c>), and is matched where the copies stand in the block's text, so that it may look
/// at the words around them with lookarounds: a German relative pronoun after a comma (<c>(?&lt;=,\s)die</c>) or
/// a preposition before a Latin phrase that begins with it (<c>in(?=\sin\svitro)</c>). Each exception is a
/// regular expression of its own, so one that names a copy never hides one that names the doubled phrase.
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
    /// True when an exception covers the copies at <paramref name="start"/> of <paramref name="text"/>: exactly the
    /// first copy (to <paramref name="copyEnd"/>) or exactly the doubled phrase (to <paramref name="doubledEnd"/>).
    /// </summary>
    public bool Cover(string text, int start, int copyEnd, int doubledEnd)
    {
        foreach (var entry in _entries)
        {
            var match = entry.Match(text, start);
            if (match.Success && match.Index + match.Length is var end && (end == copyEnd || end == doubledEnd))
            {
                return true;
            }
        }

        return false;
    }
}
