using PaperLint.Core.Prose;

namespace PaperLint.Tests.Prose;

public sealed class SyllablesTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("the", 1)]
    [InlineData("cat", 1)]
    [InlineData("sunny", 2)]
    [InlineData("table", 2)]
    [InlineData("whole", 1)]
    [InlineData("makes", 1)]
    [InlineData("places", 2)]
    [InlineData("samples", 2)]
    [InlineData("jumped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("agreed", 2)]
    [InlineData("radio", 3)]
    [InlineData("video", 3)]
    [InlineData("nation", 2)]
    [InlineData("social", 2)]
    [InlineData("language", 2)]
    [InlineData("quotation", 3)]
    [InlineData("people", 2)]
    [InlineData("lonely", 2)]
    [InlineData("movement", 2)]
    [InlineData("readability", 5)]
    [InlineData("Historiography", 6)]
    [InlineData("don't", 1)]
    public void Counts_the_syllables_of_common_English_words(string word, int syllables) =>
        Assert.Equal(syllables, Syllables.Count(word));

    [Fact]
    public void A_word_without_vowels_or_letters_still_has_one()
    {
        Assert.Equal(1, Syllables.Count("h"));
        Assert.Equal(1, Syllables.Count("1940"));
        Assert.Equal(1, Syllables.Count("TV"));
        Assert.Equal(1, Syllables.Count("nth"));
    }
}
