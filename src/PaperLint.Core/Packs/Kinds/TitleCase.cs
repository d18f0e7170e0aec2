using System.Text;
using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>match: $title</c>, as Vale judges it. The expected form capitalises the first letter of each word (a run of
/// letters and digits up to a space, hyphen or slash) and leaves the minor words in lower case where they follow a
/// space, hyphen or slash inside the title: articles, short conjunctions and prepositions (<c>a</c>, <c>and</c>,
/// <c>of</c>, <c>vs.</c>…) for AP style, and for Chicago style the longer prepositions too (<c>between</c>,
/// <c>through</c>…). The first and last words are always capitalised; a word an exception matches in is kept as written. The text
/// passes when at least <c>threshold</c> of its words agree, a word in capitals, an exception or a word in a
/// quotation agreeing always.
/// <para>
/// Vale's AP style asks a part-of-speech tagger whether <c>to</c> begins an infinitive (<c>How To Write</c>) or is
/// a preposition (<c>Back to School</c>); PaperLint has no tagger and lets either case of <c>to</c> pass.
/// </para>
/// </summary>
internal sealed class TitleCase : CaseStyle
{
    private static readonly Regex TitleWord = ValeExceptions.Compile(@"[\p{N}\p{L}][^\s\-/]*");

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the", "to", "vs", "vs.", "via", "v", "v.",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "during", "including", "until", "against", "among", "throughout", "despite", "towards", "upon", "concerning",
        "about", "over", "through", "before", "between", "after", "since", "without", "under", "within", "along", "following", "across",
        "beyond", "around", "down", "near", "above",
    };

    private readonly bool _chicago;
    private readonly LazyRegex? _prefix;
    private readonly double _threshold;

    public TitleCase(ValeExceptions exceptions, bool chicago, LazyRegex? prefix, double threshold)
        : base(exceptions)
    {
        _chicago = chicago;
        _prefix = prefix;
        _threshold = threshold;
    }

    // A word in capitals agrees; so does AP's "To" where the expected form has "to" (no tagger to tell an infinitive).
    public override (string Expected, bool Passes) Judge(string text, Func<int, int, bool> counts) =>
        JudgeWords(text, _prefix, Convert, _threshold, counts, (_, word, wanted) =>
            word == word.ToUpperInvariant() || (!_chicago && word == "To" && wanted == "to") ? Disagreement.Passes : Disagreement.Counts);

    /// <summary>The text in title case; what lies between words stays as it is.</summary>
    private string Convert(string text)
    {
        var result = new StringBuilder(text.Length);
        int at = 0;
        foreach (Match match in TitleWord.Matches(text))
        {
            result.Append(text, at, match.Index - at);
            string word = match.Value;
            int start = match.Index;
            int end = start + match.Length;
            char before = CharAt(text, start - 1);
            if (IsException(word))
            {
                result.Append(word);
            }
            else if (IsMinor(word.ToLowerInvariant(), bounding: start == 0 || end == text.Length)
                && before is ' ' or '-' or '/'
                && CharAt(text, start - 2) is not (':' or '-')
                && (CharAt(text, end) != '-' || before == '-'))
            {
                // A minor word right after a colon, or joined to the next word by a hyphen, is capitalised.
                result.Append(word.ToLowerInvariant());
            }
            else
            {
                result.Append(UpperFirst(word, lowerRest: false));
            }

            at = end;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private bool IsMinor(string word, bool bounding) =>
        !bounding && (SmallWords.Contains(word) || (_chicago && Prepositions.Contains(word)));

    // Typographic dashes and quotes read as their ASCII forms, as Vale reads them. Vale's lookup of a place before the
    // start gives the first character; so does this.
    private static char CharAt(string text, int index)
    {
        char c = index >= 0 && index < text.Length ? text[index] : text.Length > 0 ? text[0] : ' ';
        return c switch
        {
            '\u2013' or '\u2014' => '-',
            '\u2018' or '\u2019' => '\'',
            '\u201C' or '\u201D' => '"',
            _ => c,
        };
    }
}
