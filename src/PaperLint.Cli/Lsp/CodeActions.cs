using System.Text.Json;
using PaperLint.Core.Fixes;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Lsp;

/// <summary>
/// The quick fixes for the findings in a range of an open Markdown or text document: each suggestion as an edit (the one
/// <c>paperlint fix</c> would make is preferred), and a suppression comment that disables the rule for the line.
/// </summary>
internal static class CodeActions
{
    public static void Write(Utf8JsonWriter json, string uri, JsonElement parameters, OpenDocument? document, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray();
        if (document is null)
        {
            json.WriteEndArray();
            return;
        }

        var range = parameters.GetProperty("range");
        int line = range.GetProperty("start").GetProperty("line").GetInt32(), character = range.GetProperty("start").GetProperty("character").GetInt32();
        int endLine = range.GetProperty("end").GetProperty("line").GetInt32(), endCharacter = range.GetProperty("end").GetProperty("character").GetInt32();
        foreach (var finding in findings.Where(f => f.Location is TextLocation { File: null } && Overlaps(f, line, character, endLine, endCharacter)))
        {
            foreach (string suggestion in finding.Suggestions)
            {
                var (l, c, el, ec) = Diagnostics.RangeOf(finding);
                string title = suggestion.Length == 0 ? $"Delete '{finding.Match}'" : $"Replace with '{suggestion}'";
                WriteAction(json, uri, $"{title} ({finding.RuleId})", finding, FixPlan.CanFix(finding) && finding.Suggestions.Count == 1, (l, c, el, ec, suggestion));
            }

            if (Suppression(document, finding) is { } edit)
            {
                WriteAction(json, uri, $"Disable {finding.RuleId} for this line", finding, preferred: false, edit);
            }
        }

        json.WriteEndArray();
    }

    private static bool Overlaps(Finding finding, int line, int character, int endLine, int endCharacter)
    {
        var (l, c, el, ec) = Diagnostics.RangeOf(finding);
        bool startsBeforeEnd = l < endLine || (l == endLine && c <= endCharacter);
        bool endsAfterStart = el > line || (el == line && ec >= character);
        return startsBeforeEnd && endsAfterStart;
    }

    /// <summary>
    /// The directive that disables the finding's rule for its line: in Markdown an HTML comment at the end of the line before
    /// (a line of its own would cut a paragraph in two), or on a line of its own above the first line; in plain text a
    /// line of its own above.
    /// </summary>
    private static (int, int, int, int, string)? Suppression(OpenDocument document, Finding finding)
    {
        int line = Diagnostics.RangeOf(finding).Line;
        string directive = $"paperlint-disable-next-line {finding.RuleId}";
        var format = DocumentLoader.FormatOfOrNull(document.Path);
        if (format == SourceFormat.Markdown && line > 0)
        {
            int previousEnd = document.OffsetOf(line - 1, int.MaxValue);
            int previousStart = document.OffsetOf(line - 1, 0);
            int character = previousEnd - previousStart;
            return document.Text.AsSpan(previousStart, character).IsWhiteSpace()
                ? (line, 0, line, 0, $"<!-- {directive} -->\n")
                : (line - 1, character, line - 1, character, $" <!-- {directive} -->");
        }

        return format == SourceFormat.Markdown
            ? (line, 0, line, 0, $"<!-- {directive} -->\n")
            : (line, 0, line, 0, $"{directive}\n");
    }

    private static void WriteAction(Utf8JsonWriter json, string uri, string title, Finding finding, bool preferred, (int Line, int Character, int EndLine, int EndCharacter, string NewText) edit)
    {
        json.WriteStartObject();
        json.WriteString("title", title);
        json.WriteString("kind", "quickfix");
        if (preferred)
        {
            json.WriteBoolean("isPreferred", true);
        }

        json.WriteStartArray("diagnostics");
        Diagnostics.Write(json, finding);
        json.WriteEndArray();
        json.WriteStartObject("edit");
        json.WriteStartObject("changes");
        json.WriteStartArray(uri);
        json.WriteStartObject();
        json.WriteStartObject("range");
        Diagnostics.WritePosition(json, "start", edit.Line, edit.Character);
        Diagnostics.WritePosition(json, "end", edit.EndLine, edit.EndCharacter);
        json.WriteEndObject();
        json.WriteString("newText", edit.NewText);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
