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

    /// <summary>Our extension: also look inside quotations, which are otherwise the quoted author's words.</summary>
    public bool Quotations { get; init; }

    /// <summary>
    /// Our extension: the languages (primary subtags, <c>en</c>) whose text the rule checks; empty for every
    /// language. A block whose language is not known is checked.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
