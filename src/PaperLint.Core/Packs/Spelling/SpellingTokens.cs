using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// The words a spelling rule checks, split as Vale's word tokenizer splits them: at white space, with opening
/// <c>$ ( " [ '</c> and closing <c>, ) " ] ! ; . ? : '</c> peeled off one at a time, abbreviations such as
/// <c>e.g.</c> and <c>Mr.</c> kept whole, and pieces without a letter dropped. Curly quotes count as straight ones,
/// so <c>doesn’t</c> is the word <c>doesn't</c>. Unlike Vale, each word keeps its own offset.
/// </summary>
internal static partial class SpellingTokens
{
    private const string Opening = "$(\"['\u2018\u201C";
    private const string Closing = ",)\"]!;.?:'\u2019\u201D";

    public static IEnumerable<(int Start, int Length)> Of(string text)
    {
        foreach (var (start, end) in Prose.WhiteSpaceRuns.Of(text))
        {
            if (Word(text, start, end) is { } word)
            {
                yield return word;
            }
        }
    }

    /// <summary>The word as the dictionary sees it: curly apostrophes made straight.</summary>
    public static string Normalise(string word) => word.Replace('\u2019', '\'').Replace('\u2018', '\'');

    private static (int, int)? Word(string text, int start, int end)
    {
        while (end - start > 0)
        {
            var token = text.AsSpan(start, end - start);
            if (Abbreviation().IsMatch(token))
            {
                break;
            }

            if (token.Length > 1 && Opening.Contains(token[0]))
            {
                start++;
            }
            else if (token.Length > 1 && Closing.Contains(token[^1]))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return (start, end - start);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();
}
