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
    /// <param name="notCitations">Where no citation is read (from, up to), as <see cref="MarkdownTreeFacts.NotCitations"/> gathered them.</param>
    public static List<KeyCitation> Find(string source, IReadOnlyList<(int Start, int End)> notCitations, LineIndex lines, LatexCommentLines commentLines)
    {
        var found = new List<KeyCitation>();
        if (!source.Contains('@'))
        {
            return found;
        }

        var masked = new List<(int Start, int End)>(notCitations);
        masked.Sort();

        // The ranges sorted by start, with the furthest end reached so far: whether any range overlaps a stretch is one
        // binary search, not a walk over every range before it (a long paper has thousands of links and code spans).
        var starts = new int[masked.Count];
        var furthest = new int[masked.Count];
        for (int i = 0; i < masked.Count; i++)
        {
            starts[i] = masked[i].Start;
            furthest[i] = Math.Max(masked[i].End, i > 0 ? furthest[i - 1] : int.MinValue);
        }

        bool Skip(int start, int length)
        {
            // The ranges that start before the stretch ends: one of them overlaps it when it ends after the stretch starts.
            int before = LowerBound(starts, start + length);
            return (before > 0 && furthest[before - 1] > start) || commentLines.Holds(start);
        }

        foreach (var use in PandocCitationSyntax.Find(source, Skip))
        {
            var (line, column) = lines.ToLineColumn(use.Start);
            found.Add(new KeyCitation(use.Key, new TextLocation(line + 1, column + 1, line + 1, column + 1 + use.Length), use.Bracketed, InFrontMatter: false));
        }

        return found;
    }

    // The number of values less than value in a sorted array.
    private static int LowerBound(int[] sorted, int value)
    {
        int index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        // Equal values may repeat: step back to the first.
        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
