using PaperLint.Core.Linting;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary>What a lint run produced: each linted file's report (in input order) with its full path, how many files could not be read, and the rules that ran.</summary>
public sealed record LintOutcome(IReadOnlyList<(string Full, FileReport Report)> Files, int Unreadable, IReadOnlyList<RuleDescriptor> Rules)
{
    /// <summary>When asked for: each linted file's document, the bytes it was read from, and the plan it was linted with, by full path.</summary>
    public IReadOnlyDictionary<string, KeptDocument> Kept { get; init; } = new Dictionary<string, KeptDocument>();
}

/// <summary>A linted document with the bytes it was read from and the plan it was linted with: what a fix starts from.</summary>
public sealed record KeptDocument(Core.Model.Document Document, byte[] Bytes, LintPlan Plan);
