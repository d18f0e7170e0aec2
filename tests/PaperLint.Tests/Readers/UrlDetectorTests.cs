using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// A paragraph is searched for URLs and addresses only when it holds "://", "www." (any case) or '@': the pattern can
/// match nothing else, whatever its case-insensitive letters stand for.
/// </summary>
public sealed class UrlDetectorTests
{
    // Each template's '#' is one character of the pattern's literal parts, replaced in turn by every UTF-16 unit.
    [Theory]
    [InlineData("see #ww.example.org today")]
    [InlineData("see w#w.example.org today")]
    [InlineData("see ww#.example.org today")]
    [InlineData("see www#example.org today")]
    [InlineData("see http#//example.org today")]
    [InlineData("see http:#/example.org today")]
    [InlineData("see https:/#example.org today")]
    [InlineData("see #tp://example.org today")]
    [InlineData("write to a.reader#example.org today")]
    public void Whatever_stands_in_a_literal_place_the_pattern_matches_only_where_the_signs_are(string template)
    {
        int matched = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = template.Replace('#', (char)c);
            if (UrlDetector.Matches(text))
            {
                matched++;
                Assert.True(UrlDetector.MayHoldUrl(text), $"U+{c:X4}: the pattern matches '{text}', the signs say it cannot");
            }
        }

        // The template's own characters (and their other case) match: the test reaches the pattern.
        Assert.True(matched >= 1, $"'{template}' never matched");
    }

    [Fact]
    public void Random_texts_of_the_patterns_characters_match_only_where_the_signs_are()
    {
        var random = new Random(20261203);
        string[] pieces = ["w", "W", "ww", "www", ".", ":", "/", "//", "@", "http", "HTTPS", "ftp", "s", "a", "ž", "-", "+", "_", " ", "\"", "=", "org", "\u201D", "\n"];
        int matched = 0;
        for (int n = 0; n < 40_000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 16);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string t = text.ToString();
            if (UrlDetector.Matches(t))
            {
                matched++;
                Assert.True(UrlDetector.MayHoldUrl(t), $"the pattern matches '{t}', the signs say it cannot");
            }
        }

        Assert.True(matched > 200, $"only {matched} of the random texts matched");
    }

    [Theory]
    [InlineData("See HTTPS://EXAMPLE.ORG/a?b=1 for it.", "HTTPS://EXAMPLE.ORG/a?b=1")]
    [InlineData("Go to Www.Example.org, then back.", "Www.Example.org")]
    [InlineData("The files are at ftp://files.example.org/pub.", "ftp://files.example.org/pub")]
    [InlineData("Write to a.reader+notes@example.co.uk today.", "a.reader+notes@example.co.uk")]
    public void A_paragraph_with_a_url_or_an_address_has_it_marked(string text, string url)
    {
        var block = new Block(BlockKind.Paragraph, text);

        UrlDetector.MarkUrls(block);

        Assert.True(UrlDetector.MayHoldUrl(text));
        var span = Assert.Single(block.Spans, s => s.Kind == SpanKind.Url);
        Assert.Equal(url, text.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("A paragraph of prose, with no address in it: colons, slashes/strokes and the www of nothing.")]
    [InlineData("Ratio 3:2 // comment, http without its colon and slashes, user at example dot org.")]
    public void A_paragraph_without_the_signs_is_not_searched_and_has_no_url(string text)
    {
        var block = new Block(BlockKind.Paragraph, text);

        UrlDetector.MarkUrls(block);

        Assert.False(UrlDetector.MayHoldUrl(text));
        Assert.False(UrlDetector.Matches(text));
        Assert.DoesNotContain(block.Spans, s => s.Kind == SpanKind.Url);
    }

    [Theory]
    [MemberData(nameof(TextSamples))]
    public void Every_line_of_the_text_samples_that_the_pattern_matches_has_a_sign(string sample)
    {
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Samples, sample)))
        {
            if (UrlDetector.Matches(line))
            {
                Assert.True(UrlDetector.MayHoldUrl(line), $"{sample}: '{line}'");
            }
        }
    }

    public static TheoryData<string> TextSamples() =>
        [.. Directory.EnumerateFiles(RepoPaths.Samples, "*.txt").Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.md"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
