using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary><c>Attribution.IncompleteEntry</c>, end to end: a Markdown paper with its bibliography file.</summary>
public sealed class IncompleteEntryTests
{
    [Fact]
    public void An_incomplete_cited_entry_is_reported_at_the_entry()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: refs.bib\n---\n\nSee the tool [@harbourkit], the book [@doe99] and the agency's figures [@agency2020].\n");
        cli.Write("refs.bib", "@book{harbourkit,\n  title = {HarbourKit},\n  url = {https://example.org/harbourkit},\n  urldate = {2024-01-05},\n}\n@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n@misc{agency2020, title = {Port Statistics}, publisher = {Harbour Agency}, year = {2020}}\n");

        var (_, output, _) = cli.Run("paper.md");

        Assert.Single(output.Split('\n'), l => l.Contains("Attribution.IncompleteEntry", StringComparison.Ordinal));
        Assert.Contains("refs.bib:1:7: warning Attribution.IncompleteEntry: 'harbourkit' lacks an author or editor and a year or date; citation styles print an entry by its author, title and date, so add them", output, StringComparison.Ordinal);
    }
}
