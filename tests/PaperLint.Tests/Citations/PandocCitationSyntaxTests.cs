using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Citations;

public sealed class PandocCitationSyntaxTests
{
    [Theory]
    [InlineData("As shown [@doe99].", "doe99")]
    [InlineData("As shown [@doe99, p. 33].", "doe99")]
    [InlineData("As shown [see @doe99, ch. 1; also @smith04, pp. 3-5].", "doe99|smith04")]
    [InlineData("Doe says so [-@doe99].", "doe99")]
    [InlineData("@doe99 says so, and @smith04 [p. 33] agrees.", "doe99|smith04")]
    [InlineData("Keys hold punctuation [@Doe:2020; @doe.j-1999_a; @a/b+c].", "Doe:2020|doe.j-1999_a|a/b+c")]
    [InlineData("A braced key [@{Doe, 1999}] is one key.", "Doe, 1999")]
    [InlineData("A key ends before the full stop: @doe99.", "doe99")]
    [InlineData("A key across a line break [see\n@doe99; @smith04].", "doe99|smith04")]
    [InlineData("Spaces before the semicolon [@doe99 ;@smith04].", "doe99|smith04")]
    public void Reads_the_keys_pandoc_reads(string text, string keys)
    {
        Assert.Equal(keys.Split('|'), PandocCitationSyntax.Find(text).Select(u => u.Key));
    }

    [Theory]
    [InlineData("Write to ann.lee@example.org for the data.")]
    [InlineData("An escaped \\@doe99 is text.")]
    [InlineData("A note marker [^1] and a link [the site](https://example.org).")]
    [InlineData("No key at all: @ alone, or @-sign.")]
    [InlineData("A handle in a web address: https://example.social/@annlee.")]
    public void Finds_no_key_where_there_is_none(string text)
    {
        Assert.Empty(PandocCitationSyntax.Find(text));
    }

    [Fact]
    public void Tells_bracketed_citations_from_citations_in_the_sentence()
    {
        var uses = PandocCitationSyntax.Find("@doe99 argues it [@smith04; -@lee10].");

        Assert.Equal([false, true, true], uses.Select(u => u.Bracketed));
        Assert.Equal([false, false, true], uses.Select(u => u.SuppressAuthor));
        Assert.Equal(["@doe99", "@smith04", "@lee10"], uses.Select(u => "@doe99 argues it [@smith04; -@lee10].".Substring(u.Start, u.Length)));
    }

    [Fact]
    public void Brackets_and_keys_in_the_sentence_interleaved_over_a_long_text_are_each_told_apart()
    {
        // The brackets and the keys are paired in one pass left to right: every bracket's keys stay bracketed, and
        // the keys between brackets stay in the sentence, however many there are.
        var text = new System.Text.StringBuilder();
        var expected = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            text.Append($"@in{i} says [see @a{i}; @b{i}, p. 2] and [@c{i}] too. ");
            expected.AddRange([$"in{i} sentence", $"a{i} bracket", $"b{i} bracket", $"c{i} bracket"]);
        }

        Assert.Equal(expected, PandocCitationSyntax.Find(text.ToString()).Select(u => $"{u.Key} {(u.Bracketed ? "bracket" : "sentence")}"));
    }

    [Fact]
    public void Keys_in_code_and_link_targets_spread_over_a_long_document_are_left_out()
    {
        var source = new System.Text.StringBuilder();
        var expected = new List<string>();
        for (int i = 0; i < 200; i++)
        {
            // A long code span first, so that a range that starts early and ends late has to be found among many.
            source.Append($"Text `@code{i} {new string('x', i % 7)}` and [a link](https://example.org/@url{i}) then @key{i} [@cite{i}].\n\n");
            expected.AddRange([$"key{i}", $"cite{i}"]);
        }

        var document = MarkdownReader.Parse("paper.md", source.ToString());

        Assert.Equal(expected, document.KeyCitations.Select(k => k.Key));
    }

    [Fact]
    public void A_markdown_document_records_each_key_where_it_stands_outside_code_and_comments()
    {
        const string source = "---\ntitle: On harbours\nabstract: As @lee10 found, ports grow.\nnocite: |\n  @extra1, @extra2\n---\n\n"
            + "Ports grow [@doe99, p. 4]. Write to ann@example.org.\n\n"
            + "![A map after @smith04.](map.png)\n\n"
            + "```\n@notakey in code\n```\n\n"
            + "Inline `@code` and <!-- @hidden --> are no citations.\n";
        var document = MarkdownReader.Parse("paper.md", source);

        Assert.Equal(
            ["lee10 3:14 front", "doe99 8:13 body", "smith04 10:15 body"],
            document.KeyCitations.Select(k => $"{k.Key} {k.Location.Line}:{k.Location.Column} {(k.InFrontMatter ? "front" : "body")}"));
    }

    [Fact]
    public void A_quotation_followed_by_a_pandoc_citation_is_cited()
    {
        var document = MarkdownReader.Parse("paper.md", "The report calls the harbour “a place of constant arrival and departure, of ships that come and go at every tide” [@doe99, p. 4].\n");
        var context = PaperLint.Core.Rules.LintContext.For(document);

        var source = Assert.Single(context.Attribution.Sources);
        Assert.Equal("@doe99", source.Citation?.Citation.Display);
    }
}
