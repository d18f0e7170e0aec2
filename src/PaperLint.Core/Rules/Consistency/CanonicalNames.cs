using System.Text.RegularExpressions;
using PaperLint.Core.Packs;
using PaperLint.Core.Packs.Kinds;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// The spellings of names with diacritics that the <c>Names</c> packs give as replacements (<c>Žižek</c>,
/// <c>Lévi-Strauss</c>, <c>García Márquez</c>), by the key of their letters. Read from the loaded rules,
/// so a user's own Names pack counts too and no list is kept twice.
/// </summary>
public sealed class CanonicalNames
{
    private const string NamePack = "Names.";

    private static readonly Regex Word = new(@"\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011]\p{L}[\p{L}\p{M}]*)*", RegexOptions.CultureInvariant);

    private static readonly Lazy<CanonicalNames> ShippedNames = new(() => From(PackLoader.LoadShipped().SelectMany(p => p.Rules)));

    private readonly Dictionary<string, string> _byKey;

    private CanonicalNames(Dictionary<string, string> byKey)
    {
        _byKey = byKey;
    }

    public static CanonicalNames Empty { get; } = new([]);

    /// <summary>The names of the packs shipped with the tool.</summary>
    public static CanonicalNames Shipped => ShippedNames.Value;

    public int Count => _byKey.Count;

    /// <summary>The names with diacritics among the replacements of the substitution rules of the Names packs.</summary>
    public static CanonicalNames From(IEnumerable<IRule> rules)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in rules.OfType<SubstitutionRule>().Where(r => r.Id.StartsWith(NamePack, StringComparison.Ordinal)))
        {
            foreach (string replacement in rule.Replacements.Where(PatternCompiler.IsPlain))
            {
                foreach (Match word in Word.Matches(replacement))
                {
                    if (TextFold.HasDiacritics(word.Value))
                    {
                        byKey.TryAdd(TextFold.Key(word.Value), word.Value);
                    }
                }
            }
        }

        return new CanonicalNames(byKey);
    }

    /// <summary>The name spelled as the packs give it for words with this key, or null.</summary>
    internal string? For(string key) => _byKey.TryGetValue(key, out var name) ? name : null;
}
