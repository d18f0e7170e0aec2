namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.IncompleteEntry</c>: a cited entry without what every citation style needs to print it: an
/// author or editor (for the kinds of work that have one: articles, books, chapters, papers, theses; or, for a work
/// of an organisation, its publisher or institution), a title, and a year or date.
/// Reported at the entry, once, naming what is missing. An access date (<c>urldate</c>) is no date of the work.
/// </summary>
public sealed class IncompleteEntry : IRule
{
    // A web page or a report of an organisation names it as its publisher or institution, which styles print in the
    // author's place.
    private static readonly string[] GroupFields = ["organization", "institution", "publisher"];

    // The kinds of work that have an author or editor (BibTeX, BibLaTeX and CSL names). A web page, a data set, a
    // piece of software or a manual may have none: styles print its title in the author's place.
    private static readonly HashSet<string> AuthoredTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "book", "inbook", "incollection", "inproceedings", "conference", "proceedings", "phdthesis",
        "mastersthesis", "thesis", "collection", "mvbook", "bookinbook", "suppbook",
        "article-journal", "article-magazine", "article-newspaper", "chapter", "paper-conference",
    };

    public string Id => "Attribution.IncompleteEntry";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A cited bibliography entry needs an author or editor, a title, and a year or date.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var keys = context.Keys;
        if (keys.Bibliography is not { } bibliography)
        {
            yield break;
        }

        var cited = new HashSet<string>(keys.Uses.Select(u => u.Key), StringComparer.Ordinal);
        foreach (var entry in bibliography.Entries.Where(e => cited.Contains(e.Key)).DistinctBy(e => e.Key))
        {
            var missing = new List<string>();
            if (!entry.HasAuthorOrEditor && AuthoredTypes.Contains(entry.Type) && !GroupFields.Any(f => entry.Fields.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v)))
            {
                missing.Add("an author or editor");
            }

            if (string.IsNullOrWhiteSpace(entry.Title))
            {
                missing.Add("a title");
            }

            if (entry.Year is null)
            {
                missing.Add("a year or date");
            }

            if (missing.Count == 0)
            {
                continue;
            }

            string message = $"'{entry.Key}' lacks {string.Join(" and ", missing)}; citation styles print an entry by its author, title and date, so add {(missing.Count == 1 ? "it" : "them")}";
            yield return KeyFindings.AtEntry(context.Document, bibliography, entry, this, context, message);
        }
    }
}
