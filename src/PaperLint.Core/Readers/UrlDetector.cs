using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>
/// Marks bare URLs and e-mail addresses in a block's text as <see cref="SpanKind.Url"/>, for formats that
/// have no markup for them (plain text, Word paragraphs), so that no rule matches words inside them.
/// </summary>
internal static partial class UrlDetector
{
    public static void MarkUrls(Block block)
    {
        foreach (Match match in UrlPattern().Matches(block.Text))
        {
            int length = match.Length;

            // Sentence punctuation after a URL is not part of it (a straight double mark in it closes a quoted value).
            while (length > 0 && ".,;:!?)]\u201D\u2019'".Contains(block.Text[match.Index + length - 1]))
            {
                length--;
            }

            if (length > 0 && !block.IsInSpan(SpanKind.Url, match.Index, length))
            {
                block.AddSpan(new InlineSpan(SpanKind.Url, match.Index, length));
            }
        }
    }

    // A URL ends at a quotation mark ("see https://example.org"), except a query's value quoted after its = (?q="a+b").
    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)(?:[^\s<>""\u201C\u201D]|(?<==)""[^\s<>""\u201C\u201D]*"")+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
