using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// Sections that close with their writer's signature: a preface, a foreword or a letter printed in the paper
/// ("… WM. LLOYD GARRISON, Boston, May 1, 1845.", "Yours truly, WENDELL PHILLIPS"). They are in their writer's
/// spelling and style of dates, not the paper's. A section runs from a heading to the next heading of its level
/// or above; the signature is its last paragraph, a short one that holds a valediction or opens with a name in capitals.
/// </summary>
internal static partial class SignedSections
{
    private const int MaxSignatureWords = 12;

    public static HashSet<Block> Find(Document document)
    {
        var signed = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var body = document.Blocks.Where(b => b.Kind != BlockKind.FootnoteBody).ToList();
        for (int i = 0; i < body.Count; i++)
        {
            if (body[i].Kind != BlockKind.Heading)
            {
                continue;
            }

            int end = i + 1;
            while (end < body.Count && !(body[end].Kind == BlockKind.Heading && body[end].HeadingLevel <= body[i].HeadingLevel))
            {
                end++;
            }

            var section = body[(i + 1)..end];
            if (section.Count >= 2 && section[^1].Kind == BlockKind.Paragraph && IsSignature(section[^1].Text))
            {
                signed.UnionWith(section);
            }
        }

        return signed;
    }

    private static bool IsSignature(string text) =>
        InlineQuotations.CountWords(text) <= MaxSignatureWords && (Valediction().IsMatch(text) || NameInCapitals().IsMatch(text));

    [GeneratedRegex(@"\b(?:Yours\s+(?:truly|sincerely|faithfully|respectfully)|(?:Very\s+)?(?:Sincerely|Faithfully|Respectfully|Truly)\s+yours|Sincerely|(?:Best|Kind|Warm)\s+regards)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Valediction();

    // Two or three words in capitals, initials allowed, opening the paragraph: "WM. LLOYD GARRISON", "J. SMITH".
    [GeneratedRegex(@"^\W*\p{Lu}[\p{Lu}'’-]*\.?(?:\s+\p{Lu}[\p{Lu}'’-]*\.?){1,2}(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex NameInCapitals();
}
