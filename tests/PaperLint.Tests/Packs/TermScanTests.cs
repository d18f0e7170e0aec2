using PaperLint.Core.Model;
using PaperLint.Core.Packs;
using PaperLint.Core.Packs.Terms;

namespace PaperLint.Tests.Packs;

/// <summary>
/// One pass of the run's term index over a document keeps, for each set, only the blocks that hold its terms: every
/// block must still get the terms that a scan of its text alone finds, and a block without them none.
/// </summary>
public sealed class TermScanTests
{
    private static readonly string[] Words = ["the", "war", "was", "lead", "by", "could", "of", "colour", "Colours", "deep-seeded", "deep seeded", "example", "rain", "fell", "LEAD", "By"];

    [Fact]
    public void A_documents_scan_gives_each_block_the_terms_of_its_own_text()
    {
        PatternSet[] sets =
        [
            new(["lead by", "could of", "colour|colours"], ignoreCase: true, nonWord: false),
            new(["lead", "Colour", "could"], ignoreCase: false, nonWord: false),
            new(["deep[- ]seeded", "lead by example"], ignoreCase: true, nonWord: false),
            new(["never written"], ignoreCase: true, nonWord: false),
        ];
        var index = new TermIndex(sets);
        var random = new Random(29);
        int blocksWithTerms = 0, blocksWithout = 0;
        for (int round = 0; round < 150; round++)
        {
            // Most blocks of a paper hold no term of a set: here half hold none of any, and some are empty.
            var blocks = Enumerable.Range(0, random.Next(60)).Select(_ => KindTestSupport.Block(BlockKind.Paragraph, Text(random))).ToList();
            var document = new Document("hand.txt", SourceFormat.PlainText, blocks, string.Join("\n\n", blocks.Select(b => b.Text)));

            var scan = index.Scan(document);

            for (int b = 0; b < blocks.Count; b++)
            {
                var alone = index.ScanAll(blocks[b].Text);
                for (int owner = 0; owner < sets.Length; owner++)
                {
                    Assert.Equal(alone[owner] ?? [], scan.Of(owner, b).ToArray());
                }

                blocksWithTerms += alone.Any(hits => hits is { Length: > 0 }) ? 1 : 0;
                blocksWithout += alone.All(hits => hits is not { Length: > 0 }) ? 1 : 0;
            }

            Assert.True(scan.Of(0, blocks.Count).IsEmpty);
        }

        Assert.True(blocksWithTerms > 500 && blocksWithout > 500, $"{blocksWithTerms} blocks with terms, {blocksWithout} without");
    }

    private static string Text(Random random) => random.Next(10) switch
    {
        0 => "",
        < 5 => "Rain fell on the roofs of the town.",
        _ => string.Join(' ', Enumerable.Range(0, 1 + random.Next(12)).Select(_ => Words[random.Next(Words.Length)])),
    };
}
