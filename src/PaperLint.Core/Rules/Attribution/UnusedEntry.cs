namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.UnusedEntry</c>: an entry of the bibliography that no citation names, which pandoc leaves out
/// of the references. Reported at the entry, in the bibliography file. Not when <c>nocite:</c> lists the key or
/// holds <c>@*</c>, nor for an entry others take fields from (<c>crossref</c>, <c>xdata</c>) or a set, nor when a mistyped key was meant for it (<see cref="UnknownKey"/> suggests it), and not for a bibliography that is a library rather than the paper's own: one the paper
/// cites fewer than half of the entries of (a writer's whole reference manager export).
/// </summary>
public sealed class UnusedEntry : IRule
{
    public string Id => "Attribution.UnusedEntry";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Every entry of a paper's bibliography should be cited (or listed in nocite).";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var keys = context.Keys;
        if (keys.Bibliography is not { Entries.Count: > 0 } bibliography || keys.NociteAll || keys.Uses.Count == 0)
        {
            yield break;
        }

        // An entry a mistyped key was meant for is UnknownKey's finding (with the entry as its suggestion), not an unused one.
        var cited = new HashSet<string>(keys.Uses.Select(u => u.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var use in keys.Uses.Where(u => keys.Defined(u.Key).Count == 0 && keys.DefinedInOtherCase(u.Key).Count == 0).DistinctBy(u => u.Key, StringComparer.Ordinal))
        {
            if (NearestKeys.Find(use.Key, bibliography) is { } meant)
            {
                cited.Add(meant);
            }
        }

        // An entry other entries take fields from (crossref, xdata) is used through them.
        foreach (var entry in bibliography.Entries)
        {
            foreach (string field in (string[])["crossref", "xdata"])
            {
                if (entry.Fields.TryGetValue(field, out var parents))
                {
                    cited.UnionWith(parents.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        var unused = bibliography.Entries
            .Where(e => !cited.Contains(e.Key) && !keys.Nocite.Contains(e.Key) && e.Type is not ("xdata" or "set"))
            .DistinctBy(e => e.Key)
            .ToList();
        int distinct = bibliography.Entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count();
        if (unused.Count * 2 > distinct)
        {
            yield break;
        }

        foreach (var entry in unused)
        {
            string message = $"'{entry.Key}' is never cited, so pandoc leaves it out of the references; cite it, list it in 'nocite:', or remove it";
            yield return KeyFindings.AtEntry(context.Document, bibliography, entry, this, context, message);
        }
    }
}
