namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.KeyCase</c>: a pandoc citation key written in another letter case than its entry's
/// (<c>@smith2020</c> for <c>Smith2020</c>). pandoc matches keys with their case, so it finds no entry.
/// </summary>
public sealed class KeyCase : IRule
{
    public string Id => "Attribution.KeyCase";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A pandoc citation key must be written in the letter case of its entry.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var keys = context.Keys;
        if (keys.Bibliography is null)
        {
            yield break;
        }

        foreach (var use in keys.Uses)
        {
            if (use.InFrontMatter || keys.Defined(use.Key).Count > 0 || keys.DefinedInOtherCase(use.Key) is not [var entry, ..])
            {
                continue;
            }

            string message = $"@{use.Key} is defined as '{entry.Key}' ({KeyFindings.Place(entry)}); pandoc matches keys with their case and will not find it; write @{entry.Key}";
            yield return KeyFindings.AtUse(context.Document, use, this, context, message, ["@" + entry.Key]);
        }
    }
}
