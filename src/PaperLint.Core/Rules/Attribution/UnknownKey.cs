using PaperLint.Core.Bibliographies;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.UnknownKey</c>: a pandoc citation whose key no entry of the bibliography has, which pandoc
/// prints as <c>(key?)</c>. The nearest key is suggested when one stands out: the one whose key, first author
/// and year hold every part of the cited key (<c>@Abraham:2014</c> → <c>@abraham_machine_2014</c>), else the one a
/// slip of a letter or two away. A key defined in another letter case is <see cref="KeyCase"/>'s. Citations in
/// front-matter fields are not checked (pandoc reads fields such as a handle there too), nor are documents
/// without a bibliography.
/// </summary>
public sealed class UnknownKey : IRule
{
    public string Id => "Attribution.UnknownKey";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A pandoc citation key must have an entry in the bibliography.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var keys = context.Keys;
        if (keys.Bibliography is not { } bibliography)
        {
            yield break;
        }

        // A key mistyped once is often mistyped everywhere: each is compared with the bibliography once.
        var nearestTo = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var use in keys.Uses)
        {
            if (use.InFrontMatter || keys.Defined(use.Key).Count > 0 || keys.DefinedInOtherCase(use.Key).Count > 0)
            {
                continue;
            }

            if (!nearestTo.TryGetValue(use.Key, out string? nearest))
            {
                nearestTo[use.Key] = nearest = NearestKeys.Find(use.Key, bibliography);
            }

            string message = $"@{use.Key} is not in the bibliography ({KeyFindings.Files(bibliography)}), so pandoc prints '({use.Key}?)'; "
                + (nearest is null ? "add the entry or correct the key" : $"is @{nearest} meant? Correct the key or add the entry");
            yield return KeyFindings.AtUse(context.Document, use, this, context, message, nearest is null ? null : ["@" + nearest]);
        }
    }
}
