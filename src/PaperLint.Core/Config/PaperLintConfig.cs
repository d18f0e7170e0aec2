using PaperLint.Core.Citations;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Config;

/// <summary>The settings of a run, merged from the <c>.paperlint.yml</c> files that apply to a document.</summary>
public sealed class PaperLintConfig
{
    public static PaperLintConfig Default { get; } = new();

    /// <summary>The shipped packs that are on; null means all of them.</summary>
    public IReadOnlyList<string>? Packs { get; init; }

    /// <summary>Extra pack folders (absolute paths), in the order they were named.</summary>
    public IReadOnlyList<string> PackPaths { get; init; } = [];

    /// <summary>Per-rule severity; a null value means the rule is off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleLevels { get; init; } = new Dictionary<string, Severity?>(StringComparer.Ordinal);

    /// <summary>Words and phrases never reported, whatever rule matched them.</summary>
    public IReadOnlyList<string> Accept { get; init; } = [];

    /// <summary>Files never linted (<c>ignore:</c>), each pattern relative to the configuration that names it.</summary>
    public IReadOnlyList<IgnorePattern> Ignore { get; init; } = [];

    /// <summary>True when the <c>ignore:</c> patterns leave this file out.</summary>
    public bool IsIgnored(string fullPath) => Ignore.Count > 0 && IgnorePattern.IsIgnored(Ignore, fullPath);

    /// <summary>Inline quotations count as quotations from this many words on.</summary>
    public int MinQuotationWords { get; init; } = 8;

    /// <summary>Whether word-correcting rules also look inside quotations.</summary>
    public bool CheckQuotations { get; init; }

    /// <summary>How hand-written note numbers restart and which hand-typed markers count as notes.</summary>
    public FootnoteOptions Footnotes { get; init; } = FootnoteOptions.Default;

    /// <summary>House style for the consistency rules, and whether titles and quotations count.</summary>
    public ConsistencyOptions Consistency { get; init; } = ConsistencyOptions.Default;
    /// <summary>Which headings open the references list and how the paper cites.</summary>
    public AttributionOptions Attribution { get; init; } = AttributionOptions.Default;

    /// <summary>Findings below this level are not reported.</summary>
    public Severity MinLevel { get; init; } = Severity.Suggestion;

    /// <summary>The files this configuration was read from, nearest last (empty for the defaults).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
