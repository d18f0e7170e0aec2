using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>A quotation whose introduction names one work of an author while its citation's year points to another.</summary>
public sealed record Misattribution(FoundCitation Citation, ReferenceEntry Cited, ReferenceEntry Meant);

/// <summary>
/// Finds quotations introduced as from one work (a title in italics or quotation marks, typed as *Title*,
/// or written as the list has it) whose citation's year points to another work of the same author.
/// </summary>
internal static partial class Misattributions
{
    public static IReadOnlyList<Misattribution> Find(DocumentAnalysis analysis)
    {
        var found = new List<Misattribution>();
        var seen = new HashSet<Citation>(ReferenceEqualityComparer.Instance);
        foreach (var source in analysis.Sources)
        {
            if (source.Citation is not { Citation: { IsAuthorDate: true } citation } cite || citation.Kind == CitationKind.Continuation || !seen.Add(citation))
            {
                continue;
            }

            var entries = analysis.EntriesBy(citation.Authors[0]);
            var cited = entries.Where(e => string.Equals(e.Year, citation.Year, StringComparison.OrdinalIgnoreCase)).ToList();
            if (cited.Count != 1 || entries.Count < 2)
            {
                continue;
            }

            var (block, from, to) = Introduction(analysis, source.Quotation);
            if (block is null || IsNamed(block, from, to, cited[0]))
            {
                continue;
            }

            var meant = entries.FirstOrDefault(e => !ReferenceEquals(e, cited[0]) && IsNamed(block, from, to, e));
            if (meant is not null)
            {
                found.Add(new Misattribution(cite, cited[0], meant));
            }
        }

        return found;
    }

    /// <summary>The sentence that introduces a quotation: the words before it in its sentence, or the last sentence of the paragraph before a block quotation.</summary>
    private static (Block? Block, int From, int To) Introduction(DocumentAnalysis analysis, Quotation q)
    {
        if (q.Kind == QuotationKind.Inline)
        {
            return (q.First, Sentences.StartOf(q.First.Text, q.Start), q.Start);
        }

        if (analysis.BodyBlockBefore(q.First) is not { } intro)
        {
            return (null, 0, 0);
        }

        // The passage is often introduced over two sentences: "… in his book *Title*. He says that:".
        int last = Sentences.LastStart(intro.Text);
        return (intro, last > 1 ? Sentences.StartOf(intro.Text, last - 1) : last, intro.Text.Length);
    }

    /// <summary>True when text[from..to] names the entry's title: in italics, in quotation marks, or written as the list has it.</summary>
    private static bool IsNamed(Block block, int from, int to, ReferenceEntry entry)
    {
        var candidates = TitleText.Candidates(entry).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        string text = block.Text;
        var marked = block.Spans.Where(s => s.Kind == SpanKind.Emphasis && s.Start >= from && s.End <= to).Select(s => text.Substring(s.Start, s.Length))
            .Concat(InlineQuotations.Find(text).Where(q => q.Start >= from && q.End <= to).Select(q => text.Substring(q.Start, q.Length)))
            .Concat(TypedEmphasis().Matches(text[from..to]).Select(m => m.Groups["title"].Value));
        foreach (var mention in marked)
        {
            string m = TitleText.Normalize(mention);
            if (m.Length > 0 && candidates.Any(c => c == m || (m.Contains(' ') && c.StartsWith(m + " ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        // Written without marks, as a text file must: the title as the list has it, two words or more.
        string span = text[from..to];
        foreach (var title in new[] { entry.Title, entry.PlainTitle })
        {
            if (title is null)
            {
                continue;
            }

            int colon = title.IndexOf(':');
            string main = (colon > 0 ? title[..colon] : title).Trim();
            if (main.Contains(' ') && span.Contains(main, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Italics typed as asterisks or underscores, as a text file shows a title: *Title*, _Title_.</summary>
    [GeneratedRegex(@"(?<![\p{L}*_])[*_](?<title>[^*_\s][^*_]*?[^*_\s]|[^*_\s])[*_](?![\p{L}*_])")]
    private static partial Regex TypedEmphasis();
}
