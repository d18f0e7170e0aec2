using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.Uncited</c>: a reference entry nothing points to. When the author is named in the text without a
/// year, the message says so (<c>Ascher is mentioned but never cited with a year</c>). An entry counts as cited by an
/// author-date citation of it, by its author's surname followed within a few words by its year however written
/// (<c>Hardy 2011</c>, <c>Council (2007)</c>), by a link to it (a Word hyperlink or cross-reference to a bookmark at the
/// entry or at its number); in a paper that cites in notes, by a note that names its author; in an MLA list, by the
/// text naming its author; by a reference manager's citation (Zotero, Mendeley, EndNote, Citavi) of a work with its title, or
/// its author and year. Entries of a list of further reading ("Further Reading", "Other Resources") need not be cited, nor
/// those of a bibliography a reference manager generated. In a paper that cites by number, an entry of the numbered list
/// is cited when a citation gives its number (<c>[3]</c>, <c>[2–4]</c>, a raised <c>³</c>) or a link leads to it.
/// When three or more entries would be reported and they outnumber the entries found cited, the paper cites in a way
/// the tool does not read (numbers against a list that is not numbered, links it cannot follow), and the rule says
/// nothing rather than report most of the list.
/// </summary>
public sealed class Uncited : IRule
{
    /// <summary>How many uncited entries, outnumbering the cited ones, show that the tool does not read the paper's citations.</summary>
    private const int MinUncitedToDoubt = 3;

    public string Id => "Attribution.Uncited";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Every entry in the references list must be cited in the text.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        if (analysis.References is not { } references)
        {
            yield break;
        }

        var citations = AttributionIndex.InText(analysis).Select(c => c.Citation)
            .Where(c => c.Authors.Count > 0 && !AttributionIndex.IsUnlistedWorkOfListedAuthor(analysis, c))
            .ToList();
        var citedTitles = citations.Where(c => c.Item?.Title is not null).Select(c => TitleText.Normalize(c.Item!.Title!)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var linked = LinkTargets(analysis);
        var names = new NamesInText(analysis, Prose(analysis).Select(b => Diacritics.Strip(b.Text)).ToList(), citations);
        // A bibliography a reference manager generated lists what its citations cite.
        bool byNumber = analysis.Style == CitationStyle.Numeric;
        var citedNumbers = analysis.NumericCitations.Where(c => !references.InFurtherReading(c.Block)).SelectMany(c => c.Citation.Numbers).ToHashSet();
        var listed = analysis.Entries.Where(e => e.Block is not null && !analysis.IsGenerated(e) && ((byNumber && e.Number is not null) || e.Authors.Count > 0)).ToList();
        var cited = listed.Where(e => references.TitlesOf(e).Any(citedTitles.Contains) || (byNumber && e.Number is { } n
                ? citedNumbers.Contains(n) || references.BookmarksOf(e).Any(linked.Contains)
                : IsCited(analysis, names, linked, e)))
            .ToHashSet(ReferenceEqualityComparer.Instance);

        // An entry a quotation was meant to cite is Attribution.WrongWork's finding.
        var meant = analysis.Misattributions.Select(m => m.Meant).ToHashSet(ReferenceEqualityComparer.Instance);
        var uncited = listed
            .Where(e => !cited.Contains(e) && !references.IsFurtherReading(e) && !meant.Contains(e))
            .ToList();

        // More entries to report than entries found cited, three or more: the paper cites in a way the tool does not
        // read (numbers against a list that is not numbered, links it cannot follow), and reporting most of the list
        // would be noise. One or two entries are reported even so: a short list left uncited is what the rule is for.
        if (uncited.Count > cited.Count && uncited.Count >= MinUncitedToDoubt)
        {
            yield break;
        }

        bool byLinks = listed.Any(e => cited.Contains(e) && references.BookmarksOf(e).Any(linked.Contains));
        foreach (var entry in uncited)
        {
            if (byNumber && entry.Number is not null)
            {
                yield return AttributionIndex.AtNumberedEntry(document, entry, this, context,
                    $"reference {AttributionIndex.NumberedDisplay(entry)} is never cited; cite it by its number where it is used, or remove it and renumber the list");
                continue;
            }

            string surname = entry.Authors[0];
            bool inNotes = analysis.Style == CitationStyle.Notes;
            bool otherWorksCited = names.IsCited(surname);
            bool mentioned = !inNotes && names.InProse(surname);
            string message = byLinks
                ? $"{entry.Display} is never cited; nothing in the text links to it; cite the work where it is used or remove the entry"
                : analysis.IsMlaList
                ? $"{entry.Display} is never cited; the text never names {surname}; cite the work where it is used or remove the entry"
                : inNotes
                ? $"{entry.Display} is never cited; no note names {surname}; cite the work where it is used or remove the entry"
                : otherWorksCited
                    ? $"{entry.Display} is never cited (the citations of {surname} give other years); cite it as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry"
                : mentioned
                    ? $"{surname} is mentioned but never cited with a year; cite the work as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry"
                    : $"{entry.Display} is never cited; cite it as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry";
            yield return AttributionIndex.AtEntry(document, entry, this, context, message);
        }
    }

    private static bool IsCited(DocumentAnalysis analysis, NamesInText names, HashSet<string> linked, ReferenceEntry entry)
    {
        // A citation with no year (author-page), one that points to this entry, or one whose year fits no entry of the
        // author (Attribution.YearMismatch reports that one) counts.
        var sameAuthorEntries = analysis.EntriesOf(entry.Authors[0]);
        foreach (string? year in names.CitedYears(entry.Authors[0]))
        {
            if (year is null || DocumentAnalysis.YearRefersTo(year, entry) || !sameAuthorEntries.AnyReferredBy(year))
            {
                return true;
            }
        }

        // A link to the entry, or to its number.
        if (analysis.References!.BookmarksOf(entry).Any(linked.Contains))
        {
            return true;
        }

        // The surname and the year a few words apart, however the citation is written: "Hardy 2011", "Council (2007)".
        if (entry.Year is { Length: >= 4 } year4 && char.IsAsciiDigit(year4[0]) && names.WithYear(entry.Authors[0], year4))
        {
            return true;
        }

        // A note that gives a source and names the author with the year or the title cites the entry.
        if (names.InCitingNote(entry))
        {
            return true;
        }

        // MLA cites by name and page, or by name alone: "(Chabot)".
        if (analysis.IsMlaList && names.InProse(entry.Authors[0]))
        {
            return true;
        }

        return analysis.Style == CitationStyle.Notes && names.InNotes(entry.Authors[0]);
    }

    /// <summary>The bookmarks that links in the paper's text lead to.</summary>
    private static HashSet<string> LinkTargets(DocumentAnalysis analysis) =>
        // Only Word documents have internal links: a paper without any is not filtered for prose (two lookups a block, at
        // every edit in an editor) to find none.
        analysis.Document.Blocks.Any(b => b.InternalLinks.Count > 0)
            ? Prose(analysis).SelectMany(b => b.InternalLinks).Select(l => l.Target).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The paper's text outside the references list and outside a list of further reading.</summary>
    private static IEnumerable<Block> Prose(DocumentAnalysis analysis) =>
        analysis.ProseBlocks.Where(b => analysis.References?.InFurtherReading(b) != true);
}
