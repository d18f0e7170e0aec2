using System.Text;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Citations;

/// <summary>
/// Whether a stretch of a paragraph is quoted is asked at each match of every rule: a paragraph of many quotations (a
/// long text on one line) is asked through them in order and joined, and must answer as a look at each one does, for
/// every least number of words.
/// </summary>
public sealed class QuotationIndexCoversTests
{
    [Theory]
    [InlineData(".txt", 1)]
    [InlineData(".md", 2)]
    public void A_paragraph_of_many_quotations_answers_as_a_look_at_each(string extension, int seed)
    {
        var random = new Random(seed);
        string[] words = ["harbour", "ledger", "clerk", "ship", "grain", "trade", "merchant", "river"];
        var text = new StringBuilder("It began");
        for (int i = 0; i < 400; i++)
        {
            text.Append(' ');
            int quoted = random.Next(0, 6);
            bool curly = random.Next(2) == 0;
            text.Append(quoted > 0 ? curly ? "“" : "\"" : "");
            text.AppendJoin(' ', Enumerable.Range(0, Math.Max(1, quoted)).Select(_ => words[random.Next(words.Length)]));
            text.Append(quoted > 0 ? curly ? "”" : "\"" : "");
        }

        text.Append(" and ended.\n");
        var document = DocumentLoader.Load(Encoding.UTF8.GetBytes(text.ToString()), "long" + extension);
        var quotations = LintContext.For(document).Quotations;
        var block = Assert.Single(document.Blocks);
        var inline = quotations.InlineIn(block);
        Assert.True(inline.Count > 100, $"{inline.Count} quotations");

        for (int minWords = 0; minWords <= 5; minWords++)
        {
            for (int start = 0; start < block.Text.Length; start += 7)
            {
                for (int length = 0; length <= 9 && start + length <= block.Text.Length; length += 3)
                {
                    bool expected = inline.Any(q => q.Words >= minWords && q.Overlaps(start, length));
                    Assert.True(expected == quotations.Covers(block, start, length, minWords), $"{extension}: at {start} of {length}, {minWords} words or more");
                }
            }
        }
    }
}
