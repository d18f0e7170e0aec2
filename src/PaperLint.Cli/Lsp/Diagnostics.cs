using System.Text.Json;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Lsp;

/// <summary>
/// A finding as an LSP diagnostic: its range in the document (0-based lines, UTF-16 characters, which is how PaperLint
/// counts columns too), the rule id as the code, its level as the severity. A Word document has no lines, so its
/// findings stand at the start and name their paragraph; a finding in another file (a bibliography) names that place.
/// </summary>
internal static class Diagnostics
{
    public static (int Line, int Character, int EndLine, int EndCharacter) RangeOf(Finding finding) =>
        finding.Location is TextLocation { File: null } at
            ? (at.Line - 1, at.Column - 1, Math.Max(at.Line, at.EndLine) - 1, at.EndLine > at.Line ? at.EndColumn - 1 : Math.Max(at.Column, at.EndColumn) - 1)
            : (0, 0, 0, 0);

    /// <summary>True when the position is within the finding's range (or at its start, for an empty one).</summary>
    public static bool Covers(Finding finding, int line, int character)
    {
        var (l, c, el, ec) = RangeOf(finding);
        bool afterStart = line > l || (line == l && character >= c);
        bool beforeEnd = line < el || (line == el && character <= ec);
        return afterStart && beforeEnd;
    }

    public static void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        WriteRange(json, finding);
        json.WriteNumber("severity", finding.Severity switch
        {
            Severity.Error => 1,
            Severity.Warning => 2,
            _ => 3,
        });
        json.WriteString("code", finding.RuleId);
        if (finding.Link is { } link)
        {
            json.WriteStartObject("codeDescription");
            json.WriteString("href", link);
            json.WriteEndObject();
        }

        json.WriteString("source", "paperlint");
        json.WriteString("message", finding.Location switch
        {
            TextLocation { File: null } => finding.Message,
            TextLocation other => $"{other}: {finding.Message}",
            var place => $"{place}: {finding.Message}",
        });
        json.WriteEndObject();
    }

    public static void WriteRange(Utf8JsonWriter json, Finding finding)
    {
        var (line, character, endLine, endCharacter) = RangeOf(finding);
        json.WriteStartObject("range");
        WritePosition(json, "start", line, character);
        WritePosition(json, "end", endLine, endCharacter);
        json.WriteEndObject();
    }

    public static void WritePosition(Utf8JsonWriter json, string name, int line, int character)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", line);
        json.WriteNumber("character", character);
        json.WriteEndObject();
    }
}
