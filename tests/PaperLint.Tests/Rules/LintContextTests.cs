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
}
