using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Fixes;

/// <summary>A fix to make: text[Start..Start+Length] of <see cref="Block"/> (the finding's match) becomes <see cref="Replacement"/>.</summary>
public sealed record PlannedFix(Finding Finding, Block Block, int Start, int Length, string Replacement);

/// <summary>A fixable finding that was left as it is, and why.</summary>
public sealed record UnappliedFix(Finding Finding, string Reason);

/// <summary>
/// Which of a document's findings are fixed: those whose rule vouches for their one suggestion
/// (<see cref="Finding.Fixable"/>), never in a quotation (the words are the quoted author's), code, a link or front
/// matter, and of two fixes that touch the same text, the first by position. Findings the rules do not vouch for
/// are not named here; they stay findings.
/// </summary>
public sealed class FixPlan
{
    private FixPlan(IReadOnlyList<PlannedFix> fixes, IReadOnlyList<UnappliedFix> unapplied)
    {
        Fixes = fixes;
        Unapplied = unapplied;
    }

    /// <summary>The fixes to make, in document order, none touching another.</summary>
    public IReadOnlyList<PlannedFix> Fixes { get; }

    /// <summary>Fixable findings left as they are, each with its reason.</summary>
    public IReadOnlyList<UnappliedFix> Unapplied { get; }

    /// <summary>True when the finding's rule vouches for its one suggestion (see <see cref="Finding.Fixable"/>).</summary>
    public static bool CanFix(Finding finding) => finding.Fixable && finding.Suggestions.Count == 1 && finding.Match.Length > 0;

    /// <summary>The plan for <paramref name="findings"/> of <paramref name="document"/>, linted with <paramref name="plan"/>.</summary>
    public static FixPlan For(Document document, Linting.LintPlan plan, IEnumerable<Finding> findings) =>
        For(LintContext.For(document, plan.Settings, plan.Terms), findings);

    /// <summary>The plan for <paramref name="findings"/> of <paramref name="context"/>'s document (what was reported, after suppressions and the baseline).</summary>
    public static FixPlan For(LintContext context, IEnumerable<Finding> findings)
    {
        var document = context.Document;
        var order = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            order[document.Blocks[i]] = i;
        }

        var candidates = new List<(int BlockIndex, PlannedFix Fix)>();
        var unapplied = new List<UnappliedFix>();
        foreach (var finding in findings.Where(CanFix))
        {
            string? reason = WhyNot(context, finding, order);
            if (reason is not null)
            {
                unapplied.Add(new UnappliedFix(finding, reason));
                continue;
            }

            candidates.Add((order[finding.Block!], new PlannedFix(finding, finding.Block!, finding.Offset, finding.Match.Length, finding.Suggestions[0])));
        }

        // The first by position wins; a fix that touches text an earlier one changes is left for the next run.
        var fixes = new List<PlannedFix>(candidates.Count);
        PlannedFix? last = null;
        int lastBlock = -1;
        foreach (var (blockIndex, fix) in candidates.OrderBy(c => c.BlockIndex).ThenBy(c => c.Fix.Start).ThenBy(c => c.Fix.Length))
        {
            if (last is not null && blockIndex == lastBlock && fix.Start < last.Start + last.Length)
            {
                unapplied.Add(new UnappliedFix(fix.Finding, $"overlaps the fix of {last.Finding.RuleId} ('{last.Finding.Match}' → '{last.Replacement}'); run the fix again"));
                continue;
            }

            fixes.Add(fix);
            last = fix;
            lastBlock = blockIndex;
        }

        return new FixPlan(fixes, unapplied);
    }

    private static string? WhyNot(LintContext context, Finding finding, Dictionary<Block, int> order)
    {
        if (finding.Block is not { } block || !order.ContainsKey(block)
            || finding.Offset < 0 || finding.Offset + finding.Match.Length > block.Text.Length
            || !block.Text.AsSpan(finding.Offset, finding.Match.Length).SequenceEqual(finding.Match))
        {
            return "its place in the text is not known";
        }

        if (block.TouchesNonProse(finding.Offset, finding.Match.Length))
        {
            return "it is in code or a link";
        }

        if (block.IsFrontMatter)
        {
            return "it is in the front matter";
        }

        if (context.Quotations.Covers(block, finding.Offset, finding.Match.Length, minWords: 0))
        {
            return "it is in a quotation, whose words are its author's";
        }

        return null;
    }
}
