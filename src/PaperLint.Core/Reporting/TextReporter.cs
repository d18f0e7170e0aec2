using System.Globalization;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>
/// The report a person reads in a terminal: per finding a <c>path:line:column</c> head (DOCX: path and
/// paragraph) that editors can follow, the severity, rule id and message, then the excerpt with the match
/// marked and the suggestion; a summary line at the end.
/// </summary>
public sealed class TextReporter(bool color) : IReporter
{
    /// <summary>False: no summary line at the end (<c>--quiet</c>).</summary>
    public bool Summary { get; init; } = true;

    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public void Write(TextWriter output, IReadOnlyList<FileReport> reports, RunSummary summary)
    {
        bool first = true;
        foreach (var report in reports.Where(r => r.Findings.Count > 0))
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            foreach (var finding in report.Findings)
            {
                WriteFinding(output, report.Path, finding);
            }
        }

        if (!Summary)
        {
            return;
        }

        if (!first)
        {
            output.WriteLine();
        }

        output.WriteLine(SummaryLine(summary));
    }

    internal static string Head(string path, SourceLocation location) => location switch
    {
        TextLocation t => string.Create(CultureInfo.InvariantCulture, $"{t.File ?? path}:{t.Line}:{t.Column}"),
        DocxLocation d => $"{path} {d}",
        _ => path,
    };

    /// <summary>The last line of the report: "3 findings (1 error, 2 warnings) in 2 files."</summary>
    public static string SummaryLine(RunSummary summary)
    {
        string files = Count(summary.Files, "file");
        string unreadable = summary.UnreadableFiles > 0 ? $"; {Count(summary.UnreadableFiles, "file")} could not be read" : "";
        if (summary.Baselined > 0)
        {
            unreadable += $"; {Count(summary.Baselined, "baselined finding")} not shown";
        }

        if (summary.Findings == 0)
        {
            return $"No findings in {files}{unreadable}.";
        }

        var parts = new List<string>();
        if (summary.Errors > 0)
        {
            parts.Add(Count(summary.Errors, "error"));
        }

        if (summary.Warnings > 0)
        {
            parts.Add(Count(summary.Warnings, "warning"));
        }

        if (summary.Suggestions > 0)
        {
            parts.Add(Count(summary.Suggestions, "suggestion"));
        }

        return $"{Count(summary.Findings, "finding")} ({string.Join(", ", parts)}) in {files}{unreadable}.";
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private void WriteFinding(TextWriter output, string path, Finding finding)
    {
        string severityColor = finding.Severity switch
        {
            Severity.Error => "\u001b[31m",
            Severity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        };

        output.WriteLine(
            $"{Paint(Bold, Head(path, finding.Location))}: {Paint(severityColor, finding.Severity.ToName())} {Paint(Dim, finding.RuleId)}: {finding.Message}");

        string suggestion = finding.Suggestions.Count > 0
            ? $" {(finding.Suggestions.Count == 1 ? "suggestion" : "suggestions")}: {string.Join(" | ", finding.Suggestions.Select(s => s.Length == 0 ? "(delete)" : s))}"
            : "";
        if (finding.Excerpt is { } excerpt && excerpt.Text.Length > 0)
        {
            output.WriteLine($"    {excerpt.Text}");
            string pad = new(' ', excerpt.MatchStart);
            string carets = new('^', Math.Max(1, excerpt.MatchLength));
            output.WriteLine($"    {pad}{Paint(severityColor, carets)}{suggestion}");
        }
        else if (suggestion.Length > 0)
        {
            output.WriteLine($"   {suggestion}");
        }
    }

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
