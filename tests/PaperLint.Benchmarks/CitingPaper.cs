using System.Globalization;
using System.Text;

namespace PaperLint.Benchmarks;

/// <summary>
/// A generated Markdown paper that cites a long references list many times: author-year citations in brackets and in
/// the sentence, some with co-authors, pages or a wrong year, some of authors the list lacks, quotations cited and not,
/// a few notes and block quotations, and entries never cited. The same arguments always give the same paper.
/// </summary>
internal static class CitingPaper
{
    private static readonly string[] Surnames =
    [
        "Abbott", "Baker", "Carver", "Dalton", "Ellis", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Keller", "Lopez",
        "Müller", "Novak", "Olsen", "Perez", "Quinn", "Rossi", "Schmidt", "Tanaka", "Žukowski", "Ørsted", "Núñez", "O'Brien",
    ];

    private static readonly string[] Particles = ["", "", "", "van ", "de "];

    private static readonly string[] Words = "the harbour trade grew with ships that called at ports where merchants kept their books and sold grain".Split(' ');

    /// <param name="entries">How many entries the references list has.</param>
    /// <param name="citations">How many sentences cite (or mention) one of them.</param>
    /// <param name="paragraphsOfOne">True for one paragraph of all the sentences, as a text without blank lines reads.</param>
    public static string Write(int entries, int citations, bool paragraphsOfOne = false)
    {
        var random = new Random(entries * 31 + citations);
        var authors = Enumerable.Range(0, Math.Max(2, entries / 2))
            .Select(i => Particles[i % Particles.Length] + Surnames[i % Surnames.Length] + (i < Surnames.Length ? "" : Letters(i / Surnames.Length)))
            .ToList();
        var list = Enumerable.Range(0, entries)
            .Select(i => (Author: authors[i % authors.Count], Year: 1950 + random.Next(70), CoAuthor: random.Next(4) == 0, Title: "Harbour Trade " + Letters(i)))
            .ToList();
        var text = new StringBuilder("# A long review\n\n");
        var notes = new StringBuilder();
        int note = 0;
        for (int cited = 0; cited < citations;)
        {
            for (int sentences = random.Next(3, 7); sentences > 0; sentences--, cited++)
            {
                var (author, year, coAuthor, title) = list[random.Next(entries - 3)];
                string surname = author.Split(' ')[^1];
                string who = Capital(author) + (coAuthor ? " and Other" : "");
                double kind = random.NextDouble();
                year += kind < 0.03 ? 1 : 0;
                who = kind is >= 0.03 and < 0.05 ? "Nolist" + Letters(random.Next(40)) : who;
                text.Append(kind switch
                {
                    < 0.40 => $"{Capital(Phrase(random, 8))} ({who}, {year}). ",
                    < 0.65 => $"{who} ({year}) says {Phrase(random, 8)}. ",
                    < 0.75 => $"{Capital(Phrase(random, 8))} ({author}{(coAuthor ? " et al." : "")} {year}, p. {random.Next(1, 300)}). ",
                    < 0.85 => $"As {Capital(surname)} wrote, “{Phrase(random, 10)}” ({who}, {year}). ",
                    < 0.87 => $"One clerk wrote that “{Phrase(random, 10)}” in the ledger. ",
                    < 0.90 => $"{Capital(surname)} put it plainly: “{Phrase(random, 10)}”.[^n{++note}] ",
                    _ => $"{Capital(surname)} noted that {Phrase(random, 8)}. ",
                });
                if (kind is >= 0.87 and < 0.90)
                {
                    notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: {Capital(author)}, *{title}*, {year}.\n\n");
                }
            }

            text.Append(paragraphsOfOne ? "" : "\n\n");
            if (!paragraphsOfOne && random.Next(20) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"The ledger reads:\n\n> {Capital(Phrase(random, 30))}.\n\n");
            }
        }

        text.Append("\n\n").Append(notes).Append("# References\n\n");
        foreach (var (author, year, coAuthor, title) in list.OrderBy(e => e.Author.Split(' ')[^1], StringComparer.Ordinal).ThenBy(e => e.Year))
        {
            text.Append(CultureInfo.InvariantCulture, $"{Capital(author)}, J.{(coAuthor ? ", & Other, P." : "")} ({year}). *{title}*. Port Press.\n\n");
        }

        return text.ToString();
    }

    private static string Phrase(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Letters(int n)
    {
        string letters = "";
        for (n++; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('a' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
