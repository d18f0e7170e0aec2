using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// Whether a paper is one that cites what it quotes, so that an uncited quotation in it is a slip worth
/// reporting. Real documents quote a great deal that needs no citation where they stand: interviews and field
/// notes, anonymised sources, the manuscript a response letter answers, dialogue in fiction, survey items, or a
/// journal's policy of listing sources apart. Only the paper's own habit tells these apart from a forgotten
/// citation, so the rule measures it:
/// <list type="bullet">
/// <item>with at least <see cref="MinQuotations"/> quotations that need a citation, the paper cites when at least
/// <see cref="MinCitedShare"/> of them have one; then every uncited one is reported;</item>
/// <item>with fewer, there is no habit to measure: only a passage or a paragraph-long quotation introduced by a
/// lead-in that ends with a colon ("The secretary wrote in his report:") is reported, and only in a paper that has
/// a references list and citations.</item>
/// </list>
/// Quotations in table cells are never expected to carry a citation of their own.
/// </summary>
internal sealed class QuotingHabit
{
    /// <summary>From how many quotations needing a citation the paper's habit can be measured.</summary>
    public const int MinQuotations = 5;

    /// <summary>The share of cited quotations from which the paper is one that cites what it quotes.</summary>
    public const double MinCitedShare = 0.8;

    private readonly DocumentAnalysis _analysis;
    private readonly bool _measured;
    private readonly bool _cites;

    private QuotingHabit(DocumentAnalysis analysis)
    {
        _analysis = analysis;
        int total = analysis.Sources.Count;
        int cited = analysis.Sources.Count(s => s.IsCited);
        _measured = total >= MinQuotations;
        _cites = _measured
            ? cited >= MinCitedShare * total
            : analysis.Entries.Count > 0 && analysis.Citations.Count > 0;
    }

    public static QuotingHabit Of(DocumentAnalysis analysis) => new(analysis);

    /// <summary>True when the paper's habit says <paramref name="quotation"/> should have had a citation.</summary>
    public bool Expects(Quotation quotation)
    {
        // A table presents data (questionnaire items, coded answers) whose source is the table's own study.
        if (!_cites || quotation.First.Kind == BlockKind.TableCell)
        {
            return false;
        }

        if (_measured)
        {
            return true;
        }

        return IsSetOff(quotation) && IntroducedByColon(quotation.First);
    }

    /// <summary>A passage, or a quotation that is a paragraph of its own.</summary>
    private static bool IsSetOff(Quotation quotation) =>
        quotation.Kind != QuotationKind.Inline || quotation.First.Text.AsSpan(0, quotation.Start).IsWhiteSpace();

    /// <summary>
    /// True when the paragraph before <paramref name="block"/> ends with a colon, passing over the paragraphs of the
    /// same quotation that open with a quotation mark (the convention for quoting several paragraphs).
    /// </summary>
    private bool IntroducedByColon(Block block)
    {
        var before = _analysis.BlockBefore(block);
        for (int hops = 0; before is not null && hops < QuotationFinder.MaxParagraphsAfterColon; hops++)
        {
            string text = before.Text.TrimEnd();
            if (text.EndsWith(':'))
            {
                return true;
            }

            string start = text.TrimStart();
            if (start.Length == 0 || !InlineQuotations.Opens(start, 0))
            {
                return false;
            }

            before = _analysis.BlockBefore(before);
        }

        return false;
    }
}
