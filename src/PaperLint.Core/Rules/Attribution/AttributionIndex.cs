using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>What the attribution rules share: how they build findings and which citations they check.</summary>
internal static class AttributionIndex
{
    /// <summary>A finding at a citation's words.</summary>
    public static Finding AtCitation(Document document, FoundCitation found, IRule rule, LintContext context, string message, IReadOnlyList<string>? suggestions = null) =>
        Finding.At(document, found.Block, found.Citation.Start, found.Citation.Length, rule.Id, context.SeverityFor(rule), message, suggestions);

    /// <summary>A finding at the authors of a reference entry.</summary>
    public static Finding AtEntry(Document document, ReferenceEntry entry, IRule rule, LintContext context, string message)
    {
        // At the first author's surname when the entry opens with it, else at the whole authors part ("———").
        var block = entry.Block!;
        string first = entry.Authors.Count > 0 ? entry.Authors[0] : "";
        int length = first.Length > 0 && string.CompareOrdinal(block.Text, entry.Start, first, 0, first.Length) == 0 ? first.Length : Math.Max(1, entry.AuthorsLength);
        return Finding.At(document, block, entry.Start, length, rule.Id, context.SeverityFor(rule), message);
    }

    /// <summary>
    /// A finding at an entry of a numbered list: at its number where the text writes it (<c>17.</c>, <c>[17]</c>), else at
    /// its first author, else at its first word.
    /// </summary>
    public static Finding AtNumberedEntry(Document document, ReferenceEntry entry, IRule rule, LintContext context, string message)
    {
        var block = entry.Block!;
        if (entry.NumberStart >= 0)
        {
            return Finding.At(document, block, entry.NumberStart, entry.NumberLength, rule.Id, context.SeverityFor(rule), message);
        }

        if (entry.Authors.Count > 0)
        {
            return AtEntry(document, entry, rule, context, message);
        }

        int end = entry.Start;
        while (end < block.Text.Length && !char.IsWhiteSpace(block.Text[end]))
        {
            end++;
        }

        return Finding.At(document, block, entry.Start, Math.Max(1, end - entry.Start), rule.Id, context.SeverityFor(rule), message);
    }

    /// <summary>"[17]", and who wrote it or what it is called when the list says: "[17] Zobel and Talbert (1984)", "[17] “Python documentation”".</summary>
    public static string NumberedDisplay(ReferenceEntry entry)
    {
        string number = $"[{entry.Number}]";
        if (entry.Authors.Count > 0)
        {
            return $"{number} {entry.Display}";
        }

        string? title = entry.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return number;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string shown = words.Length > 8 ? string.Join(' ', words[..8]) + "\u2026" : title;
        return $"{number} \u201C{shown}\u201D";
    }

    /// <summary>"(Serge, 1974)", how a citation of an entry is written.</summary>
    public static string CitationOf(ReferenceEntry entry) => $"({entry.AuthorText}, {entry.Year ?? "n.d."})";

    /// <summary>
    /// True when a citation names co-authors ("Drayton et al. (2008)") while every entry of its first author is by that
    /// author alone, none of them of its year: the list has other works of the author, not the one cited, so the citation
    /// is of a source the list lacks (<c>Attribution.UnknownSource</c>) rather than a wrong year.
    /// </summary>
    public static bool IsUnlistedWorkOfListedAuthor(DocumentAnalysis analysis, Citation citation)
    {
        if (citation.Year is null || !(citation.EtAl || citation.Authors.Count > 1))
        {
            return false;
        }

        var entries = analysis.EntriesOf(citation.Authors[0]);
        return entries.All.Count > 0 && entries.AllSingleAuthored && !entries.AnyReferredBy(citation.Year);
    }

    /// <summary>
    /// The author-date citations the resolution rules check: not a bare page, not inside the list, not a work cited through
    /// another, and not a reference manager's citation where the manager generated the list too (they cannot disagree).
    /// </summary>
    public static IEnumerable<FoundCitation> Checked(DocumentAnalysis analysis)
    {
        bool generated = analysis.Entries.Any(analysis.IsGenerated);
        return InText(analysis).Where(c => c.Citation.Kind is CitationKind.Parenthetical or CitationKind.Narrative && c.Citation.Authors.Count > 0 && !c.Citation.Secondary
            && !(generated && c.Citation.Field is not null));
    }

    /// <summary>
    /// True when a reference manager's citation names a work the list has: by its title, or (as a typed citation would)
    /// by its first author's surname.
    /// </summary>
    public static bool ListsItem(DocumentAnalysis analysis, Citation citation)
    {
        if (citation.Item?.Title is { } title && TitleText.Normalize(title) is { Length: > 0 } normalized
            && analysis.References?.Titles.IsTitle(normalized) == true)
        {
            return true;
        }

        return citation.Authors.Count > 0 && (analysis.IsListed(citation.Authors[0]) || analysis.References?.Mentions(citation.Authors[0]) == true);
    }

    /// <summary>The paper's citations, not those in the entries of a list of further reading.</summary>
    public static IEnumerable<FoundCitation> InText(DocumentAnalysis analysis) =>
        analysis.Citations.Where(c => analysis.References?.InFurtherReading(c.Block) != true);
}
