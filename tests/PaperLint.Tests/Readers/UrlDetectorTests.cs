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
    public void Whatever_stands_in_a_literal_place_the_pattern_matches_only_where_the_signs_are(string template) =>
        PatternGate.OpenForEveryUnitIn(template, UrlDetector.Matches, text => UrlDetector.MayHoldUrl(text));

    [Fact]
    public void Random_texts_of_the_patterns_characters_match_only_where_the_signs_are() =>
        PatternGate.OpenOnRandomTexts(
            20261203,
            ["w", "W", "ww", "www", ".", ":", "/", "//", "@", "http", "HTTPS", "ftp", "s", "a", "ž", "-", "+", "_", " ", "\"", "=", "org", "\u201D", "\n"],
            count: 40_000,
            most: 15,
            fewest: 200,
            UrlDetector.Matches,
            text => UrlDetector.MayHoldUrl(text));

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
    [MemberData(nameof(PatternGate.TextSamples), MemberType = typeof(PatternGate))]
    public void Every_line_of_the_text_samples_that_the_pattern_matches_has_a_sign(string sample)
    {
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Samples, sample)))
        {
            Assert.True(!UrlDetector.Matches(line) || UrlDetector.MayHoldUrl(line), $"{sample}: '{line}'");
        }
    }
}
