using System.Text;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Renders what the Markdown reader produced as one line per block and per note marker or body, in the
/// habit of Markdig's TestSourcePosition, so that a location bug shows as a one-line diff.
/// </summary>
internal static class MarkdownSnapshot
{
    public static string Of(Document document)
    {
        var lines = new List<string>();
        foreach (var block in document.Blocks)
        {
            string kind = block.HeadingLevel > 0 ? $"{block.Kind}({block.HeadingLevel})" : block.Kind.ToString();
            var line = new StringBuilder($"{kind} {Range(document.Locate(block, 0, block.Text.Length))} \"{Visible(block.Text)}\"");
            foreach (var span in block.Spans)
            {
                line.Append($" {span.Kind}:{Visible(block.Text.Substring(span.Start, span.Length))}");
            }

            lines.Add(line.ToString());
        }

        foreach (var r in document.FootnoteRefs)
        {
            lines.Add($"ref {r.Display} {Range(r.Location)} {r.Numbering} {r.Style} at {r.Offset}");
        }

        foreach (var d in document.FootnoteDefs)
        {
            lines.Add($"def {d.Label} {Range(d.Location)} {d.Numbering} {d.Style} \"{Visible(d.Text)}\"");
        }

        return string.Join("\n", lines);
    }

    public static string Range(SourceLocation location) => location is TextLocation t
        ? $"{t.Line}:{t.Column}-{t.EndLine}:{t.EndColumn}"
        : location.ToString() ?? "";

    /// <summary>The placeholder for non-prose is invisible in a diff; show it as a sign.</summary>
    public static string Visible(string text) => text.Replace(Block.Placeholder, '¤').Replace("\n", "\\n", StringComparison.Ordinal);
}
