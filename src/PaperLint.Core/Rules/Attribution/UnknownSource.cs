using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.UnknownSource</c>: a citation whose author has no entry in the references list (when the paper has
/// one), or whose co-authors no entry of that author has ("Drayton et al. (2008)" where the list has only works by
/// Drayton alone, none of 2008). In a paper that cites by number, a number the numbered list has no entry for
/// (<c>[14]</c> when the list ends at 12), at the number. A work a reference manager's citation cites (Zotero, Mendeley, EndNote, Citavi) is
/// looked for by its data, its title or its first author; where the manager generated the list too, there is nothing to check.
/// </summary>
public sealed class UnknownSource : IRule
{
    public string Id => "Attribution.UnknownSource";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Every cited author must have an entry in the references list.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        if (analysis.References is null)
        {
            yield break;
        }

        foreach (var finding in UnknownNumbers(context, analysis))
        {
            yield return finding;
        }

        var cited = AttributionIndex.Checked(analysis);
        if (analysis.IsMlaList)
        {
            cited = cited.Concat(AttributionIndex.InText(analysis).Where(c => c.Citation.Kind == CitationKind.AuthorPage));
        }

        foreach (var found in cited)
        {
            var citation = found.Citation;
            if (AttributionIndex.IsUnlistedWorkOfListedAuthor(analysis, citation))
            {
                var byAuthor = analysis.EntriesOf(citation.Authors[0]);
                var alone = byAuthor.All;
                string listed = byAuthor.Listed;
                yield return AttributionIndex.AtCitation(document, found, this, context,
                    $"no entry for {citation.Display} in the references; the list has only {listed}, by {alone[0].AuthorText} alone; add the work cited, or correct the citation");
                continue;
            }

            if (citation.Field is { } field)
            {
                if (!AttributionIndex.ListsItem(analysis, citation))
                {
                    yield return AttributionIndex.AtCitation(document, found, this, context,
                        $"no entry for {citation.Display} in the references, though a {field.Manager} citation cites it; add the work to the list, or let {field.Manager} insert the bibliography");
                }

                continue;
            }

            // Listed in an entry the parser read, or named in one it could not read: either way not unknown.
            if (analysis.IsListed(citation.Authors[0]) || analysis.References.Mentions(citation.Authors[0]))
            {
                continue;
            }

            string message = $"no entry for {citation.AuthorText} in the references; add the work cited as {citation.Display}, or correct the name";
            yield return AttributionIndex.AtCitation(document, found, this, context, message);
        }
    }

    /// <summary>Each number or range of a numeric citation that names numbers the list has no entry for.</summary>
    private IEnumerable<Finding> UnknownNumbers(LintContext context, DocumentAnalysis analysis)
    {
        var numbers = analysis.Entries.Where(e => e.Number is not null).Select(e => e.Number!.Value).ToHashSet();
        if (numbers.Count == 0)
        {
            yield break;
        }

        string listed = NumericCitations.Runs(numbers);
        foreach (var found in AttributionIndex.InText(analysis).Where(c => c.Citation.Kind == CitationKind.Numeric))
        {
            foreach (var (first, last, start, length) in found.Citation.Ranges)
            {
                var missing = Enumerable.Range(first, last - first + 1).Where(n => !numbers.Contains(n)).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                string message = missing.Count == 1
                    ? $"no entry [{missing[0]}] in the references, which are numbered [{listed}]; correct the number or add the work to the list"
                    : $"no entries {NumericCitations.Label(missing)} in the references, which are numbered [{listed}]; correct the numbers or add the works to the list";
                yield return Finding.At(context.Document, found.Block, start, length, Id, context.SeverityFor(this), message);
            }
        }
    }
}
