using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

public sealed class TitleIndexTests
{
    private const string Paper = "Text.\n\n# References\n\n"
        + "Arnold, M. (1869). *Culture and Anarchy: An Essay in Political and Social Criticism*. Smith, Elder.\n\n"
        + "Ruskin, J. (1865). *Sesame and Lilies*. Smith, Elder.\n\n"
        + "Mill, J. S. (1859). *On Liberty*. Parker.\n\n"
        + "Zoë, A. (2001). “The Élan of a Title”. *Journal*, 3, 1–9.";

    [Fact]
    public void Knows_a_title_and_the_words_that_end_it_as_comparing_each_entry_does()
    {
        var entries = LintContext.For(TestDocuments.From(SourceFormat.Markdown, Paper)).References!.Entries;
        var index = new TitleIndex(entries.Select(e => (IReadOnlyList<string>)[.. TitleText.Candidates(e)]));
        string[] asked =
        [
            "culture and anarchy", "anarchy", "and anarchy", "culture", "an essay in political and social criticism",
            "social criticism", "sesame and lilies", "lilies", "liberty", "on liberty", "elan of a title", "title", "of a title",
            "zoe", "", "criticism", "political", "culture and anarchy an essay in political and social criticism",
        ];

        foreach (string run in asked)
        {
            bool titleOrEnding = entries.Any(e => TitleText.Candidates(e).Any(t => t == run || t.EndsWith(" " + run, StringComparison.Ordinal)));
            bool title = entries.Any(e => TitleText.Candidates(e).Contains(run));
            Assert.True(titleOrEnding == index.IsTitleOrEnding(run), $"'{run}' ends a title: expected {titleOrEnding}");
            Assert.True(title == index.IsTitle(run), $"'{run}' is a title: expected {title}");
        }

        Assert.True(index.IsTitleOrEnding("anarchy"));
        Assert.False(index.IsTitleOrEnding("culture"));
    }
}
