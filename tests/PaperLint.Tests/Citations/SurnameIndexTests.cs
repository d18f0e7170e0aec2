using PaperLint.Core.Citations;

namespace PaperLint.Tests.Citations;

public sealed class SurnameIndexTests
{
    // Spellings that NameWords.SameSurname matches and keeps apart in every way it can: accents, case, particles,
    // given names before the surname, possessives, initials with and without stops, bodies, empty keys.
    private static readonly string[] Names =
    [
        "Žižek", "Zizek", "ZIZEK", "zizek", "Slavoj Žižek", "de Beauvoir", "Beauvoir", "Simone de Beauvoir", "De Beauvoir",
        "Rose", "Jonathan Rose", "Mary Rose", "Rose's", "Rose’s", "Roseanne", "Rose Macaulay", "van der Berg", "Berg",
        "Vanderberg", "Tanaka Y", "Tanaka", "Walden F von", "von Walden", "Walden", "Nielsen JF", "Nielsen", "O'Brien",
        "O’Brien", "Brien", "Hadwen-Bennett", "Bennett", "Le Roux", "le Roux", "Roux", "García Márquez", "Márquez",
        "Garcia Marquez", "Gabriel García Márquez", "Northern Moth Survey Assoc.", "Northern Moth Survey Assoc",
        "Survey Assoc", "Moth Survey Assoc", "IBM", "Intel", "J. R.", "S.", "de", "van der", "", " ", "a a", "A", "b a a",
        "Ørsted", "Orsted", "Łukasiewicz", "Lukasiewicz", "al-Farabi", "Farabi", "d'Alembert", "Alembert", "Müller", "Muller",
    ];

    [Fact]
    public void Finds_the_same_names_as_comparing_each_with_each()
    {
        var index = new SurnameIndex<int>();
        for (int i = 0; i < Names.Length; i++)
        {
            index.Add(Names[i], i);
        }

        foreach (string query in Names.Concat(["Zižek", "Berg's", "Tanaka Yuki", "Assoc", "Macaulay", "Rose Rose", "a"]))
        {
            var expected = Enumerable.Range(0, Names.Length).Where(i => NameWords.SameSurname(Names[i], query)).ToList();
            Assert.True(expected.SequenceEqual(index.Matching(query)), $"'{query}': expected [{string.Join(", ", expected.Select(i => Names[i]))}], got [{string.Join(", ", index.Matching(query).Select(i => Names[i]))}]");
            Assert.Equal(expected.Count > 0, index.Any(query));
        }
    }

    [Theory]
    [InlineData("Žižek", "Zizek")]
    [InlineData("ZIZEK", "Žižek")]
    [InlineData("de Beauvoir", "Beauvoir")]
    [InlineData("Jonathan Rose", "Rose")]
    [InlineData("Rose", "Rose’s")]
    public void Finds_one_surname_however_it_is_written(string listed, string cited)
    {
        var index = new SurnameIndex<string>();
        index.Add(listed, listed);

        Assert.Equal([listed], index.Matching(cited));
    }

    [Theory]
    [InlineData("Rose", "Roseanne")]
    [InlineData("Jonathan Rose", "Mary Rose")]
    [InlineData("Berg", "Vanderberg")]
    public void Keeps_other_names_apart(string listed, string cited)
    {
        var index = new SurnameIndex<string>();
        index.Add(listed, listed);

        Assert.Empty(index.Matching(cited));
    }

    [Fact]
    public void Gives_what_it_finds_in_the_order_it_was_added()
    {
        var index = new SurnameIndex<int>();
        index.Add("Rose", 1);
        index.Add("Jonathan Rose", 2);
        index.Add("Macaulay", 3);
        index.Add("rose", 4);

        Assert.Equal([1, 2, 4], index.Matching("Rose"));
        Assert.Equal([1, 2, 4], index.Matching("Jonathan Rose"));
    }

    [Fact]
    public void An_item_added_after_a_lookup_is_found_by_the_next()
    {
        var index = new SurnameIndex<int>();
        index.Add("Rose", 1);
        Assert.Equal([1], index.Matching("Rose"));

        index.Add("Jonathan Rose", 2);

        Assert.Equal([1, 2], index.Matching("Rose"));
    }
}
