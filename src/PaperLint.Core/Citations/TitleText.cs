using System.Text;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Citations;

/// <summary>Titles compared as a reader compares them: case, accents, punctuation and a leading article aside.</summary>
internal static class TitleText
{
    public static string Normalize(string title)
    {
        var builder = new StringBuilder(title.Length);
        bool space = false;
        foreach (char c in Diacritics.Strip(title).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                space = true;
            }
        }

        string t = builder.ToString();
        foreach (var article in new[] { "the ", "a ", "an " })
        {
            if (t.StartsWith(article, StringComparison.Ordinal))
            {
                return t[article.Length..];
            }
        }

        return t;
    }

    /// <summary>The forms of an entry's title (<see cref="Candidates"/>), as the references list made them once, when the entry is known to one.</summary>
    public static IReadOnlyList<string> CandidatesOf(ReferenceEntry entry, ReferenceList? list) => list?.TitlesOf(entry) ?? [.. Candidates(entry)];

    /// <summary>The forms of an entry's title a paper may name it by: the title, the sentence after the year, and each without its subtitle.</summary>
    public static IEnumerable<string> Candidates(ReferenceEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in new[] { entry.Title, entry.PlainTitle })
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            int colon = title.IndexOf(':');
            foreach (var form in colon > 0 ? new[] { title, title[..colon] } : new[] { title })
            {
                string normalized = Normalize(form);
                if (normalized.Length > 0 && seen.Add(normalized))
                {
                    yield return normalized;
                }
            }
        }
    }
}
