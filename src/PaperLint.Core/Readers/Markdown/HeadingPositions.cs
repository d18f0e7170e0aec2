using Markdig.Syntax;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Markdig places the inlines of an ATX heading whose <c>#</c> a tab follows (<c>#&lt;TAB&gt;Title</c>) from a start of its
/// own, not from the source: <c>#&lt;TAB&gt;Title</c> after five characters says its text begins at 2, where it begins at
/// 7. Every inline of such a heading is off by the same distance, which this finds, so that its words are found where
/// they are written whatever the heading's place in the file.
/// </summary>
internal static class HeadingPositions
{
    /// <summary>
    /// What to add to the positions of <paramref name="heading"/>'s inlines (in a tree of source[shift..]) to place them in
    /// the source: 0 but for an ATX heading with a tab between its <c>#</c> and its text.
    /// </summary>
    public static int Correction(HeadingBlock heading, string source, int shift)
    {
        if (heading.IsSetext || heading.Inline?.FirstChild is not { } first || first.Span.IsEmpty || heading.Span.IsEmpty)
        {
            return 0;
        }

        int at = heading.Span.Start + shift;
        while (at < source.Length && source[at] == '#')
        {
            at++;
        }

        int text = at;
        while (text < source.Length && source[text] is ' ' or '\t')
        {
            text++;
        }

        return source.AsSpan(at, text - at).Contains('\t') ? text - (first.Span.Start + shift) : 0;
    }
}
