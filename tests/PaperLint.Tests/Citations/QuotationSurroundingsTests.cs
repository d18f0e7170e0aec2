using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Citations;

public sealed class QuotationSurroundingsTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Answers_as_searching_the_whole_block_does(int seed, bool someEndBeforeTheyStart)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            var block = new Block(BlockKind.Paragraph, new string('x', 120));
            var spans = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => new InlineSpan((SpanKind)random.Next(0, Enum.GetValues<SpanKind>().Length), random.Next(0, 110), random.Next(0, 15)))
                .ToList();
            block.AddSpans(spans);
            var citations = Enumerable.Range(0, random.Next(0, 12)).Select(_ => RandomCitation(random, someEndBeforeTheyStart)).ToList();
            var markers = Enumerable.Range(0, random.Next(0, 6)).Select(k => Marker(block, random.Next(0, 120), k)).ToList();
            var quotations = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
            {
                int start = random.Next(0, 110);
                return new Quotation { Kind = QuotationKind.Inline, Blocks = [block], Start = start, End = start + random.Next(1, 10) };
            }).ToList();
            var around = new QuotationSurroundings(block, citations, markers, quotations);

            for (int from = -1; from < 125; from += 3)
            {
                for (int to = from - 2; to < from + 40; to += 3)
                {
                    Assert.Same(citations.FirstOrDefault(c => c.BracketStart >= from && c.Start < to + 5 && c.BracketStart <= to), around.FirstBracketBetween(from, to, to + 5));
                    Assert.Same(citations.LastOrDefault(c => c.IsAuthorDate && c.Start >= from && c.End <= to), around.LastAuthorDateWithin(from, to));
                    Assert.Equal(citations.Any(c => c.Start >= from && c.End <= to), around.AnyWithin(from, to));
                    Assert.Equal(markers.Where(m => m.Offset >= from && m.Offset <= to).OrderBy(m => m.Offset), around.MarkersBetween(from, to));
                    Assert.Equal(spans.Any(s => s.Kind is SpanKind.Url or SpanKind.LinkText && s.Start < to && s.End > from), around.LinksWithin(from, to));
                }

                Assert.Same(citations.LastOrDefault(c => c.End <= from && c.IsAuthorDate), around.LastAuthorDateEndingBy(from));
                Assert.Same(markers.Where(m => m.Offset >= from).MinBy(m => m.Offset), around.FirstMarkerFrom(from));
                Assert.Equal(quotations.Where(q => q.Start >= from).Select(q => q.Start).DefaultIfEmpty(120).Min(), around.NextQuotationFrom(from, 120));
            }
        }
    }

    private static Citation RandomCitation(Random random, bool mayEndBeforeItStarts)
    {
        int start = random.Next(0, 110);
        bool authorDate = random.Next(3) > 0;
        return new Citation
        {
            Kind = CitationKind.Parenthetical,
            Authors = authorDate || random.Next(2) == 0 ? ["Rose"] : [],
            Year = authorDate ? "2001" : null,
            Start = start,
            Length = mayEndBeforeItStarts && random.Next(4) == 0 ? -random.Next(1, 5) : random.Next(0, 25),
            BracketStart = start + random.Next(-3, 20),
            BracketEnd = start + 25,
        };
    }

    private static FootnoteRef Marker(Block block, int offset, int k) => new()
    {
        Kind = NoteKind.Footnote,
        Label = k.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Numbering = FootnoteNumbering.Auto,
        Style = MarkerStyle.MarkdownLabel,
        Block = block,
        Offset = offset,
        Location = new TextLocation(1, 1, 1, 1),
    };
}
