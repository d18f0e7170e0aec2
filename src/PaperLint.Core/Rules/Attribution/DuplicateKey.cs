namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.DuplicateKey</c>: a key the bibliography defines more than once (in one file or across its files).
/// Reported at each definition after the first: a citation can reach only one of them.
/// </summary>
public sealed class DuplicateKey : IRule
{
    public string Id => "Attribution.DuplicateKey";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A bibliography key must be defined once.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var keys = context.Keys;
        if (keys.Bibliography is not { } bibliography)
        {
            yield break;
        }

        foreach (var group in bibliography.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
            {
                string message = $"'{again.Key}' is defined again here (first at {KeyFindings.Place(first)}); a citation reaches only one of them; remove the repeat or give it a key of its own";
                yield return KeyFindings.AtEntry(context.Document, bibliography, again, this, context, message);
            }
        }
    }
}
