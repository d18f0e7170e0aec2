using PaperLint.Core.Readers;

namespace PaperLint.Tests.Readers;

public sealed class SuperscriptDigitsTests
{
    [Fact]
    public void The_search_stops_at_exactly_the_characters_read_as_superscript_digits()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            string text = "ab" + (char)c + "cd";
            Assert.True((SuperscriptDigits.IndexOfFirst(text) == 2) == SuperscriptDigits.Is((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("", -1)]
    [InlineData("µ ¶ · ¸ ´ ⁱ and no digit", -1)]
    [InlineData("µ¶·⁴", 3)]
    [InlineData("x⁵ then ²", 1)]
    [InlineData("x² then ⁵", 1)]
    [InlineData("·²⁵", 1)]
    [InlineData("ⁱ⁵²", 1)]
    public void The_search_finds_the_first_digit_of_either_range_past_the_characters_around_them(string text, int expected)
    {
        Assert.Equal(expected, SuperscriptDigits.IndexOfFirst(text));
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("No raised digits here.", new int[0])]
    [InlineData("¹ opens, ends here.²³", new[] { 0, 1, 1, 19, 2, 23 })]
    [InlineData("An area of 10 cm², a note.⁴ And x² again.⁵", new[] { 26, 1, 4, 41, 1, 5 })]
    [InlineData("Words¹²⁰ and⁰ more", new[] { 5, 3, 120 })]
    public void Finds_every_run_of_raised_digits_that_is_a_note_marker(string text, int[] expected)
    {
        var found = ManualMarkers.UnicodeMarks(text).SelectMany(m => new[] { m.Start, m.Length, m.Number });

        Assert.Equal(expected, found);
    }
}
