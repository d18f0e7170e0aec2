using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.YearMismatch</c>: the cited author is in the references list, but not with that year:
/// <c>no reference for Serge (1975); the list has Serge (1974)</c>. A year without the letter its entries
/// carry (2009 for 2009a and 2009b) is reported too. A citation with co-authors of an author whose entries are all
/// by that author alone is <c>Attribution.UnknownSource</c>'s: no year would make it one of them.
/// </summary>
public sealed class YearMismatch : IRule
{
    public string Id => "Attribution.YearMismatch";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A cited year must match an entry of that author in the references list.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        foreach (var found in AttributionIndex.Checked(analysis))
        {
            var citation = found.Citation;
            var byAuthor = analysis.EntriesOf(citation.Authors[0]);
            var entries = byAuthor.All;
            if (entries.Count == 0 || byAuthor.WithYear(citation.Year).Count > 0
                || AttributionIndex.IsUnlistedWorkOfListedAuthor(analysis, citation))
            {
                continue;
            }

            var sameYear = citation.Year is { } year ? byAuthor.ReferredBy(year) : entries;
            string listed = byAuthor.Listed;
            string message = sameYear.Count > 1
                ? $"{citation.Display} could be any of {listed}; add the letter of the work meant"
                : sameYear.Count == 1
                    ? $"no reference for {citation.Display}; the list has {sameYear[0].Display}; write the year as the list does"
                    : $"no reference for {citation.Display}; the list has {listed}; correct the year or add the work to the references";
            var suggestions = sameYear.Count == 1 ? new[] { sameYear[0].Year! } : entries.Count == 1 && entries[0].Year is { } only ? [only] : null;
            yield return AttributionIndex.AtCitation(document, found, this, context, message, suggestions);
        }
    }
}
