using PaperLint.Core.Linting;

namespace PaperLint.Core.Reporting;

/// <summary>Writes findings in one output format; knows findings, nothing about rules or readers.</summary>
public interface IReporter
{
    void Write(TextWriter output, IReadOnlyList<FileReport> reports, RunSummary summary);
}
