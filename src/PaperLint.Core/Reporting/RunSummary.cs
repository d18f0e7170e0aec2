using PaperLint.Core.Linting;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>What a run found, counted; the exit code is computed from this alone.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int Suggestions, int UnreadableFiles)
{
    /// <summary>Findings left out because the baseline (<c>--baseline</c>) records them.</summary>
    public int Baselined { get; init; }

    public int Findings => Errors + Warnings + Suggestions;

    public static RunSummary Of(IReadOnlyList<FileReport> reports, int unreadableFiles)
    {
        int errors = 0, warnings = 0, suggestions = 0;
        foreach (var finding in reports.SelectMany(r => r.Findings))
        {
            switch (finding.Severity)
            {
                case Severity.Error:
                    errors++;
                    break;
                case Severity.Warning:
                    warnings++;
                    break;
                default:
                    suggestions++;
                    break;
            }
        }

        return new RunSummary(reports.Count, errors, warnings, suggestions, unreadableFiles);
    }
}
