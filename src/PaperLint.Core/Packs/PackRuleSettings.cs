using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>The keys every kind of declarative rule shares (Vale's names), read once by <see cref="RuleParser"/>.</summary>
internal sealed record PackRuleSettings
{
    public required string Id { get; init; }

    /// <summary>The file the rule came from, as shown in messages (<c>rules/Typos/LeadBy.yml</c>).</summary>
    public required string DisplayPath { get; init; }

    public required Severity Level { get; init; }

    public required string Message { get; init; }

    public required string Description { get; init; }

    public string? Link { get; init; }

    public bool IgnoreCase { get; init; }

    /// <summary>When false (the default), every pattern is wrapped in word boundaries.</summary>
    public bool NonWord { get; init; }

    /// <summary>
    /// True for a rule of a Vale style that a <c>.vale.ini</c> brought in: it matches as Vale does (tokens wrapped in
    /// <c>\b(?:…)\b</c>, an exception suppresses a match it is found in, the suggestion as written unless
    /// <c>capitalize</c>, quotations checked like any text) rather than with PaperLint's prose-aware defaults.
    /// </summary>
    public bool Vale { get; init; }

    /// <summary>Vale's <c>action: {name: replace}</c> without parameters: the message lists the swap's replacements as a sentence.</summary>
    public bool ReplaceAction { get; init; }

    /// <summary>Vale's <c>scope</c>: the blocks the rule looks at.</summary>
    public RuleScope Scope { get; init; } = RuleScope.All;

    /// <summary>A Vale rule's vocabulary: accepted words added to its exceptions.</summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    /// <summary>Vale's <c>limit</c>: at most this many findings per document, the first ones (0: no limit).</summary>
    public int Limit { get; init; }

    /// <summary>Vale's <c>capitalize</c>: a capitalised match gets a capitalised suggestion.</summary>
    public bool Capitalize { get; init; }

    /// <summary>Our extension: also look inside quotations, which are otherwise the quoted author's words.</summary>
    public bool Quotations { get; init; }

    /// <summary>
    /// Our extension: the languages (primary subtags, <c>en</c>) whose text the rule checks; empty for every
    /// language. A block whose language is not known is checked.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
