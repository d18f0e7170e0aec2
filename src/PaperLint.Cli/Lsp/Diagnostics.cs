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
    // The property names and the constant values, encoded once: a long paper's diagnostics write them tens of thousands
    // of times, and a name given as a string is transcoded and checked for escaping at each write.
    private static readonly JsonEncodedText RangeName = JsonEncodedText.Encode("range");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText CharacterName = JsonEncodedText.Encode("character");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText CodeDescriptionName = JsonEncodedText.Encode("codeDescription");
    private static readonly JsonEncodedText HrefName = JsonEncodedText.Encode("href");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText PaperLint = JsonEncodedText.Encode("paperlint");

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
        json.WriteNumber(SeverityName, finding.Severity switch
        {
            Severity.Error => 1,
            Severity.Warning => 2,
            _ => 3,
        });
        json.WriteString(CodeName, finding.RuleId);
        if (finding.Link is { } link)
        {
            json.WriteStartObject(CodeDescriptionName);
            json.WriteString(HrefName, link);
            json.WriteEndObject();
        }

        json.WriteString(SourceName, PaperLint);
        json.WriteString(MessageName, finding.Location switch
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
        json.WriteStartObject(RangeName);
        WritePosition(json, StartName, line, character);
        WritePosition(json, EndName, endLine, endCharacter);
        json.WriteEndObject();
    }

    public static void WritePosition(Utf8JsonWriter json, string name, int line, int character) =>
        WritePosition(json, JsonEncodedText.Encode(name), line, character);

    private static void WritePosition(Utf8JsonWriter json, JsonEncodedText name, int line, int character)
    {
        json.WriteStartObject(name);
        json.WriteNumber(LineName, line);
        json.WriteNumber(CharacterName, character);
        json.WriteEndObject();
    }
}
