using PaperLint.Core.Citations;
using PaperLint.Core.Prose;
using PaperLint.Core.Rules.Attribution;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class SurnameMentionsTests
{
    private static readonly string[] Texts =
    [
        "As O'Brien (2001) and O’Brien 2003 say, Brien and OBrien differ.",
        "Le Roux wrote; le Roux and Roux and LE ROUX and Rouxel too.",
        "Žižek (2008), Zizek 2009, ZIZEK, zizek and Žižeks.",
        "Hadwen-Bennett 2015 and Bennett-Hadwen and Bennett (2016).",
        "de Beauvoir 1949, Beauvoir's, Simone de Beauvoir (1954).",
        "García Márquez 1967 wrote; Marquez; Márquezian.",
        "—— 2020; Roux",
        "McRoux, iRoux and ΩRoux differ from «Roux», ’Roux and —Zizek; Ωmega Roux, ÉLe Roux.",
        "",
    ];

    private static readonly string[] Surnames =
    [
        "O'Brien", "O’Brien", "Brien", "Roux", "Le Roux", "le Roux", "ROUX", "Žižek", "Zizek", "zizek", "Hadwen-Bennett",
        "Bennett", "Hadwen", "de Beauvoir", "Beauvoir", "García Márquez", "Márquez", "Marquez", "——", "Rouxel", "Rou",
        "van der Berg", "Smith",
    ];

    /// <summary>
    /// Which surnames the index is told it will be asked for: none said (every word filed), all, some, those written with
    /// a capital alone (where a word without one is passed over unlooked-up), none.
    /// </summary>
    public static TheoryData<string> Filed() => ["unsaid", "all", "every other", "capitals only", "the particles only", "nothing"];

    [Theory]
    [MemberData(nameof(Filed))]
    public void Finds_each_mention_as_searching_every_text_does(string filed)
    {
        var index = filed switch
        {
            "unsaid" => new SurnameMentions(Texts),
            "all" => new SurnameMentions(Texts, Surnames),
            "every other" => new SurnameMentions(Texts, Surnames.Where((_, i) => i % 2 == 0)),
            "capitals only" => new SurnameMentions(Texts, ["Zizek", "Le Roux", "de Beauvoir", "O'Brien"]),
            "the particles only" => new SurnameMentions(Texts, ["van der", "de", "——"]),
            _ => new SurnameMentions(Texts, []),
        };

        foreach (string surname in Surnames)
        {
            var expected = Texts.SelectMany((text, t) => EndsIn(text, surname).Select(end => (t, end))).ToList();
            Assert.True(expected.SequenceEqual(index.Ends(surname)), $"'{surname}': expected [{string.Join(", ", expected)}], got [{string.Join(", ", index.Ends(surname))}]");
        }
    }

    [Fact]
    public void A_mention_is_of_the_last_word_that_is_not_a_particle_with_its_case_accents_aside()
    {
        var index = new SurnameMentions(["Zizek and ŽIŽEK and zizek; de Beauvoir; van der Berg; Vanderberg"]);

        Assert.Equal([(0, 5)], index.Ends("Žižek").ToList());
        Assert.Equal([(0, 38)], index.Ends("Simone de Beauvoir").ToList());
        Assert.Equal([(0, 52)], index.Ends("van der Berg").ToList());
    }

    [Fact]
    public void A_surname_of_particles_only_is_not_looked_for()
    {
        Assert.False(SurnameMentions.HasKeyWord("van der"));
        Assert.True(SurnameMentions.HasKeyWord("van der Berg"));
        Assert.Empty(new SurnameMentions([]).Ends("van der"));
    }

    // The search the index replaces: the last word of the surname that is not a particle, as a word of the text.
    private static IEnumerable<int> EndsIn(string text, string surname)
    {
        string key = surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(w => !NameWords.IsParticle(w));
        string plainText = Diacritics.Strip(text);
        string plainKey = Diacritics.Strip(key);
        for (int at = plainText.IndexOf(plainKey, StringComparison.Ordinal); at >= 0; at = plainText.IndexOf(plainKey, at + 1, StringComparison.Ordinal))
        {
            int end = at + plainKey.Length;
            if ((at == 0 || !char.IsLetter(plainText[at - 1])) && (end == plainText.Length || !char.IsLetter(plainText[end])))
            {
                yield return end;
            }
        }
    }
}
