using System.Globalization;
using PaperLint.Core.Bibliographies;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// The key a writer most likely meant by one the bibliography does not have. First by parts: the one entry whose
/// key, first author's name and year hold every word and number of the cited key (<c>@Abraham:2014</c> is
/// <c>abraham_machine_2014</c>, by Abraham, 2014). Else by spelling: the one key a slip of a letter or two away,
/// without regard to case. Null when no key stands out.
/// </summary>
internal static class NearestKeys
{
    public static string? Find(string key, Bibliography bibliography)
    {
        var parts = Parts(key);
        var keys = bibliography.Entries.DistinctBy(e => e.Key).ToList();
        if (parts.Count >= 2)
        {
            var byParts = keys.Where(e => parts.IsSubsetOf(PartsOf(e))).ToList();
            if (byParts.Count == 1)
            {
                return byParts[0].Key;
            }
        }

        int allowed = Math.Max(1, key.Length / 6);
        var bySpelling = keys
            .Select(e => (e.Key, Distance: Distance(key.ToLowerInvariant(), e.Key.ToLowerInvariant(), allowed)))
            .Where(c => c.Distance <= allowed)
            .ToList();
        if (bySpelling.Count == 0)
        {
            return null;
        }

        int best = bySpelling.Min(c => c.Distance);
        var nearest = bySpelling.Where(c => c.Distance == best).ToList();
        return nearest.Count == 1 ? nearest[0].Key : null;
    }

    private static HashSet<string> PartsOf(BibEntry entry)
    {
        var parts = Parts(entry.Key);
        if (entry.Authors.Count > 0)
        {
            parts.UnionWith(Parts(entry.Authors[0]));
        }

        if (entry.Year is { } year)
        {
            parts.Add(year);
        }

        return parts;
    }

    // The words and numbers of a key, folded: "Abraham:2014" → abraham, 2014; "vanDijk2020a" → vandijk, 2020, a.
    private static HashSet<string> Parts(string text)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool digits = char.IsDigit(text[i]);
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits)
            {
                i++;
            }

            parts.Add(TextFoldKey(text[start..i]));
        }

        return parts;
    }

    private static string TextFoldKey(string word) =>
        Diacritics.Strip(word).ToLower(CultureInfo.InvariantCulture);

    // Levenshtein distance, given up past the bound.
    private static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
