using System.Text;
using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>match: $sentence</c>, as Vale judges it: the expected form has its first word capitalised and every other
/// word in lower case, except a word an exception matches in (kept as written) and the word after an indicator (a word ending in
/// one of <c>indicators</c>, such as <c>:</c>, or a first word holding <c>1.</c>). The text passes when at least
/// <c>threshold</c> of its words agree with that form, an exception or a word in a quotation agreeing always; a
/// first word that disagrees and is not simply capitalised (<c>this</c>, <c>iOS</c>) fails the text at once.
/// </summary>
internal sealed class SentenceCase : CaseStyle
{
    private static readonly Regex NumberedItem = ValeExceptions.Compile(@"\d+\.");

    private readonly string[] _indicators;
    private readonly LazyRegex? _prefix;
    private readonly double _threshold;

    public SentenceCase(ValeExceptions exceptions, string[] indicators, LazyRegex? prefix, double threshold)
        : base(exceptions)
    {
        _indicators = indicators;
        _prefix = prefix;
        _threshold = threshold;
    }

    public override (string Expected, bool Passes) Judge(string text, Func<int, int, bool> counts) =>
        JudgeWords(text, _prefix, Convert, _threshold, counts, (i, word, _) =>
            i == 0 && word != TitleEachPart(word.ToLowerInvariant()) ? Disagreement.FailsText : Disagreement.Counts);

    /// <summary>The text in sentence case; what lies between words (spaces, punctuation) stays as it is.</summary>
    private string Convert(string text)
    {
        var result = new StringBuilder(text.Length);
        int at = 0;
        string previous = "";
        int i = 0;
        foreach (Match word in WordsOf(text))
        {
            result.Append(text, at, word.Index - at);
            string value = word.Value;
            result.Append(
                IsException(value) ? value
                : i == 0 || IsIndicator(previous, i - 1) ? UpperFirst(value, lowerRest: true)
                : value.ToLowerInvariant());
            at = word.Index + word.Length;
            previous = value;
            i++;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private bool IsIndicator(string word, int index) =>
        _indicators.Any(i => word.EndsWith(i, StringComparison.Ordinal)) || (index == 0 && NumberedItem.IsMatch(word));

    /// <summary>Go's <c>strings.Title</c>, which Vale uses on a first word: each letter after an ASCII non-alphanumeric or a space raised.</summary>
    private static string TitleEachPart(string word)
    {
        var result = new StringBuilder(word.Length);
        bool afterSeparator = true;
        foreach (char c in word)
        {
            result.Append(afterSeparator && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
            afterSeparator = char.IsAscii(c) ? !(char.IsAsciiLetterOrDigit(c) || c == '_') : char.IsWhiteSpace(c);
        }

        return result.ToString();
    }
}
