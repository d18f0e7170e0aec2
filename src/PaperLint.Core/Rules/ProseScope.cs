using PaperLint.Core.Model;

namespace PaperLint.Core.Rules;

/// <summary>
/// Decides whether a match is in the author's own prose. Rules that correct words (typos, names) use it
/// so that they leave alone code, URLs, and quotations, which are another author's words.
/// </summary>
public sealed class ProseScope
{
    private readonly RuleContext _context;
    private readonly Dictionary<Block, IReadOnlyList<InlineQuotation>> _quotations = [];

    public ProseScope(RuleContext context)
    {
        _context = context;
    }

    public bool IsAuthorsProse(Block block, int start, int length)
    {
        if (block.TouchesNonProse(start, length))
        {
            return false;
        }

        if (_context.CheckQuotations)
        {
            return true;
        }

        if (block.IsQuotation)
        {
            return false;
        }

        foreach (var quotation in QuotationsIn(block))
        {
            if (quotation.Words >= _context.MinQuotationWords && quotation.Overlaps(start, length))
            {
                return false;
            }
        }

        return true;
    }

    private IReadOnlyList<InlineQuotation> QuotationsIn(Block block)
    {
        if (!_quotations.TryGetValue(block, out var list))
        {
            list = InlineQuotations.Find(block.Text);
            _quotations[block] = list;
        }

        return list;
    }
}
