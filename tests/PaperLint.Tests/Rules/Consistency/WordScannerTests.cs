using System.Text;
using System.Text.RegularExpressions;
using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>The word scanner of Consistency.Variants finds exactly what the regular expression it replaced finds.</summary>
public sealed class WordScannerTests
{
    private static readonly Regex Words = new(
        @"(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}])",
        RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "decision", "making", "-", "\u2010", "\u2011", "\u2013", " ", " ", ", ", ".", "e", "mail", "Lévi", "Strauss",
        "e\u0301", "\u0301", "9", "1st", "_", "'", "\u2019", "Ž", "ižek", "\u00AD", "x2", "co", "op", "\n", "\uD835\uDC00",
    ];

    [Fact]
    public void Finds_the_words_the_regular_expression_finds_on_generated_texts()
    {
        var random = new Random(2024);
        for (int round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 16); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string s = text.ToString();
            var expected = Words.Matches(s).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, WordScanner.All(s).Select(w => (w.Index, w.Length)).ToList());

            int from = random.Next(0, s.Length + 1);
            var first = Words.Match(s, from);
            var found = WordScanner.First(s, from);
            Assert.Equal(first.Success ? (first.Index, first.Length) : ((int, int)?)null, found is { } f ? (f.Index, f.Length) : null);
        }
    }

    [Theory]
    [InlineData("a decision-making body", "a|decision-making|body")]
    [InlineData("well-known1 and e-mail", "well|and|e-mail")]
    [InlineData("well-2 done", "well|done")]
    public void Reads_hyphenated_words_whole_and_stops_before_a_part_that_runs_into_a_digit(string text, string words)
    {
        Assert.Equal(words, string.Join("|", WordScanner.All(text).Select(w => w.Value)));
    }
}
