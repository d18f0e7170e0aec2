using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// What a rule that judges a stretch as a whole (counts in it, or its case) takes as one stretch: as in Vale,
/// each block (a paragraph, a heading, a list item, a cell), or each sentence when the rule's <c>scope</c> says
/// <c>sentence</c>. Which blocks the rule looks at at all is the business of <c>PackRule.InScope</c>.
/// </summary>
internal static class ScopeUnits
{
    /// <summary>True when the rule's <c>scope</c> names <c>sentence</c>.</summary>
    public static bool BySentence(RuleYaml yaml) =>
        yaml.List("scope").Any(s => string.Equals(s.Text.Trim(), "sentence", StringComparison.OrdinalIgnoreCase));

    /// <summary>The stretches of <paramref name="block"/>, without the white space around them; none for a blank block.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(LintContext context, Block block, bool bySentence)
    {
        if (bySentence)
        {
            return context.SentencesOf(block);
        }

        var (start, end) = Trimmed(block.Text, 0, block.Text.Length);
        return start < end ? [(start, end)] : [];
    }

    /// <summary><paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> without white space at either end.</summary>
    public static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
