using PaperLint.Core.Config;

namespace PaperLint.Core.Linting;

/// <summary>
/// Everything a lint of documents under one configuration needs, built once and shared by every document and
/// thread: the configuration, the rules that are on, and the settings of every section (plug-ins' included).
/// </summary>
public sealed record LintPlan(PaperLintConfig Config, IReadOnlyList<ActiveRule> Rules, LintSettings Settings)
{
    private Packs.Terms.TermIndex? _terms;

    /// <summary>What the run should tell the user without stopping: rule files skipped, settings of a <c>.vale.ini</c> not applied.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The terms of every pack rule that is on, found in a document in one pass.</summary>
    internal Packs.Terms.TermIndex Terms => LazyInitializer.EnsureInitialized(
        ref _terms,
        () => new Packs.Terms.TermIndex(Rules.Select(r => r.Rule).OfType<Packs.PackRule>().SelectMany(r => r.PatternSets)));

    /// <summary>Builds <see cref="Terms"/> now rather than at the first lint (the CLI builds it while it reads a file).</summary>
    internal void BuildTerms() => _ = Terms;
}
