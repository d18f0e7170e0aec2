using PaperLint.Core.Reporting;

namespace PaperLint.Cli;

/// <summary>The exit codes, and the one place that decides which a run ends with.</summary>
public static class ExitCodes
{
    /// <summary>No error-level finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error-level finding.</summary>
    public const int Findings = 1;

    /// <summary>A usage, configuration or input error.</summary>
    public const int BadInput = 2;

    public static int From(RunSummary summary, int inputErrors) =>
        inputErrors > 0 || summary.UnreadableFiles > 0 ? BadInput
        : summary.Errors > 0 ? Findings
        : Clean;
}
