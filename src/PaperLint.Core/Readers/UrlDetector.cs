using System.Buffers;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>
/// Marks bare URLs and e-mail addresses in a block's text as <see cref="SpanKind.Url"/>, for formats that
/// have no markup for them (plain text, Word paragraphs), so that no rule matches words inside them.
/// </summary>
internal static partial class UrlDetector
{
    // What every match holds: "://" after http, https or ftp, "www." in any case, or the '@' of an address. Most
    // paragraphs hold none, and are not searched: the pattern's address half tries every word of a paragraph, and took
    // half the time of reading a long text file.
    private static readonly SearchValues<string> Signs = SearchValues.Create(["://", "www.", "@"], StringComparison.OrdinalIgnoreCase);

    public static void MarkUrls(Block block)
    {
        if (!MayHoldUrl(block.Text))
        {
            return;
        }

        // The addresses the reader found (a Word hyperlink's) are looked up in order and joined; those found here come in
        // order and apart, after each other, and none overlaps the one before. A paragraph may be a long text on one line
        // with thousands of addresses.
        List<(int Start, int End)>? found = null;
        foreach (var span in block.Spans)
        {
            if (span.Kind == SpanKind.Url)
            {
                (found ??= []).Add((span.Start, span.End));
            }
        }

        if (found is not null)
        {
            Stretches.Merge(found);
        }

        foreach (Match match in UrlPattern().Matches(block.Text))
        {
            int length = match.Length;

            // Sentence punctuation after a URL is not part of it (a straight double mark in it closes a quoted value).
            while (length > 0 && ".,;:!?)]\u201D\u2019'".Contains(block.Text[match.Index + length - 1]))
            {
                length--;
            }

            if (length > 0 && (found is null || !Stretches.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), match.Index, length)))
            {
                block.AddSpan(new InlineSpan(SpanKind.Url, match.Index, length));
            }
        }
    }

    /// <summary>False when <paramref name="text"/> holds nothing the pattern can match (<see cref="Signs"/>).</summary>
    internal static bool MayHoldUrl(ReadOnlySpan<char> text) => text.ContainsAny(Signs);

    /// <summary>True when the pattern finds a URL or an address in <paramref name="text"/>, whatever the signs say.</summary>
    internal static bool Matches(string text) => UrlPattern().IsMatch(text);

    // A URL ends at a quotation mark ("see https://example.org"), except a query's value quoted after its = (?q="a+b").
    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)(?:[^\s<>""\u201C\u201D]|(?<==)""[^\s<>""\u201C\u201D]*"")+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
