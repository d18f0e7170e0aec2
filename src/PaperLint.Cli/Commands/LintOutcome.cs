using PaperLint.Core.Linting;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary>What a lint run produced: each linted file's report (in input order) with its full path, how many files could not be read, and the rules that ran.</summary>
public sealed record LintOutcome(IReadOnlyList<(string Full, FileReport Report)> Files, int Unreadable, IReadOnlyList<RuleDescriptor> Rules);
