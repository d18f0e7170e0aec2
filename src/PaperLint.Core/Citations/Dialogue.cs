using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// Tells speech from quotation. Words that a character or an interviewee says, tagged as speech (<c>“…,” he
/// said</c>, <c>said my uncle, “…”</c>, <c>„…“, sagte sie</c>, <c>« … », dit-il</c>), are dialogue: they are no
/// one's published words and need no citation. A tag names the speaker by a pronoun, or follows its verb with
/// the speaker (<c>cried the Professor</c>); a name before the verb (<c>Smith said “…”</c>) is how a paper quotes
/// a source, so it is not a tag. A document where speech is tagged throughout and nothing is cited is a
/// narrative (a novel, a memoir): none of its quotations is a source to cite.
/// </summary>
internal static partial class Dialogue
{
    /// <summary>From this many tagged speeches on, a document is taken for a narrative.</summary>
    public const int NarrativeTags = 5;

    private const string Verbs =
        // English
        "said|says|say|cried|cries|asked|asks|replied|replies|answered|answers|exclaimed|muttered|murmured|whispered|shouted|"
        + "continued|added|returned|observed|resumed|rejoined|inquired|enquired|gasped|remarked|declared|repeated|called|sighed|"
        + "laughed|yelled|explained|interrupted|retorted|protested|insisted|demanded|responded|thought|went on|began|"
        // German, French, Spanish, Italian, Portuguese
        + "sagte|sagt|fragte|fragt|rief|antwortete|meinte|erwiderte|flüsterte|"
        + "dit|dis|demanda|demande|répondit|répond|reprit|ajouta|s'écria|s’écria|murmura|cria|"
        + "dijo|dice|preguntó|respondió|contestó|exclamó|añadió|"
        + "disse|chiese|rispose|esclamò|aggiunse|"
        + "perguntou|respondeu|exclamou|acrescentou";

    private const string Pronouns = "he|she|I|they|we|er|sie|ich|wir|il|elle|je|nous|ils|elles|él|ella|yo|lui|lei|io|ele|ela|eu";

    private const string Speaker = $@"(?:{Pronouns}|(?:the|my|his|her|our|their|your|der|die|mein|meine|le|la|mon|ma|el|la|il|o|a)\s+\p{{L}}+|\p{{Lu}}\p{{Ll}}+)";

    /// <summary>A tag right after a quotation: <c>, he said</c>, <c>cried my uncle</c>, <c>, dit-il</c>, <c>, sagte er</c>.</summary>
    [GeneratedRegex($@"^[\s,;:.!?\u2014\u2013-]*(?:(?:{Pronouns})\s+(?:\p{{L}}+ly\s+)?(?:{Verbs})\b|(?:{Verbs})(?:-t)?(?:\s+|-)(?:{Speaker})\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagAfter();

    /// <summary>A tag right before a quotation, ending in a comma or colon: <c>he said, “</c>, <c>said the Professor: “</c>.</summary>
    [GeneratedRegex($@"(?:\b(?:{Pronouns})\s+(?:\p{{L}}+ly\s+)?(?:{Verbs})|\b(?:{Verbs})\s+(?:{Speaker}))\s*[,:]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagBefore();

    /// <summary>True when the quotation text[start..end) (marks included) has a speech tag beside it.</summary>
    public static bool IsTagged(string text, int start, int end)
    {
        int after = Math.Min(end, text.Length);
        if (TagAfter().IsMatch(text.AsSpan(after, Math.Min(40, text.Length - after))))
        {
            return true;
        }

        // A tag before ends in a comma or a colon; most quotations have neither before them, and are not searched.
        var before = text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40));
        var trimmed = before.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is ',' or ':' && TagBefore().IsMatch(before);
    }
}
