using System.Globalization;
using System.Text;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which the
/// runner turns into annotations on the pull request. A Word file has no lines, so a DOCX finding names
/// the file only and puts its place (paragraph, note) and excerpt in the message.
/// </summary>
public sealed class GitHubReporter(string workingDirectory) : IReporter
{
    public void Write(TextWriter output, IReadOnlyList<FileReport> reports, RunSummary summary)
    {
        foreach (var report in reports)
        {
            string file = ArtifactPaths.Relative(workingDirectory, report.Path) ?? Path.GetFullPath(Path.Combine(workingDirectory, report.Path));
            foreach (var finding in report.Findings)
            {
                output.WriteLine(Command(file, finding));
            }
        }

        output.WriteLine(TextReporter.SummaryLine(summary));
    }

    internal static string Command(string file, Finding finding)
    {
        string command = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };

        var properties = new List<string> { $"file={Property(finding.Location is TextLocation { File: { } other } ? other : file)}" };
        string message = finding.Message;
        switch (finding.Location)
        {
            case TextLocation t:
                // GitHub takes columns only for a one-line range; its end column is that of the last character.
                bool oneLine = t.EndLine == t.Line;
                properties.Add(Number("line", t.Line));
                if (oneLine)
                {
                    properties.Add(Number("col", t.Column));
                }

                properties.Add(Number("endLine", t.EndLine));
                if (oneLine)
                {
                    properties.Add(Number("endColumn", Math.Max(t.Column, t.EndColumn - 1)));
                }

                break;
            case DocxLocation d:
                message = $"{d}: {message}";
                if (finding.Excerpt is { Text.Length: > 0 } excerpt)
                {
                    message += $"\n{excerpt.Text}";
                }

                break;
        }

        if (finding.Suggestions.Count > 0)
        {
            message += $"\nsuggestion: {string.Join(" | ", finding.Suggestions.Select(s => s.Length == 0 ? "(delete)" : s))}";
        }

        properties.Add($"title={Property(finding.RuleId)}");
        return $"::{command} {string.Join(',', properties)}::{Data(message)}";
    }

    /// <summary>Escapes a command's message: '%', CR and LF.</summary>
    internal static string Data(string value) => new StringBuilder(value)
        .Replace("%", "%25")
        .Replace("\r", "%0D")
        .Replace("\n", "%0A")
        .ToString();

    /// <summary>Escapes a property value: as a message, and also ':' and ','.</summary>
    internal static string Property(string value) => new StringBuilder(Data(value))
        .Replace(":", "%3A")
        .Replace(",", "%2C")
        .ToString();

    private static string Number(string name, int value) => string.Create(CultureInfo.InvariantCulture, $"{name}={value}");
}
