using PaperLint.Core.Citations;
using PaperLint.Core.Prose;

namespace PaperLint.Tests.Citations;

public sealed class CaselessMentionsTests
{
    private static readonly string[] Texts =
    [
        "O'Brien, P. (2001). The Ports. Harbour Press.",
        "OBRIEN and obrien are other words; so is Brienne.",
        "LE ROUX, Anne, and Jean le roux (1999). Les Ports.",
        "Žižek, S. (2008). Violence. Picador. ŽIŽEK again.",
        "Hadwen-Bennett, A., & Bennett-Hadwen, B. (2015).",
        "Müller-Lüdenscheidt; Mueller; MÜLLER.",
        "Σωκράτης and Ωμέγα, von Ømann — 2020.",
        "a",
        "",
    ];

    [Fact]
    public void Finds_a_name_as_searching_every_text_does()
    {
        var index = new CaselessMentions(Texts);
        string[] names =
        [
            "O'Brien", "o'brien", "Brien", "OBrien", "Brienne", "Le Roux", "le roux", "Roux", "Zizek", "Žižek", "zizek", "ZIZEK", "Hadwen",
            "Bennett", "Hadwen-Bennett", "Bennett-Hadwen", "Müller", "Muller", "MULLER", "Lüdenscheidt", "Mueller", "Σωκράτης", "σωκράτης",
            "Ωμέγα", "Ømann", "Omann", "2020", "—", "", "  ", " Roux ", "A", "Press.", "Ports", "Port",
        ];

        foreach (string name in names)
        {
            Assert.True(SearchEveryText(name) == index.Mentions(name), $"'{name}': expected {SearchEveryText(name)}");
        }
    }

    [Fact]
    public void Only_an_ascii_letter_equals_an_ascii_letter_case_aside()
    {
        // What the index stands on: where a name stands, case aside, its ASCII letters stand as ASCII letters.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string other = ((char)c).ToString();
            foreach (char letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            {
                if (string.Equals(other, letter.ToString(), StringComparison.OrdinalIgnoreCase) || other.IndexOf(letter.ToString(), StringComparison.OrdinalIgnoreCase) == 0)
                {
                    Assert.True(char.IsAsciiLetter((char)c) && char.ToLowerInvariant((char)c) == char.ToLowerInvariant(letter), $"U+{c:X4} equals '{letter}' case aside");
                }
            }
        }
    }

    // The search the index replaces: every text, every place the name stands, case and accents aside.
    private static bool SearchEveryText(string surname)
    {
        string wanted = Diacritics.Strip(surname.Trim());
        if (wanted.Length == 0)
        {
            return false;
        }

        foreach (string raw in Texts)
        {
            string text = Diacritics.Strip(raw);
            for (int at = text.IndexOf(wanted, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + wanted.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
