using System.Text.Json;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>The pandoc citation-key rules, end to end: a Markdown paper with its bibliography file, as a writer runs the tool.</summary>
public sealed class CitationKeyTests
{
    internal const string Paper =
        "---\n"
        + "title: Harbours and their towns\n"
        + "bibliography: refs.bib\n"
        + "---\n"
        + "\n"
        + "Harbours grow with their towns [@doe99, p. 4; @lee10].\n"
        + "@smith2004 counted the ships, and later work agrees [@hale2020].\n";

    internal const string Bib =
        "@book{doe99,\n"
        + "  author = {Doe, Ann},\n"
        + "  title = {Harbours},\n"
        + "  year = {1999},\n"
        + "}\n"
        + "@article{Smith2004,\n"
        + "  author = {Smith, Bo and Reyes, Carla},\n"
        + "  title = {Counting Ships},\n"
        + "  journal = {Port Studies},\n"
        + "  year = 2004,\n"
        + "}\n"
        + "@book{lee10,\n"
        + "  author = {Lee, Dana},\n"
        + "  title = {Quays},\n"
        + "  year = {2010},\n"
        + "}\n"
        + "@book{lee10,\n"
        + "  author = {Lee, Dana},\n"
        + "  title = {Quays},\n"
        + "  edition = {2},\n"
        + "  year = {2012},\n"
        + "}\n"
        + "@misc{unused2001,\n"
        + "  author = {Vale, Eli},\n"
        + "  title = {Tides},\n"
        + "  year = {2001},\n"
        + "}\n";

    [Fact]
    public void A_missing_key_a_wrong_case_a_duplicate_and_an_unused_entry_are_four_findings_where_each_is()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", Paper);
        cli.Write("refs.bib", Bib);

        var (code, output, error) = cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal(
            [
                "paper.md:7:1: error Attribution.KeyCase: @smith2004 is defined as 'Smith2004' (refs.bib:6); pandoc matches keys with their case and will not find it; write @Smith2004",
                "paper.md:7:54: error Attribution.UnknownKey: @hale2020 is not in the bibliography (refs.bib), so pandoc prints '(hale2020?)'; add the entry or correct the key",
                "refs.bib:17:7: error Attribution.DuplicateKey: 'lee10' is defined again here (first at refs.bib:12); a citation reaches only one of them; remove the repeat or give it a key of its own",
                "refs.bib:23:7: warning Attribution.UnusedEntry: 'unused2001' is never cited, so pandoc leaves it out of the references; cite it, list it in 'nocite:', or remove it",
            ],
            output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": suggestion ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_and_sarif_name_the_bibliography_for_findings_at_its_entries()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", Paper);
        cli.Write("refs.bib", Bib);

        var (_, json, _) = cli.Run("--format", "json", "paper.md");
        var (_, sarif, _) = cli.Run("--format", "sarif", "paper.md");

        var findings = JsonDocument.Parse(json).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();
        var unused = findings.Single(f => f.GetProperty("rule").GetString() == "Attribution.UnusedEntry");
        Assert.Equal("refs.bib", unused.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(23, unused.GetProperty("location").GetProperty("line").GetInt32());
        var known = findings.Single(f => f.GetProperty("rule").GetString() == "Attribution.UnknownKey");
        Assert.False(known.GetProperty("location").TryGetProperty("file", out _));

        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        string Uri(string rule) => results.Single(r => r.GetProperty("ruleId").GetString() == rule)
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal("refs.bib", Uri("Attribution.DuplicateKey"));
        Assert.Equal("paper.md", Uri("Attribution.KeyCase"));
    }

    [Fact]
    public void The_command_line_bibliography_wins_and_inline_references_count_too()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: missing.bib\nreferences:\n- id: inline1\n  type: book\n  author:\n  - family: Reyes\n    given: Carla\n  title: Piers\n  issued: 2003\n---\n\nHarbours grow [@doe99; @inline1; @nowhere].\n");
        cli.Write("other/refs.bib", "@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n");

        var (code, output, _) = cli.Run("--bibliography", "other/refs.bib", "paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:13:34: error Attribution.UnknownKey: @nowhere is not in the bibliography (other/refs.bib)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@inline1 is not", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bibliography_that_is_missing_or_broken_is_one_line_and_exit_2()
    {
        using var cli = new CliRunner();
        cli.Write("paper.md", "---\nbibliography: refs.bib\n---\n\nHarbours grow [@doe99].\n");

        var (code, _, error) = cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.Contains("paper.md:2: bibliography 'refs.bib' not found", error, StringComparison.Ordinal);

        cli.Write("refs.bib", "@book{doe99,\n  author = {Doe, Ann},\n  title = {Harbours\n");
        (code, _, error) = cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.Contains("refs.bib:1:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_without_a_bibliography_is_not_checked_and_one_beside_it_is_found_by_name()
    {
        using var cli = new CliRunner();
        cli.Write("loose.md", "Harbours grow [@doe99].\n");
        cli.Write("paper.md", "Harbours grow [@doe99; @lee10].\n");
        cli.Write("paper.bib", "@book{doe99, author = {Doe, Ann}, title = {Harbours}, year = {1999}}\n");

        Assert.Equal(0, cli.Run("loose.md").ExitCode);
        var (code, output, _) = cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:1:24: error Attribution.UnknownKey: @lee10 is not in the bibliography (paper.bib)", output, StringComparison.Ordinal);
    }
}
