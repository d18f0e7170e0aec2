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
        var emphasis = new Dictionary<Block, List<InlineSpan>>(ReferenceEqualityComparer.Instance);
        foreach (var source in analysis.Sources)
        {
            if (source.Citation is not { Citation: { IsAuthorDate: true } citation } cite || citation.Kind == CitationKind.Continuation || !seen.Add(citation))
            {
                continue;
            }

            var byAuthor = analysis.EntriesOf(citation.Authors[0]);
            var entries = byAuthor.All;
            var cited = byAuthor.WithYear(citation.Year);
            if (cited.Count != 1 || entries.Count < 2)
            {
                continue;
            }

            var (block, from, to) = IntroductionOf(analysis, source.Quotation);
            if (block is null)
            {
                continue;
            }

            var introduction = new Introduction(block, from, to, EmphasisIn(emphasis, block), analysis.QuotationIndex.InlineIn(block), analysis.References);
            if (introduction.Names(cited[0]))
            {
                continue;
            }

            var meant = entries.FirstOrDefault(e => !ReferenceEquals(e, cited[0]) && introduction.Names(e));
            if (meant is not null)
            {
                found.Add(new Misattribution(cite, cited[0], meant));
            }
        }

        return found;
    }

    /// <summary>The sentence that introduces a quotation: the words before it in its sentence, or the last sentence of the paragraph before a block quotation.</summary>
    private static (Block? Block, int From, int To) IntroductionOf(DocumentAnalysis analysis, Quotation q)
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

    /// <summary>The emphasis of a block, in the order of where it starts.</summary>
    private static List<InlineSpan> EmphasisIn(Dictionary<Block, List<InlineSpan>> cache, Block block)
    {
        if (!cache.TryGetValue(block, out var spans))
        {
            cache[block] = spans = block.Spans.Where(s => s.Kind == SpanKind.Emphasis).OrderBy(s => s.Start).ToList();
        }

        return spans;
    }

    /// <summary>
    /// The words that introduce a quotation, text[from..to] of a block, and the titles they name. What they mark as a
    /// title is read once, on the first question, however many works of the author are asked about.
    /// </summary>
    /// <param name="emphasis">The block's emphasis, by where it starts.</param>
    /// <param name="quoted">The block's stretches in quotation marks (<see cref="QuotationIndex.InlineIn"/>), in reading order.</param>
    /// <param name="references">The references list, which makes each entry's title forms once.</param>
    private sealed class Introduction(Block block, int from, int to, List<InlineSpan> emphasis, IReadOnlyList<InlineQuotation> quoted, ReferenceList? references)
    {
        private List<string>? _marked;

        /// <summary>True when the words name the entry's title: in italics, in quotation marks, or written as the list has it.</summary>
        public bool Names(ReferenceEntry entry)
        {
            var candidates = TitleText.CandidatesOf(entry, references);
            if (candidates.Count == 0)
            {
                return false;
            }

            foreach (string m in Marked())
            {
                if (candidates.Any(c => c == m || (m.Contains(' ') && c.StartsWith(m + " ", StringComparison.Ordinal))))
                {
                    return true;
                }
            }

            // Written without marks, as a text file must: the title as the list has it, two words or more.
            string span = block.Text[from..to];
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

        /// <summary>What the words mark as a title (italics, quotation marks, *typed* italics), normalized, the empty left out.</summary>
        private List<string> Marked()
        {
            if (_marked is not null)
            {
                return _marked;
            }

            string text = block.Text;
            var marked = new List<string>();
            for (int i = FirstStartingAt(emphasis, from, s => s.Start); i < emphasis.Count && emphasis[i].Start <= to; i++)
            {
                if (emphasis[i].End <= to)
                {
                    marked.Add(text.Substring(emphasis[i].Start, emphasis[i].Length));
                }
            }

            for (int i = FirstStartingAt(quoted, from, q => q.Start); i < quoted.Count && quoted[i].Start <= to; i++)
            {
                if (quoted[i].End <= to)
                {
                    marked.Add(text.Substring(quoted[i].Start, quoted[i].Length));
                }
            }

            marked.AddRange(TypedEmphasis().Matches(text[from..to]).Select(m => m.Groups["title"].Value));
            return _marked = marked.Select(TitleText.Normalize).Where(m => m.Length > 0).ToList();
        }

        /// <summary>The index of the first item that starts at <paramref name="from"/> or later, of items in the order of where they start.</summary>
        private static int FirstStartingAt<T>(IReadOnlyList<T> items, int from, Func<T, int> startOf)
        {
            int low = 0, high = items.Count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (startOf(items[middle]) < from)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    /// <summary>Italics typed as asterisks or underscores, as a text file shows a title: *Title*, _Title_.</summary>
    [GeneratedRegex(@"(?<![\p{L}*_])[*_](?<title>[^*_\s][^*_]*?[^*_\s]|[^*_\s])[*_](?![\p{L}*_])")]
    private static partial Regex TypedEmphasis();
}
