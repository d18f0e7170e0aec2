using System.Text.RegularExpressions;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// The spellings of names with diacritics (<c>Žižek</c>, <c>Lévi-Strauss</c>, <c>García Márquez</c>), by the key of
/// their letters. The linter gathers them from the replacements of the loaded <c>Names</c> packs, so a user's own
/// Names pack counts too and no list is kept twice.
/// </summary>
public sealed class CanonicalNames
{
    private static readonly Regex Word = new(@"\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011]\p{L}[\p{L}\p{M}]*)*", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> _byKey;

    private CanonicalNames(Dictionary<string, string> byKey)
    {
        _byKey = byKey;
    }

    public static CanonicalNames Empty { get; } = new([]);

    public int Count => _byKey.Count;

    /// <summary>The names with diacritics among <paramref name="spellings"/> (each may hold several words: "Slavoj Žižek").</summary>
    public static CanonicalNames Of(IEnumerable<string> spellings)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string spelling in spellings)
        {
            foreach (Match word in Word.Matches(spelling))
            {
                if (TextFold.HasDiacritics(word.Value))
                {
                    byKey.TryAdd(TextFold.Key(word.Value), word.Value);
                }
            }
        }

        return new CanonicalNames(byKey);
    }

    /// <summary>The name spelled as the packs give it for words with this key, or null.</summary>
    internal string? For(string key) => _byKey.TryGetValue(key, out var name) ? name : null;
}
