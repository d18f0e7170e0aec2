using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// One value of a <c>capitalization</c> rule's <c>match</c>: says what a stretch of text would look like in the
/// style, and whether the text is close enough to that. <paramref name="Exceptions"/> are words whose case is right
/// as written.
/// </summary>
internal abstract class CaseStyle(ValeExceptions exceptions)
{
    // A word as Vale counts words when it compares a text with its expected form: from its first letter or digit to
    // the next white space. Vale also takes '*', the mask it puts over code; our text has one placeholder instead.
    protected const string WordPattern = @"[\p{N}\p{L}" + "\uFFFC" + @"]+\S*";

    private Regex? _words;
    private Regex[]? _each;

    protected ValeExceptions Exceptions { get; } = exceptions;

    /// <summary>Whether to offer the expected form as a suggestion (not for a regular expression, which is no text).</summary>
    public virtual bool Suggests => true;

    /// <summary>
    /// The text as the style writes it, and whether <paramref name="text"/> passes; <paramref name="counts"/> tells
    /// whether the word at an offset and length of the text is the author's (words in quotations keep their case).
    /// </summary>
    public abstract (string Expected, bool Passes) Judge(string text, Func<int, int, bool> counts);

    /// <summary>What a style says of a word of the text that is not as its expected form writes it.</summary>
    protected enum Disagreement
    {
        /// <summary>It counts against the text.</summary>
        Counts,

        /// <summary>The style lets it pass all the same (a word in capitals in a title).</summary>
        Passes,

        /// <summary>The text fails whatever its other words do (a first word a sentence may not start with).</summary>
        FailsText,
    }

    /// <summary>
    /// <c>$sentence</c> and <c>$title</c> alike: the text (its <paramref name="prefix"/> left alone) turned into the
    /// style's form, then compared word by word; the text passes when at least <paramref name="threshold"/> of its words
    /// agree. A word agrees when it is as the expected form writes it, an exception occurs in it, it is not the author's
    /// (<paramref name="counts"/>), or <paramref name="disagreement"/> lets it pass.
    /// </summary>
    protected (string Expected, bool Passes) JudgeWords(
        string text,
        LazyRegex? prefix,
        Func<string, string> convert,
        double threshold,
        Func<int, int, bool> counts,
        Func<int, string, string, Disagreement> disagreement)
    {
        var (kept, rest) = SplitPrefix(prefix, text);
        string expected = kept + convert(rest);
        var words = WordsOf(text);
        if (words.Count == 0)
        {
            return (expected, true);
        }

        var wanted = WordsOf(expected);
        double agreeing = 0;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i].Value;
            if (i >= wanted.Count || word == wanted[i].Value || Exceptions.Match(word) || !counts(words[i].Index, words[i].Length))
            {
                agreeing++;
                continue;
            }

            switch (disagreement(i, word, wanted[i].Value))
            {
                case Disagreement.Passes:
                    agreeing++;
                    break;
                case Disagreement.FailsText:
                    return (expected, false);
            }
        }

        return (expected, agreeing / words.Count >= threshold);
    }

    /// <summary>The words of a text, an exception being one word however many it has (<c>Visual Studio</c>).</summary>
    protected MatchCollection WordsOf(string text)
    {
        _words ??= ValeExceptions.Compile(Exceptions.Alternation is { } alternation ? $"{alternation}|{WordPattern}" : WordPattern);
        return _words.Matches(text);
    }

    /// <summary>
    /// True when an exception (or an accepted term of a <c>.vale.ini</c>'s vocabulary) matches inside
    /// <paramref name="word"/>: the style then keeps the word as written.
    /// </summary>
    protected bool IsException(string word)
    {
        _each ??= [.. Exceptions.Terms.Select(t => ValeExceptions.Compile(t))];
        return _each.Any(e => e.IsMatch(word));
    }

    /// <summary>The first letter (a whole surrogate pair) in upper case; the rest lowered when <paramref name="lowerRest"/>.</summary>
    public static string UpperFirst(string word, bool lowerRest)
    {
        if (word.Length == 0)
        {
            return word;
        }

        int n = char.IsHighSurrogate(word[0]) && word.Length > 1 ? 2 : 1;
        string rest = lowerRest ? word[n..].ToLowerInvariant() : word[n..];
        return word[..n].ToUpperInvariant() + rest;
    }

    /// <summary>Removes a leading <c>prefix</c> match (<c>a. </c> before a heading) that the style leaves as it is.</summary>
    protected static (string Prefix, string Remainder) SplitPrefix(LazyRegex? prefix, string text)
    {
        var match = prefix?.Value.Match(text);
        return match is { Success: true, Index: 0, Length: > 0 } ? (match.Value, text[match.Length..]) : ("", text);
    }

    /// <summary><c>$lower</c> and <c>$upper</c>: the whole text in one case, unless an exception occurs in it.</summary>
    public sealed class Fixed(ValeExceptions exceptions, bool upper) : CaseStyle(exceptions)
    {
        public override (string Expected, bool Passes) Judge(string text, Func<int, int, bool> counts)
        {
            string expected = upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
            return (expected, text == expected || Exceptions.Match(text));
        }
    }

    /// <summary>A regular expression: the text passes when it matches somewhere in it, or an exception occurs in it.</summary>
    public sealed class Pattern(ValeExceptions exceptions, string pattern) : CaseStyle(exceptions)
    {
        private Regex? _regex;

        public override bool Suggests => false;

        public override (string Expected, bool Passes) Judge(string text, Func<int, int, bool> counts)
        {
            _regex ??= ValeExceptions.Compile(pattern);
            return (pattern, _regex.IsMatch(text) || Exceptions.Match(text));
        }
    }
}
