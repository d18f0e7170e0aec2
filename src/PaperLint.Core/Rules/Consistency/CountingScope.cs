using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// What the consistency rules count: the author's own text, footnotes included; never code, URLs or the
/// reference list; and, unless the configuration says otherwise, not quotations (passages, and words in
/// quotation marks of any length) nor titles of works set in italics, which keep the spelling of their own authors.
/// </summary>
internal sealed class CountingScope
{
    private readonly LintContext _context;
    private readonly bool _countQuoted;

    /// <param name="context">Quotations count when the configuration says so (<c>consistency: titlesAndQuotations: count</c>, or <c>quotations: check: true</c>).</param>
    /// <param name="ruleCountsQuoted">A pack rule's own <c>quotations: true</c>.</param>
    public CountingScope(LintContext context, bool ruleCountsQuoted = false)
    {
        _context = context;
        _countQuoted = ruleCountsQuoted || context.Settings<QuotationSettings>().Check || context.Settings<ConsistencyOptions>().CountQuoted;
    }

    public bool IsReferenceList(Block block) => _context.References?.Contains(block) == true;

    /// <summary>Whether a block may hold anything counted at all.</summary>
    public bool Reads(Block block) => !IsReferenceList(block) && (_countQuoted || !_context.Quotations.IsPassage(block));

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

        return !block.IsInSpan(SpanKind.Emphasis, start, length) && !_context.Quotations.Covers(block, start, length, minWords: 0);
    }
}
