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
    /// <summary>Words that may stand between a surname and its year: "Hardy 2011", "Bellamy and colleagues (2023)".</summary>
    private const int WordsToYear = 4;

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
        var prose = Prose(analysis).Select(b => Diacritics.Strip(b.Text)).ToList();
        // A bibliography a reference manager generated lists what its citations cite.
        bool byNumber = analysis.Style == CitationStyle.Numeric;
        var citedNumbers = analysis.NumericCitations.Where(c => !references.InFurtherReading(c.Block)).SelectMany(c => c.Citation.Numbers).ToHashSet();
        var listed = analysis.Entries.Where(e => e.Block is not null && !analysis.IsGenerated(e) && ((byNumber && e.Number is not null) || e.Authors.Count > 0)).ToList();
        var cited = listed.Where(e => TitleText.Candidates(e).Any(citedTitles.Contains) || (byNumber && e.Number is { } n
                ? citedNumbers.Contains(n) || references.BookmarksOf(e).Any(linked.Contains)
                : IsCited(analysis, citations, linked, prose, e)))
            .ToHashSet(ReferenceEqualityComparer.Instance);

        // An entry a quotation was meant to cite is Attribution.WrongWork's finding.
        var uncited = listed
            .Where(e => !cited.Contains(e) && !references.IsFurtherReading(e) && !analysis.Misattributions.Any(m => ReferenceEquals(m.Meant, e)))
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
            bool otherWorksCited = citations.Any(c => NameWords.SameSurname(c.Authors[0], surname));
            bool mentioned = !inNotes && prose.Any(text => Mentions(text, surname));
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

    /// <param name="prose">The paper's text (<see cref="Prose"/>), accents stripped.</param>
    private static bool IsCited(DocumentAnalysis analysis, List<Citation> citations, HashSet<string> linked, List<string> prose, ReferenceEntry entry)
    {
        var sameAuthorEntries = analysis.EntriesBy(entry.Authors[0]);
        foreach (var c in citations)
        {
            if (!NameWords.SameSurname(c.Authors[0], entry.Authors[0]))
            {
                continue;
            }

            // A citation with no year (author-page), one that points to this entry, or one whose year fits no entry of
            // the author (Attribution.YearMismatch reports that one) counts.
            if (c.Year is null || DocumentAnalysis.YearRefersTo(c.Year, entry) || !sameAuthorEntries.Any(e => DocumentAnalysis.YearRefersTo(c.Year, e)))
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
        if (entry.Year is { Length: >= 4 } year && char.IsAsciiDigit(year[0]) && prose.Any(text => NamesWithYear(text, entry.Authors[0], year)))
        {
            return true;
        }

        // A note that gives a source and names the author with the year or the title cites the entry.
        var titles = TitleText.Candidates(entry).ToList();
        foreach (var note in analysis.Document.FootnoteDefs)
        {
            string text = note.Text;
            if (Mentions(text, entry.Authors[0]) && analysis.IsCitingNote(note)
                && ((entry.BareYear is { } bare && text.Contains(bare, StringComparison.Ordinal)) || titles.Any(t => (" " + TitleText.Normalize(text) + " ").Contains(" " + t + " ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        // MLA cites by name and page, or by name alone: "(Chabot)".
        if (analysis.IsMlaList && prose.Any(text => Mentions(text, entry.Authors[0])))
        {
            return true;
        }

        return analysis.Style == CitationStyle.Notes
            && analysis.Document.Blocks.Any(b => b.Kind == BlockKind.FootnoteBody && Mentions(b.Text, entry.Authors[0]));
    }

    /// <summary>The bookmarks that links in the paper's text lead to.</summary>
    private static HashSet<string> LinkTargets(DocumentAnalysis analysis) =>
        Prose(analysis).SelectMany(b => b.InternalLinks).Select(l => l.Target).ToHashSet(StringComparer.Ordinal);

    /// <summary>The paper's text outside the references list and outside a list of further reading.</summary>
    private static IEnumerable<Block> Prose(DocumentAnalysis analysis) =>
        analysis.ProseBlocks.Where(b => analysis.References?.InFurtherReading(b) != true);

    /// <summary>True when the text names the surname as a word (accents aside).</summary>
    private static bool Mentions(string text, string surname) => MentionEnds(text, surname).Any();

    /// <summary>
    /// True when the surname is followed within a few words by the year ("Hardy 2011", "Bellamy and colleagues (2023)"),
    /// or stands in a citation key that was never turned into a citation ("@morlon2009").
    /// </summary>
    private static bool NamesWithYear(string text, string surname, string year)
    {
        string key = "@" + NameWords.Key(surname).Replace(" ", "", StringComparison.Ordinal) + year;
        if (Diacritics.Strip(text).Contains(key, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (int end in MentionEnds(text, surname))
        {
            var words = text[end..Math.Min(text.Length, end + 80)].Split((char[]?)null, WordsToYear + 1, StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words.Take(WordsToYear))
            {
                string bare = word.Trim('(', ')', '[', ']', ',', ';', '.', ':');
                if (bare == year)
                {
                    return true;
                }

                // Only co-authors and their joins stand between: another year or other words end the search.
                bool between = bare is "and" or "&" or "et" or "al" or "colleagues" or "coworkers" or "co-workers" or "others" or "'s" or "\u2019s"
                    || (NameWords.HasNameShape(bare) && !word.StartsWith('('));
                if (!between)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>Where each mention of the surname as a word ends in the text (accents aside).</summary>
    private static IEnumerable<int> MentionEnds(string text, string surname)
    {
        string key = surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(w => !NameWords.IsParticle(w));
        string plainText = Diacritics.Strip(text);
        string plainKey = Diacritics.Strip(key);
        if (plainKey.Length == 0)
        {
            yield break;
        }

        for (int at = plainText.IndexOf(plainKey, StringComparison.Ordinal); at >= 0; at = plainText.IndexOf(plainKey, at + 1, StringComparison.Ordinal))
        {
            int end = at + plainKey.Length;
            if ((at == 0 || !char.IsLetter(plainText[at - 1])) && (end == plainText.Length || !char.IsLetter(plainText[end])))
            {
                yield return end;
            }
        }
    }
}
