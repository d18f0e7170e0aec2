using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// What the consistency rules count: the author's own text, footnotes included; never code, URLs or the
/// reference list; and, unless the configuration says otherwise, not quotations (block or inline, of any
/// length) nor titles of works set in italics, which keep the spelling of their own authors.
/// </summary>
internal sealed class CountingScope
{
    private readonly IReadOnlySet<Block> _references;
    private readonly bool _countQuoted;
    private readonly Dictionary<Block, IReadOnlyList<InlineQuotation>> _quotations = [];

    /// <param name="document">The paper.</param>
    /// <param name="context">Quotations count when the configuration says so (<c>consistency: titlesAndQuotations: count</c>, or <c>quotations: check: true</c>).</param>
    /// <param name="ruleCountsQuoted">A pack rule's own <c>quotations: true</c>.</param>
    public CountingScope(Document document, RuleContext context, bool ruleCountsQuoted = false)
    {
        // The same references list the attribution rules read, found once per document.
        var list = DocumentAnalysis.Of(document, context.Attribution, context.MinQuotationWords).References;
        _references = list is null ? new HashSet<Block>() : list.Blocks.ToHashSet();
        _countQuoted = ruleCountsQuoted || context.CheckQuotations || context.Consistency.CountQuoted;
    }

    public bool IsReferenceList(Block block) => _references.Contains(block);

    /// <summary>Whether a block may hold anything counted at all.</summary>
    public bool Reads(Block block) => !_references.Contains(block) && (_countQuoted || !block.IsQuotation);

    public bool Counts(Block block, int start, int length)
    {
        if (!Reads(block) || block.TouchesNonProse(start, length))
        {
            return false;
        }

        if (_countQuoted)
        {
            return true;
        }

        if (block.IsInSpan(SpanKind.Emphasis, start, length))
        {
            return false;
        }

        if (!_quotations.TryGetValue(block, out var quotations))
        {
            quotations = _quotations[block] = InlineQuotations.Find(block.Text);
        }

        return !quotations.Any(q => q.Overlaps(start, length));
    }
}
