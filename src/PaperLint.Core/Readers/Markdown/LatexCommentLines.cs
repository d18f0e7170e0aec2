using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// The lines an author commented out with LaTeX's <c>%</c> in Markdown written for LaTeX. Such a document (one
/// that has raw LaTeX commands on lines of their own, <c>\label{…}</c>, <c>\bigskip</c>, for pandoc to pass on)
/// is written by someone who thinks in LaTeX, and a line they begin with <c>%</c> is one they switched off: their
/// build strips it, or they mean it to be stripped. Markdown alone prints such a line, so outside a document
/// written for LaTeX a <c>%</c> at the start of a line is text like any other. Code is never looked at.
/// </summary>
internal sealed class LatexCommentLines
{
    public static readonly LatexCommentLines None = new(null, []);

    private readonly LineIndex? _lines;
    private readonly HashSet<int> _commented;

    private LatexCommentLines(LineIndex? lines, HashSet<int> commented)
    {
        _lines = lines;
        _commented = commented;
    }

    /// <summary>
    /// False when the source has no line that begins with <c>%</c> or none that begins with a LaTeX command: then no line
    /// is commented out, whatever the code holds, and <see cref="Find"/> need not know where the code is.
    /// </summary>
    public static bool MayHold(string source)
    {
        if (!source.Contains('%') || !source.Contains('\\'))
        {
            return false;
        }

        bool percent = false, command = false;
        // The line breaks of LineIndex: \n, \r and \r\n (the last reads as two, one of them empty).
        foreach (var range in source.AsSpan().SplitAny("\r\n"))
        {
            var text = source.AsSpan(range).TrimStart(' ');
            percent |= text.StartsWith('%');
            command |= IsLatexCommand(text);
            if (percent && command)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines commented out, in a source for which <see cref="MayHold"/> is true.</summary>
    /// <param name="codeAndHtml">The code and raw HTML blocks (first and last offset), whose lines are never looked at.</param>
    public static LatexCommentLines Find(string source, IReadOnlyList<(int Start, int End)> codeAndHtml, LineIndex lines)
    {
        var code = new HashSet<int>();
        foreach (var (start, end) in codeAndHtml)
        {
            int last = lines.ToLineColumn(end).Line;
            for (int line = lines.ToLineColumn(start).Line; line <= last; line++)
            {
                code.Add(line);
            }
        }

        var commented = new HashSet<int>();
        bool forLatex = false;
        for (int line = 0; line < lines.LineCount; line++)
        {
            if (code.Contains(line))
            {
                continue;
            }

            var text = source.AsSpan(lines.LineStart(line), lines.LineEnd(line, source) - lines.LineStart(line)).TrimStart(' ');
            if (text.StartsWith('%'))
            {
                commented.Add(line);
            }
            else
            {
                forLatex |= IsLatexCommand(text);
            }
        }

        return forLatex && commented.Count > 0 ? new LatexCommentLines(lines, commented) : None;
    }

    /// <summary>True when the source offset lies on a line the author commented out.</summary>
    public bool Holds(int sourceOffset) => _lines is not null && _commented.Contains(_lines.ToLineColumn(sourceOffset).Line);

    /// <summary>A line that begins with a LaTeX command: a backslash, a command name, then a brace, a bracket, a space or the line's end.</summary>
    private static bool IsLatexCommand(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || line[0] != '\\' || !char.IsAsciiLetter(line[1]))
        {
            return false;
        }

        int end = 1;
        while (end < line.Length && char.IsAsciiLetter(line[end]))
        {
            end++;
        }

        return end == line.Length || line[end] is '{' or '[' or ' ';
    }
}
