using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>The options users of ESLint, textlint and Vale expect: -q, -o, --max-warnings, '-', --no-config, --color, --jobs.</summary>
public sealed class ConventionsTests : IDisposable
{
    private const string Paper = "The strike was lead by the dockers, and the the port closed.\n";
    private const string LeadBy = "paper.md:1:16: warning Typos.LeadBy";
    private const string Repeated = "paper.md:1:41: error Typos.RepeatedWords";

    private readonly CliRunner _cli = new();

    public ConventionsTests()
    {
        _cli.Write("paper.md", Paper);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Quiet_reports_errors_only_and_no_summary()
    {
        var (code, output, _) = _cli.Run("-q", "paper.md");

        Assert.Equal(1, code);
        Assert.StartsWith(Repeated, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Typos.LeadBy", output, StringComparison.Ordinal);
        Assert.DoesNotContain("finding", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_with_nothing_to_report_prints_nothing()
    {
        _cli.Write("clean.md", "A clean sentence.\n");

        var (code, output, error) = _cli.Run("--quiet", "clean.md");

        Assert.Equal((0, "", ""), (code, output, error));
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_the_summary_to_the_console()
    {
        var (code, output, _) = _cli.Run("--format", "json", "-o", "report.json", "paper.md");

        Assert.Equal(1, code);
        Assert.Equal("2 findings (1 error, 1 warning) in 1 file. The report is in report.json.\n", output);
        string report = File.ReadAllText(Path.Combine(_cli.Directory, "report.json"));
        Assert.Contains("\"rule\": \"Typos.RepeatedWords\"", report, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_cli.Directory, "*.tmp"));
    }

    [Fact]
    public void Output_into_a_missing_folder_is_one_line_and_exit_2()
    {
        var (code, _, error) = _cli.Run("-o", "nowhere/report.txt", "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"paperlint: {Path.Combine(_cli.Directory, "nowhere", "report.txt")}: the folder does not exist\n", error);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 1)]
    public void Max_warnings_turns_too_many_warnings_into_exit_1(string max, int expected)
    {
        _cli.Write("warn.md", "The strike was lead by the dockers. It was lead by them.\n");

        var (code, _, error) = _cli.Run("--max-warnings", max, "warn.md");

        Assert.Equal(expected, code);
        Assert.Equal($"paperlint: 2 warnings, more than --max-warnings {max} allows\n", error);
    }

    [Fact]
    public void Max_warnings_at_the_count_leaves_the_exit_code_alone()
    {
        _cli.Write("warn.md", "The strike was lead by the dockers.\n");

        var (code, _, error) = _cli.Run("--max-warnings", "1", "warn.md");

        Assert.Equal((0, ""), (code, error));
    }

    [Fact]
    public void Standard_input_is_read_as_the_named_document()
    {
        _cli.Write("papers/.paperlint.yml", "rules:\n  Typos.LeadBy: off\n");
        _cli.Input = Paper;

        var (code, output, _) = _cli.Run("-", "--stdin-filename", "papers/draft.txt");

        Assert.Equal(1, code);
        Assert.StartsWith("papers/draft.txt:1:41: error Typos.RepeatedWords", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Typos.LeadBy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_without_a_name_is_markdown()
    {
        _cli.Input = Paper;

        var (code, output, _) = _cli.Run("-");

        Assert.Equal(1, code);
        Assert.Contains("stdin.md:1:41: error Typos.RepeatedWords", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_config_ignores_the_configuration_files()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Typos.RepeatedWords: off\n");

        var (withConfig, configured, _) = _cli.Run("paper.md");
        var (without, plain, _) = _cli.Run("--no-config", "paper.md");

        Assert.Equal((0, 1), (withConfig, without));
        Assert.DoesNotContain("RepeatedWords", configured, StringComparison.Ordinal);
        Assert.Contains(Repeated, plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--color", "always" }, null, true)]
    [InlineData(new[] { "--color", "never" }, "1", false)]
    [InlineData(new[] { "--no-color" }, "1", false)]
    [InlineData(new string[0], "1", true)]
    [InlineData(new string[0], "0", false)]
    [InlineData(new string[0], null, false)]
    public void Colour_follows_color_then_force_color_in_a_pipe(string[] options, string? forceColor, bool coloured)
    {
        _cli.Environment["FORCE_COLOR"] = forceColor;

        var (_, output, _) = _cli.Run([.. options, "paper.md"]);

        Assert.Equal(coloured, output.Contains('\u001b', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "--color", "sometimes" }, "paperlint: --color: 'sometimes' is not a choice; use auto, always or never\n")]
    [InlineData(new[] { "--jobs", "0" }, "paperlint: --jobs: '0' is not a positive whole number\n")]
    [InlineData(new[] { "--max-warnings", "-1" }, "paperlint: --max-warnings: '-1' is not a whole number of 0 or more\n")]
    [InlineData(new[] { "--config", "x.yml", "--no-config" }, "paperlint: --config and --no-config: give one of them\n")]
    [InlineData(new[] { "--stdin-filename", "a.md" }, "paperlint: --stdin-filename names the document read from standard input; give '-' as the PATH\n")]
    public void A_bad_option_value_is_one_line_and_exit_2(string[] options, string expected)
    {
        var (code, _, error) = _cli.Run([.. options, "paper.md"]);

        Assert.Equal((2, expected), (code, error));
    }

    [Fact]
    public void Jobs_gives_the_same_report_as_all_cores()
    {
        for (int i = 0; i < 8; i++)
        {
            _cli.Write($"many/p{i}.md", Paper);
        }

        var (_, one, _) = _cli.Run("--jobs", "1", "many");
        var (_, all, _) = _cli.Run("many");

        Assert.Equal(all, one);
    }
}
