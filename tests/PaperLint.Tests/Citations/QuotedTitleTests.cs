using PaperLint.Core.Citations;

namespace PaperLint.Tests.Citations;

/// <summary>A quoted string in title case is a title, not a quotation: the words of four letters or more begin in capitals.</summary>
public sealed class QuotedTitleTests
{
    [Theory]
    [InlineData("How We Should Reorganize the Workers and Peasants Inspectorate", true)]
    [InlineData("The Souls of Black Folk", true)]
    [InlineData("the souls of black folk", false)]
    [InlineData("Imagined Communities.", false)]
    [InlineData("Imagined Communities", true)]
    [InlineData("Imagined", false)]
    [InlineData("  Imagined   Communities  ", true)]
    [InlineData("Reflections on the Origin and Spread of nationalism", false)]
    [InlineData("Reflections About Origins, Spread, Growth, Decline, and nationalism", true)]
    [InlineData("Über die Freiheit des Menschen", true)]
    [InlineData("«Écrits» et «Séminaires»", true)]
    [InlineData("", false)]
    public void A_title_is_told_from_a_quotation_by_its_capitals(string inner, bool title) =>
        Assert.Equal(title, QuotationFinder.IsTitle(inner));

    [Fact]
    public void Reads_every_string_as_splitting_it_into_words_does()
    {
        var random = new Random(20261201);
        string[] words = ["The", "the", "Souls", "souls", "of", "Black", "folk", "ÉCRITS", "écrits", "a1b2c3d4", "Ab-cd", "'Tis", "O'Neill", "", ".", "Über", "x", "Yz."];
        for (int i = 0; i < 2000; i++)
        {
            string text = string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(0, 9)).Select(_ => words[random.Next(words.Length)]));
            Assert.True(Split(text) == QuotationFinder.IsTitle(text), $"'{text}'");
        }
    }

    // The reading by splitting the string into words, as the rule was first written.
    private static bool Split(string inner)
    {
        var content = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Count(char.IsLetter) >= 4).ToList();
        if (content.Count < 2 || inner.TrimEnd().EndsWith('.'))
        {
            return false;
        }

        int capitalised = content.Count(w => char.IsUpper(w.First(char.IsLetter)));
        return capitalised >= content.Count - (content.Count >= 6 ? 1 : 0);
    }
}
