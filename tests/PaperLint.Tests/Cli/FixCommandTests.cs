using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary><c>paperlint fix</c>, <c>check --fix</c> and <c>paperlint annotate</c> as a user runs them.</summary>
public sealed class FixCommandTests : IDisposable
{
    private const string Paper = "# Notes\n\nA movement lead by the chapels reached the towns.\nIt could of lasted.\n\nIt was TODO.\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name));

    [Fact]
    public void Fix_rewrites_a_Markdown_file_and_says_what_it_did_and_what_is_left()
    {
        string path = _cli.Write("paper.md", Paper);

        var (code, output, error) = _cli.Run("fix", "paper.md");

        Assert.Equal("", error);
        Assert.Equal(
            "paper.md:3:12: fixed Typos.LeadBy: 'lead by' → 'led by'\n"
            + "paper.md:4:4: fixed Typos.Confusables: 'could of' → 'could have'\n"
            + "2 findings fixed in 1 file; 1 finding left for you.\n",
            output);
        Assert.Equal(1, code); // the placeholder is an error, and it is still there
        Assert.Equal("# Notes\n\nA movement led by the chapels reached the towns.\nIt could have lasted.\n\nIt was TODO.\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_second_fix_changes_nothing()
    {
        string path = _cli.Write("paper.md", Paper);
        _cli.Run("fix", "paper.md");
        var written = File.GetLastWriteTimeUtc(path);
        string text = File.ReadAllText(path);

        var (_, output, _) = _cli.Run("fix", "paper.md");

        Assert.Equal("0 findings fixed in 1 file; 1 finding left for you.\n", output);
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        string path = _cli.Write("paper.md", Paper);

        var (_, output, _) = _cli.Run("fix", "--dry-run", "paper.md");

        Assert.StartsWith(
            "--- a/paper.md\n+++ b/paper.md\n@@ -1,6 +1,6 @@\n # Notes\n \n-A movement lead by the chapels reached the towns.\n-It could of lasted.\n+A movement led by the chapels reached the towns.\n+It could have lasted.\n \n It was TODO.\n"
            + "paper.md:3:12: would fix Typos.LeadBy: 'lead by' → 'led by'\n",
            output);
        Assert.EndsWith("2 findings would be fixed in 1 file; 1 finding left for you.\n", output);
        Assert.Equal(Paper, File.ReadAllText(path));
    }

    [Fact]
    public void The_diff_names_the_file_from_the_working_folder_however_it_was_given()
    {
        string path = _cli.Write("drafts/paper.md", Paper);

        var (_, output, _) = _cli.Run("fix", "--dry-run", path);

        Assert.StartsWith("--- a/drafts/paper.md\n+++ b/drafts/paper.md\n", output);
    }

    [PosixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_fixed_file_keeps_its_permissions()
    {
        string path = _cli.Write("paper.md", Paper);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        _cli.Run("fix", "paper.md");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Empty(Directory.GetFiles(_cli.Directory, "*.tmp"));
    }

    [Fact]
    public void A_suppression_comment_keeps_its_finding_from_being_fixed()
    {
        string path = _cli.Write("paper.md", "<!-- paperlint-disable Typos.LeadBy -- the minutes are quoted as written -->\nA movement lead by the chapels.\n");

        var (code, output, _) = _cli.Run("fix", "paper.md");

        Assert.Equal((0, "0 findings fixed in 1 file; 0 findings left for you.\n"), (code, output));
        Assert.Contains("lead by", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_the_baseline_records_is_not_fixed()
    {
        string path = _cli.Write("paper.md", Paper);
        _cli.Run("baseline", "write", "paper.md");

        var (_, output, _) = _cli.Run("fix", "--baseline", ".paperlint-baseline.json", "paper.md");

        Assert.Equal("0 findings fixed in 1 file; 0 findings left for you.\n", output);
        Assert.Equal(Paper, File.ReadAllText(path));
    }

    [Fact]
    public void Check_with_fix_fixes_then_reports_what_is_left()
    {
        string path = _cli.Write("paper.md", Paper);

        var (code, output, error) = _cli.Run("check", "--fix", "paper.md");

        Assert.Equal(1, code);
        Assert.Equal("paper.md:3:12: fixed Typos.LeadBy: 'lead by' → 'led by'\npaper.md:4:4: fixed Typos.Confusables: 'could of' → 'could have'\n", error);
        Assert.StartsWith("paper.md:6:8: error Typos.Placeholders:", output);
        Assert.EndsWith("1 finding (1 error) in 1 file.\n", output);
        Assert.DoesNotContain("lead by", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_fix_keeps_a_machine_readable_report_whole_and_reports_a_Word_documents_copy_as_fixed()
    {
        _cli.Write("paper.docx", Sample("paper.docx"));
        var (_, before, _) = _cli.Run("--format", "json", "paper.docx");

        var (_, output, error) = _cli.Run("check", "--fix", "--format", "json", "paper.docx");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        int left = json.RootElement.GetProperty("files")[0].GetProperty("findings").GetArrayLength();
        int all = System.Text.Json.JsonDocument.Parse(before).RootElement.GetProperty("files")[0].GetProperty("findings").GetArrayLength();
        Assert.Equal(all - 10, left);
        Assert.EndsWith("paper.docx: 10 tracked changes written to paper.fixed.docx\n", error);
    }

    [Fact]
    public void Fix_writes_a_Word_document_as_a_copy_with_tracked_changes_and_leaves_the_original()
    {
        byte[] original = Sample("paper.docx");
        string path = _cli.Write("paper.docx", original);

        var (_, output, _) = _cli.Run("fix", "paper.docx");

        Assert.Contains("paper.docx ¶3: fixed Typos.LeadBy: 'lead by' → 'led by'\n", output, StringComparison.Ordinal);
        Assert.Contains("paper.docx: 10 tracked changes written to paper.fixed.docx\n", output, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.True(File.Exists(Path.Combine(_cli.Directory, "paper.fixed.docx")));
    }

    [Fact]
    public void Fix_in_place_changes_the_Word_document_itself_and_output_names_the_copy()
    {
        byte[] original = Sample("paper.docx");
        string path = _cli.Write("paper.docx", original);

        var (_, output, _) = _cli.Run("fix", "-o", "mine.docx", "paper.docx");
        Assert.Contains("written to mine.docx", output, StringComparison.Ordinal);

        _cli.Run("fix", "--in-place", "paper.docx");
        Assert.NotEqual(original, File.ReadAllBytes(path));
        Assert.False(File.Exists(Path.Combine(_cli.Directory, "paper.fixed.docx")));
    }

    [Theory]
    [InlineData(new[] { "fix", "-o", "x.md", "a.md", "b.md" }, "paperlint: --output names one fixed document, but 2 documents were given\n")]
    [InlineData(new[] { "fix", "-o", "x.docx", "--in-place", "a.md" }, "paperlint: --output and --in-place each say where the fixed document goes; give one\n")]
    [InlineData(new[] { "fix", "-" }, "paperlint: fix changes files; it cannot fix standard input ('-')\n")]
    [InlineData(new[] { "fix" }, "paperlint: no document given; usage: paperlint fix [--dry-run] PATH... (see paperlint fix --help)\n")]
    [InlineData(new[] { "annotate", "a.md" }, "paperlint: a.md: annotate writes comments into Word documents (.docx); for Markdown and text, 'paperlint check' shows the findings at their lines\n")]
    [InlineData(new[] { "check", "--fix", "--staged" }, "paperlint: --fix changes the files given; it goes with none of --staged, --output, --shard and standard input\n")]
    public void Misuse_gives_one_line_and_exit_code_2(string[] args, string message)
    {
        _cli.Write("a.md", Paper);
        _cli.Write("b.md", Paper);

        var (code, _, error) = _cli.Run(args);

        Assert.Equal((2, message), (code, error));
    }

    [Fact]
    public void Annotate_writes_a_reviewed_copy_with_one_comment_per_finding()
    {
        byte[] original = Sample("paper.docx");
        string path = _cli.Write("paper.docx", original);
        var (_, report, _) = _cli.Run("--format", "json", "paper.docx");
        int findings = System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("files")[0].GetProperty("findings").GetArrayLength();

        var (code, output, _) = _cli.Run("annotate", "paper.docx");

        Assert.Equal(1, code);
        Assert.Equal($"paper.docx: {findings} comments written to paper.reviewed.docx\n", output);
        Assert.Equal(findings, PaperLint.Tests.Fixes.AnnotateChecks.Comments(File.ReadAllBytes(Path.Combine(_cli.Directory, "paper.reviewed.docx"))));
        Assert.Equal(original, File.ReadAllBytes(path));
    }
}
