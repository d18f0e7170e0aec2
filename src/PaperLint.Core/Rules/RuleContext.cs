using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Citations;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Rules;

/// <summary>What a rule may know of the run besides the document: its settings and the severity in force.</summary>
public sealed class RuleContext
{
    public static readonly RuleContext Default = new();

    /// <summary>The severity in force for the rule (its default, or what the configuration says).</summary>
    public Severity? SeverityOverride { get; init; }

    /// <summary>Whether rules that correct the author's words also look inside quotations (off: the words are the quoted author's).</summary>
    public bool CheckQuotations { get; init; }

    /// <summary>An inline quotation in quotation marks counts as a quotation from this many words on.</summary>
    public int MinQuotationWords { get; init; } = 8;

    /// <summary>How notes are numbered and which hand-typed markers count as notes.</summary>
    public FootnoteOptions Footnotes { get; init; } = FootnoteOptions.Default;

    /// <summary>House-style preferences of the consistency rules, whether quotations count, and the canonical names.</summary>
    public ConsistencyOptions Consistency { get; init; } = ConsistencyOptions.Default;
    /// <summary>Which headings open the references list and how the paper cites.</summary>
    public AttributionOptions Attribution { get; init; } = AttributionOptions.Default;

    public Severity SeverityFor(IRule rule) => SeverityOverride ?? rule.DefaultSeverity;
}
