using PaperLint.Core.Model;
using PaperLint.Core.Readers.Suppressions;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Word comments whose text begins with <c>paperlint-disable</c> (then rule ids, or nothing for every
/// rule) suppress those rules on the commented range. Only the comment's first paragraph is read, so a
/// reason can follow on the next line.
/// </summary>
internal static class CommentSuppressions
{
    public static IReadOnlyList<Suppression> Build(WordNode? comments, IReadOnlyList<(string Part, CommentMark Mark)> marks)
    {
        if (comments is null || marks.Count == 0)
        {
            return [];
        }

        var directives = new Dictionary<string, SuppressionDirective>(StringComparer.Ordinal);
        foreach (var comment in comments.Elements("comment"))
        {
            string? id = comment.Attribute("id");
            var first = comment.Child("p");
            if (id is null || first is null)
            {
                continue;
            }

            string text = string.Concat(first.Descendants("t").Select(t => t.Text));
            if (SuppressionDirective.TryParse(text, out var directive) && directive.Kind == SuppressionKind.Disable)
            {
                directives[id] = directive;
            }
        }

        var regions = new SuppressionRegions();
        foreach (var (part, start) in marks.Where(m => m.Mark.IsStart))
        {
            if (!directives.TryGetValue(start.CommentId, out var directive))
            {
                continue;
            }

            var from = new DocxLocation(part, start.Paragraph, start.Offset, 0);
            var end = marks.FirstOrDefault(m => !m.Mark.IsStart && m.Part == part && m.Mark.CommentId == start.CommentId).Mark;

            // A range whose end is missing (a damaged file) runs to the end of its part.
            DocxLocation? to = end is null ? null : new DocxLocation(part, end.Paragraph, end.Offset, 0);
            regions.Range(directive.Rules, from, to, from);
        }

        return regions.Finish();
    }
}
