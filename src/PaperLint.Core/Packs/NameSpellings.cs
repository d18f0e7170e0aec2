using PaperLint.Core.Packs.Kinds;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Core.Packs;

/// <summary>The spellings of names that the <c>Names</c> packs give as replacements, for the consistency rules.</summary>
public static class NameSpellings
{
    private const string NamePack = "Names.";

    private static readonly Lazy<CanonicalNames> ShippedNames = new(() => From(PackLoader.LoadShipped().SelectMany(p => p.Rules)));

    /// <summary>The names of the packs shipped with the tool.</summary>
    public static CanonicalNames Shipped => ShippedNames.Value;

    /// <summary>The names with diacritics among the plain replacements of the substitution rules of the Names packs in <paramref name="rules"/>.</summary>
    public static CanonicalNames From(IEnumerable<IRule> rules) =>
        CanonicalNames.Of(rules
            .OfType<SubstitutionRule>()
            .Where(r => r.Id.StartsWith(NamePack, StringComparison.Ordinal))
            .SelectMany(r => r.Replacements.Where(PatternCompiler.IsPlain)));
}
