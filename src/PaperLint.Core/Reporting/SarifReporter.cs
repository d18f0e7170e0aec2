using System.Text.Json;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning reads it: the tool's rules with their descriptions and levels,
/// one result per finding with a file URI relative to the working folder, a region (line and column in
/// text formats) and a fingerprint that survives edits elsewhere in the file. A Word file has no lines,
/// and code scanning needs a start line, so a DOCX result's region is line 1 (the file) with the
/// excerpt as its snippet, and its real place (part, paragraph, note) is a logical location and leads
/// the message. Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
public sealed class SarifReporter(string workingDirectory, string toolVersion, IReadOnlyList<RuleDescriptor> rules) : IReporter
{
    internal const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    internal const string InformationUri = "https://github.com/paperlint/paperlint";

    /// <summary>The key of PaperLint's fingerprint in <c>partialFingerprints</c>.</summary>
    internal const string FingerprintKey = "paperlintFingerprint/v1";

    /// <summary>
    /// The run's <c>automationDetails.id</c> (SARIF 2.1.0 §3.17): one per shard of a split run (<c>--shard</c>), so that
    /// a code-scanning service keeps the shards' results apart instead of each replacing the last.
    /// </summary>
    public string? AutomationId { get; init; }

    public void Write(TextWriter output, IReadOnlyList<FileReport> reports, RunSummary summary)
    {
        var descriptors = Descriptors(reports);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < descriptors.Count; i++)
        {
            index[descriptors[i].Id] = i;
        }

        using var sink = new JsonTextSink(output);
        using (var json = new Utf8JsonWriter(sink, ReportJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, descriptors);
            if (AutomationId is { } automationId)
            {
                json.WriteStartObject("automationDetails");
                json.WriteString("id", automationId);
                json.WriteEndObject();
            }

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", summary.UnreadableFiles == 0);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                var fingerprints = FindingFingerprints.Of(report);
                for (int i = 0; i < report.Findings.Count; i++)
                {
                    WriteResult(json, report, report.Findings[i], fingerprints[i], index[report.Findings[i].RuleId]);
                    JsonTextSink.FlushWhenFull(json);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine();
    }

    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The rules that ran, plus any rule a finding names that the list lacks; links taken from findings where the rule has one.</summary>
    private List<RuleDescriptor> Descriptors(IReadOnlyList<FileReport> reports)
    {
        var byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        foreach (var finding in reports.SelectMany(r => r.Findings))
        {
            if (!byId.TryGetValue(finding.RuleId, out var known))
            {
                byId[finding.RuleId] = new RuleDescriptor(finding.RuleId, finding.RuleId, finding.Severity, finding.Link);
            }
            else if (known.Link is null && finding.Link is not null)
            {
                byId[finding.RuleId] = known with { Link = finding.Link };
            }
        }

        return byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "PaperLint");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Level));
            json.WriteEndObject();
            if (rule.Link is { } link)
            {
                json.WriteString("helpUri", link);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, FileReport report, Finding finding, string fingerprint, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", MessageText(finding));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactPaths.Uri(workingDirectory, finding.Location is TextLocation { File: { } other } ? other : report.Path));
        json.WriteEndObject();
        WriteRegion(json, finding);
        json.WriteEndObject();
        if (finding.Location is DocxLocation docx)
        {
            WriteLogicalLocation(json, docx);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        if (Fixes.FixPlan.CanFix(finding) && finding.Location is TextLocation { File: null } at)
        {
            WriteFix(json, ArtifactPaths.Uri(workingDirectory, report.Path), at, finding);
        }

        json.WriteEndObject();
    }

    /// <summary>The fix <c>paperlint fix</c> makes, as SARIF says a tool proposes one: the matched region and the text that replaces it.</summary>
    private static void WriteFix(Utf8JsonWriter json, string uri, TextLocation at, Finding finding)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", $"Replace '{finding.Match}' with '{finding.Suggestions[0]}'");
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        WriteLines(json, at);
        json.WriteEndObject();
        json.WriteStartObject("insertedContent");
        json.WriteString("text", finding.Suggestions[0]);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string MessageText(Finding finding)
    {
        string message = finding.Location is DocxLocation docx ? $"{docx}: {finding.Message}" : finding.Message;
        if (finding.Suggestions.Count > 0)
        {
            message += $" (suggestion: {string.Join(" | ", finding.Suggestions.Select(s => s.Length == 0 ? "delete" : s))})";
        }

        return message;
    }

    private static void WriteRegion(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("region");
        switch (finding.Location)
        {
            case TextLocation t:
                WriteLines(json, t);
                break;
            case DocxLocation d:
                json.WriteNumber("startLine", 1);
                if (finding.Excerpt is { Text.Length: > 0 } excerpt)
                {
                    json.WriteStartObject("snippet");
                    json.WriteString("text", excerpt.Text);
                    json.WriteEndObject();
                }

                json.WriteStartObject("message");
                json.WriteString("text", d.ToString());
                json.WriteEndObject();
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>A region's lines and columns (1-based, end exclusive), as a text location gives them.</summary>
    private static void WriteLines(Utf8JsonWriter json, TextLocation at)
    {
        json.WriteNumber("startLine", at.Line);
        json.WriteNumber("startColumn", at.Column);
        json.WriteNumber("endLine", at.EndLine);
        json.WriteNumber("endColumn", at.EndColumn);
    }

    private static void WriteLogicalLocation(Utf8JsonWriter json, DocxLocation docx)
    {
        string paragraph = $"¶{docx.NoteParagraph ?? docx.Paragraph}";
        string name = docx.ToString();
        string qualified = docx.NoteKind is null
            ? $"{docx.Part}/{paragraph}"
            : docx.Note is { } note
                ? $"{docx.Part}/{(docx.NoteKind == NoteKind.Endnote ? "endnote" : "footnote")} {note}/{paragraph}"
                : $"{docx.Part}/¶{docx.Paragraph}";
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("fullyQualifiedName", qualified);
        json.WriteString("kind", "paragraph");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("part", docx.Part);
        json.WriteNumber("paragraph", docx.Paragraph);
        json.WriteNumber("offset", docx.Offset);
        json.WriteNumber("length", docx.Length);
        json.WriteEndObject();
    }
}
