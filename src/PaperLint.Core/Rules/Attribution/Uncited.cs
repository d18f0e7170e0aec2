using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.Uncited</c>: a reference entry no citation points to. When the author is named in the text
/// without a year, the message says so (<c>Ascher is mentioned but never cited with a year</c>). In a paper
/// that cites in notes, an entry counts as cited when a note names its author; in an MLA list, when the text does.
/// </summary>
public sealed class Uncited : IRule
{
    public string Id => "Attribution.Uncited";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Every entry in the references list must be cited in the text.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        var citations = analysis.Citations.Select(c => c.Citation).Where(c => c.Authors.Count > 0).ToList();
        foreach (var entry in analysis.Entries)
        {
            // An entry a quotation was meant to cite is Attribution.WrongWork's finding.
            if (entry.Authors.Count == 0 || entry.Block is null || IsCited(analysis, citations, entry)
                || analysis.Misattributions.Any(m => ReferenceEquals(m.Meant, entry)))
            {
                continue;
            }

            string surname = entry.Authors[0];
            bool inNotes = analysis.Style == CitationStyle.Notes;
            bool otherWorksCited = citations.Any(c => NameWords.SameSurname(c.Authors[0], surname));
            bool mentioned = !inNotes && analysis.ProseBlocks.Any(b => Mentions(b.Text, surname));
            string message = inNotes
                ? $"{entry.Display} is never cited; no note names {surname}; cite the work where it is used or remove the entry"
                : otherWorksCited
                    ? $"{entry.Display} is never cited (the citations of {surname} give other years); cite it as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry"
                : mentioned
                    ? $"{surname} is mentioned but never cited with a year; cite the work as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry"
                    : $"{entry.Display} is never cited; cite it as {AttributionIndex.CitationOf(entry)} where it is used, or remove the entry";
            yield return AttributionIndex.AtEntry(document, entry, this, context, message);
        }
    }

    private static bool IsCited(DocumentAnalysis analysis, List<Citation> citations, ReferenceEntry entry)
    {
        var sameAuthorEntries = analysis.EntriesBy(entry.Authors[0]);
        foreach (var c in citations)
        {
            if (!NameWords.SameSurname(c.Authors[0], entry.Authors[0]))
            {
                continue;
            }

            // A citation with no year (author-page), one that points to this entry, or one whose year fits no
            // entry of the author (Attribution.YearMismatch reports that one) counts.
            if (c.Year is null || DocumentAnalysis.YearRefersTo(c.Year, entry) || !sameAuthorEntries.Any(e => DocumentAnalysis.YearRefersTo(c.Year, e)))
            {
                return true;
            }
        }

        // A note that gives a source and names the author with the year or the title cites the entry.
        var titles = TitleText.Candidates(entry).ToList();
        foreach (var note in analysis.Document.FootnoteDefs)
        {
            string text = note.Text;
            if (Mentions(text, entry.Authors[0]) && analysis.IsCitingNote(note)
                && ((entry.BareYear is { } year && text.Contains(year, StringComparison.Ordinal)) || titles.Any(t => (" " + TitleText.Normalize(text) + " ").Contains(" " + t + " ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        if (analysis.Style == CitationStyle.Notes)
        {
            return analysis.Document.Blocks.Any(b => b.Kind == BlockKind.FootnoteBody && Mentions(b.Text, entry.Authors[0]));
        }

        return analysis.IsMlaList && analysis.ProseBlocks.Any(b => Mentions(b.Text, entry.Authors[0]));
    }

    /// <summary>True when the text names the surname as a word (accents aside).</summary>
    private static bool Mentions(string text, string surname)
    {
        string key = surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(w => !NameWords.IsParticle(w));
        string plainText = Diacritics.Strip(text);
        string plainKey = Diacritics.Strip(key);
        for (int at = plainText.IndexOf(plainKey, StringComparison.Ordinal); at >= 0; at = plainText.IndexOf(plainKey, at + 1, StringComparison.Ordinal))
        {
            int end = at + plainKey.Length;
            if ((at == 0 || !char.IsLetter(plainText[at - 1])) && (end == plainText.Length || !char.IsLetter(plainText[end])))
            {
                return true;
            }
        }

        return false;
    }
}
