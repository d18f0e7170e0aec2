using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Version_prints_the_tool_name_and_version()
    {
        var (code, output, _) = _cli.Run("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^paperlint \d+\.\d+\.\d+\n$", output);
    }

    [Fact]
    public void Help_lists_commands_and_exit_codes()
    {
        var (code, output, _) = _cli.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("rules", output);
        Assert.Contains("dump", output);
        Assert.Contains("--format <FORMAT>", output);
        Assert.Contains("Exit codes: 0 no error-level finding, 1 at least one error-level finding, 2 usage, configuration or input error.", output);
    }

    [Fact]
    public void Clean_paper_gives_exit_code_0_and_a_summary()
    {
        _cli.Write("clean.txt", "A clean paragraph that says nothing wrong.");

        var (code, output, error) = _cli.Run("clean.txt");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("No findings in 1 file.\n", output);
    }

    [Fact]
    public void Timings_prints_reading_and_each_rule_on_standard_error_and_leaves_the_report_alone()
    {
        _cli.Write("paper.md", "The war was lead by the king. TODO\n\nA second paragraph.\n");
        var plain = _cli.Run("--no-color", "paper.md");

        var (code, output, error) = _cli.Run("--no-color", "--timings", "paper.md");

        Assert.Equal(plain.ExitCode, code);
        Assert.Equal(plain.Out, output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^rule +ms +share$", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\(read markdown\) +\d+\.\d +\d+ %$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Typos\.LeadBy +\d+\.\d +\d+ %$"));
        Assert.Matches(@"^all +\d+\.\d$", lines[^1]);
    }

    [Fact]
    public void Check_is_the_default_command()
    {
        _cli.Write("clean.txt", "A clean paragraph.");

        Assert.Equal(_cli.Run("clean.txt"), _cli.Run("check", "clean.txt"));
    }

    [Fact]
    public void Folders_and_globs_expand_to_supported_files_in_a_stable_order()
    {
        _cli.Write("papers/b.md", "Fine.");
        _cli.Write("papers/a.txt", "Fine.");
        _cli.Write("papers/notes.pdf", "not a paper");
        _cli.Write("papers/.hidden/c.md", "Fine.");
        _cli.Write("papers/sub/d.md", "Fine.");

        var (folderCode, folderOut, _) = _cli.Run("--format", "json", "papers");
        var (globCode, globOut, _) = _cli.Run("--format", "json", "papers/**/*.md");

        Assert.Equal(0, folderCode);
        Assert.Equal(["papers/a.txt", "papers/b.md", "papers/sub/d.md"], JsonPaths(folderOut));
        Assert.Equal(0, globCode);
        Assert.Equal(["papers/b.md", "papers/sub/d.md"], JsonPaths(globOut));
    }

    [Fact]
    public void Glob_that_matches_nothing_is_an_input_error()
    {
        var (code, _, error) = _cli.Run("drafts/*.md");

        Assert.Equal(2, code);
        Assert.Equal("drafts/*.md: no file matches this pattern\n", error);
    }

    [Fact]
    public void Json_report_has_the_documented_shape_for_a_clean_file()
    {
        _cli.Write("clean.md", "Fine.");

        var (_, output, _) = _cli.Run("--format", "json", "clean.md");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("clean.md", file.GetProperty("path").GetString());
        Assert.Equal("markdown", file.GetProperty("format").GetString());
        Assert.Equal(0, file.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Fact]
    public void Dump_shows_blocks_with_kind_place_and_text()
    {
        _cli.Write("paper.txt", "A Title\n\nThe first claim¹ here.\n\n¹ The note.");

        var (code, output, _) = _cli.Run("dump", "paper.txt");

        Assert.Equal(0, code);
        Assert.Equal(
            """
            paper.txt (text): 3 blocks, 1 note markers, 1 note bodies

            1:1-1:8                  Heading1
                A Title
            3:1-3:23                 Paragraph
                The first claim¹ here.
            5:3-5:12                 FootnoteBody
                The note.

            Note markers:
              3:16-3:17                Footnote 1 label '1' Manual UnicodeSuperscript

            Note bodies:
              5:1-5:2                  Footnote 1 label '1' Manual: The note.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            output);
    }

    private static string[] JsonPaths(string output)
    {
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
    }
}
