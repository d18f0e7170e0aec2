using PaperLint.Core.Config;

namespace PaperLint.Core.Linting;

/// <summary>
/// Everything a lint of documents under one configuration needs, built once and shared by every document and
/// thread: the configuration, the rules that are on, and the settings of every section (plug-ins' included).
/// </summary>
public sealed record LintPlan(PaperLintConfig Config, IReadOnlyList<ActiveRule> Rules, LintSettings Settings);
