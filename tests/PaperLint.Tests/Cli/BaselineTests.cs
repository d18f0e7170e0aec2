using System.Text.Json;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

public sealed class BaselineTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public BaselineTests()
    {
        _cli.Write("papers/one.md", "# One\n\nA draft with a TODO in it.\n");
        _cli.Write("papers/two.txt", "A movement lead by monks.\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Baseline_write_records_every_finding_by_path_rule_and_fingerprint()
    {
        var (code, output, _) = _cli.Run("baseline", "write", "papers");

        Assert.Equal(0, code);
        Assert.Equal("Wrote 2 findings in 2 files to .paperlint-baseline.json.\n", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.Directory, ".paperlint-baseline.json")));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var entries = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("rule").GetString()} {e.GetProperty("match").GetString()}")
            .ToList();
        Assert.Equal(["papers/one.md Typos.Placeholders TODO", "papers/two.txt Typos.LeadBy lead by"], entries);
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), e => Assert.Matches("^[0-9a-f]{16}$", e.GetProperty("fingerprint").GetString()));
    }

    [Fact]
    public void Run_with_the_baseline_reports_nothing_old_and_says_how_much_it_left_out()
    {
        _cli.Run("baseline", "write", "papers");

        var (code, output, _) = _cli.Run("--baseline", ".paperlint-baseline.json", "papers");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 2 files; 2 baselined findings not shown.\n", output);
    }

    [Fact]
    public void Baselined_findings_survive_edits_elsewhere_and_new_ones_are_reported()
    {
        _cli.Run("baseline", "write", "papers");
        _cli.Write("papers/one.md", "# One\n\nA new opening paragraph.\n\nAnother one, longer than the first.\n\nA draft with a TODO in it.\n\nA fresh mistake: TBD.\n");

        var (code, output, _) = _cli.Run("--baseline", ".paperlint-baseline.json", "--no-color", "papers");

        Assert.Equal(1, code);
        Assert.StartsWith("papers/one.md:9:18: error Typos.Placeholders: 'TBD'", output, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 2 files; 2 baselined findings not shown.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_copy_of_a_baselined_mistake_is_new()
    {
        _cli.Run("baseline", "write", "papers");
        _cli.Write("papers/two.txt", "A movement lead by monks.\n\nA movement lead by monks.\n");

        var (_, output, _) = _cli.Run("--baseline", ".paperlint-baseline.json", "--format", "json", "papers");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32());
    }

    [Fact]
    public void Baseline_paths_are_relative_to_the_baseline_file()
    {
        _cli.Run("baseline", "write", "--output", "ci/paperlint-baseline.json", "papers");
        string entries = File.ReadAllText(Path.Combine(_cli.Directory, "ci", "paperlint-baseline.json"));

        var (code, output, _) = _cli.Run("--baseline", "ci/paperlint-baseline.json", "papers/one.md");

        Assert.Contains("\"path\": \"../papers/one.md\"", entries, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 file; 1 baselined finding not shown.\n", output);
    }

    [Fact]
    public void Malformed_baseline_is_one_line_and_exit_code_2()
    {
        _cli.Write("bad.json", "{ not json");

        var (code, _, error) = _cli.Run("--baseline", "bad.json", "papers");

        Assert.Equal(2, code);
        Assert.Equal($"{Path.Combine(_cli.Directory, "bad.json")}: not valid JSON at line 1 (a PaperLint baseline is written by 'paperlint baseline write')\n", error);
    }

    [Fact]
    public void Baseline_is_not_written_when_a_document_cannot_be_read()
    {
        _cli.Write("papers/broken.docx", "not a zip");

        var (code, output, error) = _cli.Run("baseline", "write", "papers");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.EndsWith("paperlint: baseline not written to .paperlint-baseline.json: every document must be readable\n", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.Directory, ".paperlint-baseline.json")));
    }

    [Fact]
    public void A_baseline_that_cannot_take_the_place_of_its_target_is_one_line_and_leaves_nothing_beside_it()
    {
        // A folder where the baseline should go: the file written beside it cannot be moved over it.
        Directory.CreateDirectory(Path.Combine(_cli.Directory, ".paperlint-baseline.json"));

        var (code, output, error) = _cli.Run("baseline", "write", "papers");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{Path.Combine(_cli.Directory, ".paperlint-baseline.json")}: cannot write the baseline (", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal([".paperlint-baseline.json"], Directory.GetFileSystemEntries(_cli.Directory, ".paperlint-baseline.json*").Select(Path.GetFileName));
    }
}
