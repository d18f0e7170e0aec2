using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Citations;

public sealed class EarlierQuotationsTests
{
    [Fact]
    public void A_phrase_quoted_again_repeats_the_quotation_that_holds_all_its_words()
    {
        var earlier = new EarlierQuotations();
        earlier.Add(Quoted("“the best which has been thought and said in the world”"));
        earlier.Add(Quoted("“sweetness and light of culture”"));

        Assert.True(earlier.Repeat(Quoted("“the best which has been thought”")));
        Assert.True(earlier.Repeat(Quoted("“thought and said in the [whole] world”")));
        Assert.False(earlier.Repeat(Quoted("“the best which has been written”")));
        Assert.True(earlier.Repeat(Quoted("“sweetness and light”")));
        Assert.False(earlier.Repeat(Quoted("“sweetness of light”")), "fewer than three telling words");
    }

    [Fact]
    public void Answers_as_comparing_with_every_earlier_quotation_does()
    {
        // Words in capitals are the same words; a word inside the writer's brackets is none.
        string[] words = ["harbour", "Harbour", "TRADE", "trade", "ships", "port", "grain", "books", "sold", "kept", "the", "merchants", "[sic]", "Ẓebra", "ẓebra"];
        var random = new Random(5);
        var earlier = new EarlierQuotations();
        var sets = new List<HashSet<string>>();
        for (int i = 0; i < 400; i++)
        {
            var q = Quoted("“" + string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Length)])) + "”");
            var own = TellingWords(q);
            bool expected = own.Count >= 3 && sets.Any(own.IsSubsetOf);
            Assert.Equal(expected, earlier.Repeat(q));
            earlier.Add(q);
            sets.Add(own);
        }
    }

    // The quotation's telling words as a set of lower-cased strings: what a repeat is compared with, the plain way.
    private static HashSet<string> TellingWords(Quotation q) =>
        [.. QuotedWords.Places(q, []).Select(p => q.First.Text.Substring(p.Start, p.Length).ToLowerInvariant())];

    private static Quotation Quoted(string text) =>
        new() { Kind = QuotationKind.Inline, Blocks = [new Block(BlockKind.Paragraph, text)], Start = 0, End = text.Length };
}
