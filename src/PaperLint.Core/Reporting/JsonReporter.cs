using System.Text.Json;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>
/// The machine-readable report, a stable contract (version 1, documented in the README). Written with
/// <see cref="Utf8JsonWriter"/>: no reflection, so it trims and compiles ahead of time.
/// </summary>
public sealed class JsonReporter : IReporter
{
    internal const int Version = 1;

    public void Write(TextWriter output, IReadOnlyList<FileReport> reports, RunSummary summary)
    {
        using var sink = new JsonTextSink(output);
        using (var json = new Utf8JsonWriter(sink, ReportJson.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                WriteFile(json, report);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("findings", summary.Findings);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("suggestions", summary.Suggestions);
            json.WriteNumber("unreadable", summary.UnreadableFiles);
            json.WriteNumber("baselined", summary.Baselined);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject();
        json.WriteString("path", report.Path);
        json.WriteString("format", report.Format.ToName());
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.RuleId);
            json.WriteString("severity", finding.Severity.ToName());
            json.WriteString("message", finding.Message);
            json.WriteString("match", finding.Match);
            json.WriteStartArray("suggestions");
            foreach (var suggestion in finding.Suggestions)
            {
                json.WriteStringValue(suggestion);
            }

            json.WriteEndArray();
            if (Fixes.FixPlan.CanFix(finding))
            {
                json.WriteBoolean("fixable", true);
            }

            WriteLocation(json, finding.Location);
            if (finding.Link is { } link)
            {
                json.WriteString("link", link);
            }

            json.WriteEndObject();
            JsonTextSink.FlushWhenFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("location");
        switch (location)
        {
            case TextLocation t:
                if (t.File is { } file)
                {
                    json.WriteString("file", file);
                }

                json.WriteNumber("line", t.Line);
                json.WriteNumber("column", t.Column);
                json.WriteNumber("endLine", t.EndLine);
                json.WriteNumber("endColumn", t.EndColumn);
                break;
            case DocxLocation d:
                json.WriteString("part", d.Part);
                json.WriteNumber("paragraph", d.Paragraph);
                json.WriteNumber("offset", d.Offset);
                json.WriteNumber("length", d.Length);
                if (d.NoteKind is { } kind)
                {
                    json.WriteString("noteKind", kind == NoteKind.Endnote ? "endnote" : "footnote");
                    if (d.Note is { } note)
                    {
                        json.WriteNumber("note", note);
                    }

                    json.WriteNumber("noteParagraph", d.NoteParagraph ?? 1);
                }

                break;
        }

        json.WriteEndObject();
    }
}
