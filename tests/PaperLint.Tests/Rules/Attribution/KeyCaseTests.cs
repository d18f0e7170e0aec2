using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary><c>Attribution.KeyCase</c>, end to end: a Markdown paper with its bibliography file.</summary>
public sealed class KeyCaseTests
{
    private const string Bib = "@book{Doe:1999, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n";

    [Fact]
    public void A_key_in_its_own_case_passes_and_one_in_another_case_is_reported_with_the_defined_key()
    {
        using var cli = new CliRunner();
        cli.Write("right.md", "---\nbibliography: refs.bib\n---\n\nShips came [@Doe:1999].\n");
        cli.Write("wrong.md", "---\nbibliography: refs.bib\n---\n\nShips came [@DOE:1999] and went (@doe:1999).\n");
        cli.Write("refs.bib", Bib);

        Assert.Equal(0, cli.Run("right.md").ExitCode);
        var (code, output, _) = cli.Run("wrong.md");

        Assert.Equal(1, code);
        Assert.Equal(
            [
                "wrong.md:5:13: error Attribution.KeyCase: @DOE:1999 is defined as 'Doe:1999' (refs.bib:1); pandoc matches keys with their case and will not find it; write @Doe:1999",
                "wrong.md:5:34: error Attribution.KeyCase: @doe:1999 is defined as 'Doe:1999' (refs.bib:1); pandoc matches keys with their case and will not find it; write @Doe:1999",
            ],
            output.Split('\n').Where(l => l.StartsWith("wrong.md:", StringComparison.Ordinal)));
        Assert.Contains("suggestion: @Doe:1999", output, StringComparison.Ordinal);
    }
}
