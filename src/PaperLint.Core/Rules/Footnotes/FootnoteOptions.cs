using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>Where hand-written note numbering starts again at 1.</summary>
public enum NumberingRestart
{
    /// <summary>One sequence for the whole document.</summary>
    Never,

    /// <summary>At every top-level heading.</summary>
    Chapter,

    /// <summary>At every heading of level 1 or 2.</summary>
    Section,
}

/// <summary>The footnote settings of <c>.paperlint.yml</c> (<c>footnotes:</c>).</summary>
public sealed record FootnoteOptions
{
    public static readonly FootnoteOptions Default = new();

    public NumberingRestart Restart { get; init; } = NumberingRestart.Never;

    /// <summary>Which hand-typed marker styles count as note markers; others are left alone as ordinary superscripts.</summary>
    public IReadOnlySet<MarkerStyle> ManualMarkers { get; init; } = new HashSet<MarkerStyle>
    {
        MarkerStyle.UnicodeSuperscript,
        MarkerStyle.HtmlSup,
        MarkerStyle.CaretSup,
        MarkerStyle.DocxSuperscriptRun,
        MarkerStyle.PlainNumber,
    };

    /// <summary>The names used in the configuration file for <see cref="ManualMarkers"/>.</summary>
    internal static readonly IReadOnlyDictionary<string, MarkerStyle> MarkerNames = new Dictionary<string, MarkerStyle>(StringComparer.OrdinalIgnoreCase)
    {
        ["unicode"] = MarkerStyle.UnicodeSuperscript,
        ["html"] = MarkerStyle.HtmlSup,
        ["caret"] = MarkerStyle.CaretSup,
        ["superscript"] = MarkerStyle.DocxSuperscriptRun,
        ["number"] = MarkerStyle.PlainNumber,
    };
}
