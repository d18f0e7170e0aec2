using PaperLint.Core.Citations;

namespace PaperLint.Tests.Citations;

public sealed class NameWordsTests
{
    [Theory]
    [InlineData("Tanaka Y", "Tanaka")]
    [InlineData("Hammarström D", "Hammarström")]
    [InlineData("Walden F von", "von Walden")]
    [InlineData("Nielsen JF", "Nielsen")]
    public void Initials_after_a_surname_without_stops_are_not_part_of_it(string listed, string cited)
    {
        Assert.True(NameWords.SameSurname(listed, cited));
    }

    [Theory]
    [InlineData("Tanaka Y", "Yamada")]
    [InlineData("IBM", "Intel")]
    public void Other_names_stay_apart(string listed, string cited)
    {
        Assert.False(NameWords.SameSurname(listed, cited));
    }

    [Theory]
    [InlineData("J.-P.")]
    [InlineData("H.-V.")]
    [InlineData("S.")]
    public void Hyphenated_initials_are_initials(string word)
    {
        Assert.True(NameWords.IsInitial(word));
    }

    [Fact]
    public void A_body_whose_name_ends_with_an_abbreviation_is_one_name_with_or_without_its_stop()
    {
        Assert.True(NameWords.SameSurname("Northern Moth Survey Assoc.", "Northern Moth Survey Assoc"));
    }
}
