using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary><c>Attribution.DuplicateKey</c>, end to end: a Markdown paper with its bibliography files.</summary>
public sealed class DuplicateKeyTests
{
    [Fact]
    public void A_key_defined_in_two_files_is_reported_at_the_second_and_keys_differing_in_case_are_two_keys()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography:\n- a.bib\n- b.bib\n---\n\nShips came [@doe99; @Lee10; @lee10].\n");
        cli.Write("a.bib", "@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n@book{Lee10, author = {Lee, Dana}, title = {Quays}, year = {2010}}\n");
        cli.Write("b.bib", "% the same book, exported again\n@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n@book{lee10, author = {Lee, Bo}, title = {Piers}, year = {2010}}\n");

        var (code, output, _) = cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Equal(
            ["b.bib:2:7: error Attribution.DuplicateKey: 'doe99' is defined again here (first at a.bib:1); a citation reaches only one of them; remove the repeat or give it a key of its own"],
            output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)));
    }
}
