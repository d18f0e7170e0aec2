using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>The findings of one file, in document order.</summary>
public sealed record FileReport(string Path, SourceFormat Format, IReadOnlyList<Finding> Findings);
