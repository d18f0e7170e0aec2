using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.UnknownSource</c>: a citation whose author has no entry in the references list (when the paper has
/// one), or whose co-authors no entry of that author has ("Drayton et al. (2008)" where the list has only works by
/// Drayton alone, none of 2008). A work a reference manager's citation cites (Zotero, Mendeley, EndNote, Citavi) is
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
                var alone = analysis.EntriesBy(citation.Authors[0]);
                string listed = string.Join(" and ", alone.Select(e => e.Display).Distinct());
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
}
