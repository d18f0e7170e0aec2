using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary><c>Attribution.UnusedEntry</c>, end to end: a Markdown paper with its bibliography file.</summary>
public sealed class UnusedEntryTests
{
    [Fact]
    public void Nocite_and_a_library_bibliography_silence_unused_entries()
    {
        using var cli = new CliRunner();
        cli.Write("listed.md", "---\nbibliography: refs.bib\nnocite: |\n  @unused2001\n---\n\nHarbours grow [@doe99; @lee10; @Smith2004].\n");
        cli.Write("all.md", "---\nbibliography: refs.bib\nnocite: '@*'\n---\n\nHarbours grow [@doe99].\n");
        cli.Write("library.md", "---\nbibliography: refs.bib\n---\n\nHarbours grow [@doe99].\n");
        cli.Write("refs.bib", CitationKeyTests.Bib.Replace("@book{lee10,\n  author = {Lee, Dana},\n  title = {Quays},\n  edition", "@book{lee12,\n  author = {Lee, Dana},\n  title = {Quays},\n  edition", StringComparison.Ordinal));

        foreach (string paper in new[] { "listed.md", "all.md", "library.md" })
        {
            var (code, output, _) = cli.Run(paper);

            Assert.True(code == 0, $"{paper}: {output}");
        }
    }

    [Fact]
    public void A_proceedings_volume_its_papers_take_fields_from_is_used_through_them()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: refs.bib\n---\n\nShips came [@doe99] and went [@lee10].\n");
        cli.Write("refs.bib", "@inproceedings{lee10, author = {Lee, Dana}, title = {Quays}, crossref = {ports2010}}\n@proceedings{ports2010, editor = {Hale, Eli}, title = {Ports}, year = {2010}}\n@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n");

        var (code, output, _) = cli.Run("paper.md");

        Assert.True(code == 0 && !output.Contains("Attribution.", StringComparison.Ordinal), output);
    }
}
