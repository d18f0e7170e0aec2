using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules;

/// <summary>The context every rule gets: one set of facts per document, shared by all rules and threads, and typed settings.</summary>
public sealed class LintContextTests
{
    private const string Paper = "# Paper\n\nRose (2001) writes that “the reading public grew faster than the schools could teach it to read” (p. 4).\n\n# References\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.";

    [Fact]
    public void Each_fact_is_computed_once_and_shared_by_every_rule()
    {
        var context = LintContext.For(PaperDocuments.From(SourceFormat.Markdown, Paper));
        var forRule = context.AtLevel(Severity.Error);

        Assert.Same(context.References, forRule.References);
        Assert.Same(context.Quotations, forRule.Quotations);
        Assert.Same(context.Attribution, forRule.Attribution);
        Assert.Same(context.SentencesOf(context.Document.Blocks[1]), forRule.SentencesOf(context.Document.Blocks[1]));
    }

    [Fact]
    public void Facts_asked_for_on_many_threads_at_once_are_computed_once()
    {
        var context = LintContext.For(PaperDocuments.From(SourceFormat.Markdown, Paper));

        var seen = new System.Collections.Concurrent.ConcurrentBag<object>();
        Parallel.For(0, 64, _ => seen.Add(context.Attribution));

        Assert.Single(seen.Distinct());
        Assert.Single(context.Attribution.Quotations);
        Assert.True(context.Attribution.Sources[0].IsCited);
    }

    [Fact]
    public void The_references_list_is_a_fact_and_the_model_is_not_changed()
    {
        var document = PaperDocuments.From(SourceFormat.PlainText, Paper);
        var entry = document.Blocks[^1];

        var context = LintContext.For(document);

        Assert.Equal(BlockKind.ReferenceEntry, context.KindOf(entry));
        Assert.Equal(BlockKind.Paragraph, entry.Kind);
        Assert.Single(context.References!.Entries);
    }

    [Fact]
    public void Settings_are_typed_by_section_and_default_when_unset()
    {
        var restart = FootnoteOptions.Default with { Restart = NumberingRestart.Chapter };
        var context = LintContext.For(TestDocuments.From(SourceFormat.PlainText, "Text."), LintSettings.Default.With(restart));

        Assert.Equal(NumberingRestart.Chapter, context.Settings<FootnoteOptions>().Restart);
        Assert.Equal(8, context.Settings<PaperLint.Core.Citations.QuotationSettings>().MinWords);
        Assert.Throws<InvalidOperationException>(() => context.Settings<string>());
    }

    [Fact]
    public void A_quotation_is_defined_once_for_word_rules_and_attribution()
    {
        var context = LintContext.For(PaperDocuments.From(SourceFormat.Markdown, Paper));
        var block = context.Document.Blocks[1];
        int inQuote = block.Text.IndexOf("reading public", StringComparison.Ordinal);
        int before = block.Text.IndexOf("writes", StringComparison.Ordinal);

        Assert.False(context.IsAuthorsProse(block, inQuote, 7));
        Assert.True(context.IsAuthorsProse(block, before, 6));
        Assert.Contains(context.Quotations.Cited, q => ReferenceEquals(q.First, block) && q.Start < inQuote && q.End > inQuote);
    }

    [Fact]
    public void A_block_that_stands_in_two_documents_gets_each_documents_facts()
    {
        // The facts of a document are kept by each block's place in it; a block a second document holds elsewhere (or
        // not at all) must still be found where the first holds it.
        Block English() => new(BlockKind.Paragraph, "It was the best of times, and it was the worst of times; it was the age of wisdom, and it was the age of the foolish ones. “We had everything before us, we had nothing before us at all,” he said.");
        Block German() => new(BlockKind.Paragraph, "Es war die beste aller Zeiten, und es war die schlechteste aller Zeiten, und wir hatten alles vor uns, und wir hatten nichts vor uns. Das ist nicht mehr als ein Satz.");
        Block Heading() => new(BlockKind.Heading, "Chapter one") { HeadingLevel = 1 };
        var shared = new[] { English(), German(), Heading(), English() };
        var first = new Document("first.txt", SourceFormat.PlainText, shared);
        var second = new Document("second.txt", SourceFormat.PlainText, [shared[3], German(), shared[1]]);
        var alone = new Document("alone.txt", SourceFormat.PlainText, [.. shared.Select(b => new Block(b.Kind, b.Text) { HeadingLevel = b.HeadingLevel })]);
        var outside = English();

        Assert.Equal([0, 1, 2, 3], shared.Select(first.IndexOf));
        Assert.Equal(0, second.IndexOf(shared[3]));
        Assert.Equal(2, second.IndexOf(shared[1]));
        Assert.Equal(-1, second.IndexOf(shared[0]));
        Assert.Equal(-1, first.IndexOf(outside));

        var context = LintContext.For(first);
        var expected = LintContext.For(alone);
        Assert.Equal(["en", "de", "en", "en"], shared.Select(b => context.LanguageOf(b)).Select(l => l ?? "en"));
        for (int i = 0; i < shared.Length; i++)
        {
            Assert.Equal(expected.LanguageOf(alone.Blocks[i]), context.LanguageOf(shared[i]));
            Assert.Equal(expected.SentencesOf(alone.Blocks[i]), context.SentencesOf(shared[i]));
            Assert.Equal(expected.Quotations.InlineIn(alone.Blocks[i]).Count, context.Quotations.InlineIn(shared[i]).Count);
        }

        Assert.Equal(expected.SentencesOf(alone.Blocks[0]), context.SentencesOf(outside));
        Assert.Equal(2, context.SentencesOf(shared[0]).Count);
        Assert.Single(context.Quotations.InlineIn(shared[3]));
    }
}
