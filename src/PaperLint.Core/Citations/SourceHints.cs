using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// Ways a paper says where quoted words come from without an author-date citation or a note: a locator in
/// brackets (<c>(line 107)</c>, <c>(§ 840)</c>, <c>(caption of Figure 2)</c>, <c>(MS, VI, S. 399 f)</c>), a legal
/// citation (<c>590 U.S. 1, 12 (2020)</c>, <c>8 U.S.C. § 1227</c>, <c>Id. at 5</c>), or a lead-in that links the
/// source or names a web page (<c>as the project's website puts it:</c>, <c>From Wikipedia:</c>).
/// </summary>
internal static partial class SourceHints
{
    /// <summary>A bracket that locates words in a text: a line, page, section, paragraph, figure, table or caption.</summary>
    [GeneratedRegex(@"\((?:[^()]{0,40}?[\s,])?(?:lines?|ll?\.|p\.|pp\.|pages?|S\.|Bl\.|§§?|¶|sections?|sec\.|para(?:graph)?s?\.?|figures?|figs?\.|tables?|captions?|chapters?|ch\.|vol\.|book|canto|verse|article|art\.)\s*(?:of\s+)?[\w.,–\- ]{0,30}\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Locator();

    /// <summary>A citation in legal form: volume, reporter and page; a code section; <c>Id.</c>; a tribunal and year in brackets.</summary>
    [GeneratedRegex(@"\b\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?(?:2d|3d|4th|App'x|Supp\.(?:\s?[23]d)?))?|I&N\s+Dec\.|[A-Z][A-Za-z]{0,10}\.(?:\s?[A-Z][A-Za-z]{0,10}\.){0,3}(?:\s?(?:2d|3d|4th))?)\s+\d{1,5}\b|\b(?:U\.S\.C\.|C\.F\.R\.|Stat\.)\s*(?:§§?\s*)?\d|\bId\.(?:\s+at\s+\d+)?|\((?:BIA|AAO|A\.G\.|[A-Z][a-z]*\.?\s?Cir\.|[A-Z]\.[A-Z]\.\s?[A-Za-z.]*)\s+\d{4}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Legal();

    /// <summary>A lead-in that names a web page as the source.</summary>
    [GeneratedRegex(@"\b(?:web\s?site|web\s?page|homepage|home page|Wikipedia|blog|README|documentation|docs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebSource();

    /// <summary>True when text[from..to] holds a locator in brackets or a legal citation.</summary>
    public static bool Locates(string text, int from, int to)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        string part = text[from..to];
        return Locator().IsMatch(part) || Legal().IsMatch(part);
    }

    /// <summary>True when a locator or a legal citation begins within a few words after <paramref name="end"/> (<c>… .” Id. at 5.</c>).</summary>
    public static bool Follows(string text, int end)
    {
        const int Reach = 60;
        end = Math.Clamp(end, 0, text.Length);
        string part = text[end..Math.Min(text.Length, end + Reach + 60)];
        var locator = Locator().Match(part);
        var legal = Legal().Match(part);
        return (locator.Success && locator.Index <= Reach) || (legal.Success && legal.Index <= Reach);
    }

    /// <summary>True when the lead-in text[from..to] links its source or names a web page.</summary>
    /// <param name="block">The block.</param>
    /// <param name="from">Where the lead-in starts.</param>
    /// <param name="to">Where it ends.</param>
    /// <param name="linksWithin">Whether a link (a URL or a link's text) of the block overlaps a stretch of its text.</param>
    public static bool LeadInNamesSource(Block block, int from, int to, Func<int, int, bool> linksWithin)
    {
        from = Math.Clamp(from, 0, block.Text.Length);
        to = Math.Clamp(to, from, block.Text.Length);
        if (to <= from)
        {
            return false;
        }

        return linksWithin(from, to) || WebSource().IsMatch(block.Text.AsSpan(from, to - from));
    }

    /// <summary>Brackets with nothing in them: a citation whose text was lost (a reference-manager field that came out empty).</summary>
    [GeneratedRegex(@"^[\s\p{Pf}\p{Pe}'""»›.,;:!?…]*?(?:\(\s*\)|\[\s*\])")]
    private static partial Regex EmptyBrackets();

    /// <summary>True when empty brackets follow <paramref name="end"/>, after at most closing marks and punctuation: <c>“…” ()</c>.</summary>
    public static bool EmptyCitationAfter(string text, int end)
    {
        end = Math.Clamp(end, 0, text.Length);
        return EmptyBrackets().IsMatch(text.AsSpan(end, Math.Min(12, text.Length - end)));
    }

    [GeneratedRegex(@"(?:\(\s*\)|\[\s*\])[\s.,;:]*$")]
    private static partial Regex EmptyBracketsAtEnd();

    /// <summary>True when a passage ends with empty brackets where its citation should be: <c>… the end. ()</c>.</summary>
    public static bool EmptyCitationAtEnd(string text) => EmptyBracketsAtEnd().IsMatch(text);
}
