using PaperLint.Core.Bibliographies;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>Findings of the citation-key rules: at a citation of a key in the document, or at an entry of its bibliography.</summary>
internal static class KeyFindings
{
    public static Finding AtUse(Document document, KeyCitation use, IRule rule, LintContext context, string message, IReadOnlyList<string>? suggestions = null)
    {
        var location = use.Location;
        string match = "@" + use.Key;
        if (document.HasSource && document.Lines is { } lines && location.Line <= lines.LineCount)
        {
            int start = lines.LineStart(location.Line - 1) + location.Column - 1;
            int length = location.EndColumn - location.Column;
            if (start >= 0 && length > 0 && start + length <= lines.Length)
            {
                match = document.SourceSlice(start, length);
            }
        }

        return new Finding
        {
            RuleId = rule.Id,
            Severity = context.SeverityFor(rule),
            Message = message,
            Match = match,
            Suggestions = suggestions ?? [],
            Location = location,
            Excerpt = document.ExcerptAt(location),
        };
    }

    /// <summary>A finding at an entry's key: in its bibliography file, or in the document for its inline <c>references:</c>.</summary>
    public static Finding AtEntry(Document document, Bibliography bibliography, BibEntry entry, IRule rule, LintContext context, string message, IReadOnlyList<string>? suggestions = null)
    {
        bool inline = entry.File == document.Path;
        var location = new TextLocation(entry.Line, entry.Column, entry.Line, entry.Column + entry.Key.Length) { File = inline ? null : entry.File };
        Excerpt? excerpt = null;
        if (inline)
        {
            // The entry's line in the document's own source (its front matter): as every other excerpt of the document.
            excerpt = document.ExcerptAt(location);
        }
        else if (document.Excerpts && bibliography.Texts.GetValueOrDefault(entry.File) is { } text)
        {
            var lines = bibliography.LinesOf(entry.File, text);
            if (entry.Line <= lines.LineCount)
            {
                int start = lines.LineStart(entry.Line - 1);
                excerpt = Document.Window(text.AsSpan(start, lines.LineEnd(entry.Line - 1, text) - start), entry.Column - 1, entry.Key.Length);
            }
        }

        return new Finding
        {
            RuleId = rule.Id,
            Severity = context.SeverityFor(rule),
            Message = message,
            Match = entry.Key,
            Suggestions = suggestions ?? [],
            Location = location,
            Excerpt = excerpt,
        };
    }

    /// <summary>Where an entry is defined, as messages give it: <c>paper.bib:12</c>.</summary>
    public static string Place(BibEntry entry) => $"{entry.File}:{entry.Line}";

    /// <summary>The files of the bibliography as messages name them: <c>paper.bib</c>, <c>a.bib and b.json</c>.</summary>
    public static string Files(Bibliography bibliography) =>
        bibliography.Files.Count == 0 ? "the front matter's references" : string.Join(" and ", bibliography.Files);
}
