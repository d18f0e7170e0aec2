using System.Text.Json;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary><c>Attribution.UnknownKey</c>, end to end: a Markdown paper with its bibliography file.</summary>
public sealed class UnknownKeyTests
{
    [Fact]
    public void Suggests_the_key_the_writer_meant()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: refs.bib\n---\n\nShips came [@Abraham:2014] and went [@doe98; @doe99].\n");
        cli.Write("refs.bib", "@book{abraham_machine_2014, author = {Abraham, Ann}, title = {The Machine}, year = {2014}}\n@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n");

        var (_, json, _) = cli.Run("--format", "json", "paper.md");

        var findings = JsonDocument.Parse(json).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Match: f.GetProperty("match").GetString(), Suggestion: f.GetProperty("suggestions")[0].GetString()))
            .ToList();
        Assert.Equal([("@Abraham:2014", "@abraham_machine_2014"), ("@doe98", "@doe99")], findings);
    }

    [Fact]
    public void Cross_references_of_pandoc_crossref_are_no_citations()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: refs.bib\n---\n\nThe map (@fig:harbour) and @sec:method follow [@doe99].\n");
        cli.Write("refs.bib", "@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n");

        var (code, output, _) = cli.Run("paper.md");

        Assert.True(code == 0, output);
    }
}
