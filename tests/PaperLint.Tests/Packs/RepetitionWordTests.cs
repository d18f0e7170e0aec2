using System.Text;
using PaperLint.Core.Packs.Kinds;

namespace PaperLint.Tests.Packs;

/// <summary>A repetition rule's default word, read by hand, is what its regular expression finds.</summary>
public sealed class RepetitionWordTests
{
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", " ", "  ", "\t", "\n", "'", "\u2019", "\u2018", "don", "t", "s", "rock", "n", "9", "1990s", "x2",
        "e\u0301", "\u0301", "\u20DD", "\u0903", "Ž", "ižek", "-", ".", ",", "_", "\u00AD", "\u02B0", "\u01C5", "\u4E2D",
        "\u0663", "\u2167", "\u00B2", "\uD835\uDC00", "\uFFFC", "a", "'s", "\u2019s",
    ];

    [Fact]
    public void Finds_the_words_the_regular_expression_finds_on_generated_texts()
    {
        var random = new Random(2026);
        for (int round = 0; round < 5000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 18); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string s = text.ToString();
            var expected = RepetitionRule.DefaultWordPattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
            var found = new List<(int, int)>();
            int at = 0;
            while (RepetitionRule.NextDefaultWord(s, ref at) is { } word)
            {
                found.Add((word.Index, word.Length));
            }

            Assert.True(expected.SequenceEqual(found), $"'{s}': expected {string.Join(" ", expected)}, found {string.Join(" ", found)}");
        }
    }

    [Theory]
    [InlineData("the the", "the|the")]
    [InlineData("don't rock'n'roll's 1990s", "don't|rock'n'roll's|1990s")]
    [InlineData("it's' 's x'9", "it's|s|x|9")]
    [InlineData("Ži\u0301žek\u2019s", "Ži\u0301žek\u2019s")]
    public void Reads_words_with_their_apostrophes(string text, string words)
    {
        var found = new List<string>();
        int at = 0;
        while (RepetitionRule.NextDefaultWord(text, ref at) is { } word)
        {
            found.Add(text.Substring(word.Index, word.Length));
        }

        Assert.Equal(words, string.Join("|", found));
    }
}
