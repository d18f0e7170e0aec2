using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Finds the pandoc citations of a Markdown source wherever pandoc reads them: paragraphs, headings, lists,
/// tables, notes, and the captions of figures (an image's text), which the prose model leaves out. Code,
/// raw HTML and comments, link targets, the front matter and lines commented out for LaTeX hold none.
/// </summary>
internal static class PandocCitationScanner
{
    public static List<KeyCitation> Find(string source, MarkdownDocument parsed, LineIndex lines, LatexCommentLines commentLines)
    {
        var found = new List<KeyCitation>();
        if (!source.Contains('@'))
        {
            return found;
        }

        var masked = new List<(int Start, int End)>();
        foreach (var node in parsed.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock or CodeBlock or HtmlBlock or LinkReferenceDefinition when !node.Span.IsEmpty:
                    masked.Add((node.Span.Start, node.Span.End + 1));
                    break;
                case CodeInline or HtmlInline or AutolinkInline when !node.Span.IsEmpty:
                    masked.Add((node.Span.Start, node.Span.End + 1));
                    break;
                case LinkInline { IsAutoLink: true } when !node.Span.IsEmpty:
                    masked.Add((node.Span.Start, node.Span.End + 1));
                    break;
                case LinkInline link when !link.UrlSpan.IsEmpty:
                    masked.Add((link.UrlSpan.Start, link.UrlSpan.End + 1));
                    break;
            }
        }

        masked.Sort();
        bool Skip(int start, int length)
        {
            int end = start + length;
            foreach (var (s, e) in masked)
            {
                if (s >= end)
                {
                    break;
                }

                if (e > start)
                {
                    return true;
                }
            }

            return commentLines.Holds(start);
        }

        foreach (var use in PandocCitationSyntax.Find(source, Skip))
        {
            var (line, column) = lines.ToLineColumn(use.Start);
            found.Add(new KeyCitation(use.Key, new TextLocation(line + 1, column + 1, line + 1, column + 1 + use.Length), use.Bracketed, InFrontMatter: false));
        }

        return found;
    }
}
