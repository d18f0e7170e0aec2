using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.Ambiguous</c>: two entries with the same authors and year and no letter to tell them apart
/// (1859a, 1859b), so a citation such as (Mill, 1859) cannot say which is meant. Entries whose co-authors differ
/// (Ferreira 2019, Ferreira and Macleod 2019) are told apart by their citations, and so are two authors of one
/// surname with different initials (Berta Grove 2008, Denis O. Grove 2008: B. Grove 2008, D. O. Grove 2008). In a
/// paper that cites by number, the numbers tell the entries of a numbered list apart.
/// </summary>
public sealed class Ambiguous : IRule
{
    public string Id => "Attribution.Ambiguous";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Works of one author in one year must be told apart by a letter (2009a, 2009b).";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        var groups = analysis.Entries
            .Where(e => e.Year is not null && !e.HasYearLetter && e.Authors.Count > 0 && e.Block is not null && !(analysis.Style == CitationStyle.Numeric && e.Number is not null))
            .GroupBy(e => (string.Join("|", e.Authors.Select(NameWords.Key)), e.Year!.ToLowerInvariant()));
        foreach (var group in groups.SelectMany(ByPerson).Where(g => g.Count > 1))
        {
            var first = group.First();
            string bare = first.Year!;
            string letters = bare == "n.d." ? "n.d.-a, n.d.-b" : $"{bare}a, {bare}b";
            foreach (var entry in group.Skip(1))
            {
                string message = $"{entry.Display} has {group.Count} entries in the list, so a citation cannot say which is meant; add letters ({letters}) to these years and to their citations";
                yield return Finding.At(document, entry.Block!, entry.YearStart, entry.YearLength, Id, context.SeverityFor(this), message);
            }
        }
    }

    /// <summary>The entries of one surname and year split by the first author's initial, when every entry gives one.</summary>
    private static IEnumerable<List<ReferenceEntry>> ByPerson(IEnumerable<ReferenceEntry> group)
    {
        var entries = group.ToList();
        var initials = entries.Select(e => e.FirstGiven?.FirstOrDefault(char.IsUpper)).ToList();
        if (initials.Any(i => i is null or '\0'))
        {
            return [entries];
        }

        return entries.GroupBy(e => e.FirstGiven!.First(char.IsUpper)).Select(g => g.ToList());
    }
}
