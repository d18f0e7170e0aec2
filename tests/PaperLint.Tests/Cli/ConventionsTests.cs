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

    [Theory]
    [InlineData("version")]
    [InlineData("lint")]
    public void A_word_that_names_no_file_is_an_unknown_command(string word)
    {
        var (code, _, error) = _cli.Run(word);

        Assert.Equal(2, code);
        Assert.Equal($"paperlint: unknown command '{word}' (commands: annotate, baseline, check, completion, dump, fix, hook, init, lsp, rules; see paperlint --help)\n", error);
    }

    [Fact]
    public void After_a_double_dash_every_argument_is_a_path()
    {
        _cli.Write("-odd.md", Paper);

        var (code, output, _) = _cli.Run("--", "-odd.md", "paper.md");

        Assert.Equal(1, code);
        Assert.Contains("-odd.md:1:41: error Typos.RepeatedWords", output, StringComparison.Ordinal);
        Assert.Contains(Repeated, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_writes_a_starter_configuration_that_loads_and_changes_nothing()
    {
        File.Delete(Path.Combine(_cli.Directory, ".paperlint.yml"));

        var (code, output, _) = _cli.Run("init");
        var (again, _, error) = _cli.Run("init");
        var (rulesCode, rules, _) = _cli.Run("rules");

        Assert.Equal((0, 2, 0), (code, again, rulesCode));
        Assert.Equal("Wrote .paperlint.yml: every setting is commented out at its default; uncomment what you want.\n", output);
        Assert.Equal("paperlint: .paperlint.yml is already here; give --force to replace it\n", error);
        Assert.StartsWith("# PaperLint configuration", File.ReadAllText(Path.Combine(_cli.Directory, ".paperlint.yml")), StringComparison.Ordinal);
        Assert.EndsWith("31 rules, 31 on.\n", rules, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bash", "complete -o filenames -F _paperlint paperlint")]
    [InlineData("zsh", "#compdef paperlint")]
    [InlineData("fish", "complete -c paperlint -l max-warnings")]
    [InlineData("powershell", "Register-ArgumentCompleter -Native -CommandName paperlint")]
    public void Completion_prints_a_script_with_every_command_and_option(string shell, string line)
    {
        var (code, output, _) = _cli.Run("completion", shell);

        Assert.Equal(0, code);
        Assert.Contains(line, output, StringComparison.Ordinal);
        Assert.Contains("init", output, StringComparison.Ordinal);
        Assert.Contains("stdin-filename", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_for_an_unknown_shell_is_one_line_and_exit_2()
    {
        var (code, _, error) = _cli.Run("completion", "tcsh");

        Assert.Equal((2, "paperlint: usage: paperlint completion bash|zsh|fish|powershell\n"), (code, error));
    }

    [Fact]
    public void Shards_deal_out_every_file_once()
    {
        for (int i = 0; i < 7; i++)
        {
            _cli.Write($"many/p{i}.md", Paper);
        }

        var shards = Enumerable.Range(1, 3).Select(i => _cli.Run("--format", "json", "--shard", $"{i}/3", "many").Out).ToList();

        var paths = shards.SelectMany(o => System.Text.Json.JsonDocument.Parse(o).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString())).ToList();
        Assert.Equal(7, paths.Count);
        Assert.Equal(7, paths.Distinct().Count());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1-3")]
    public void A_shard_out_of_range_is_one_line_and_exit_2(string shard)
    {
        var (code, _, error) = _cli.Run("--shard", shard, "paper.md");

        Assert.Equal((2, $"paperlint: --shard: '{shard}' is not a shard; give I/N with 1 ≤ I ≤ N, such as 2/4\n"), (code, error));
    }

    [Fact]
    public void Rules_lists_in_json()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Typos.LeadBy: error\n  Names: off\n");

        var (code, output, _) = _cli.Run("rules", "--format", "json");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var rules = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => (r.GetProperty("level").GetString(), r.GetProperty("defaultLevel").GetString()));
        Assert.Equal(("error", "warning"), rules["Typos.LeadBy"]);
        Assert.Equal("off", rules["Names.Diacritics"].Item1);
        Assert.Equal(31, rules.Count);
    }

    [Theory]
    [InlineData(new[] { "hook", "install", "--help" }, "--min-level")]
    [InlineData(new[] { "dump", "--help" }, "--format")]
    [InlineData(new[] { "rules", "--help" }, "--min-level")]
    [InlineData(new[] { "init", "--help" }, "--config")]
    public void A_command_lists_no_option_that_does_nothing_there(string[] args, string absent)
    {
        var (_, output, _) = _cli.Run(args);

        Assert.Contains("Usage: paperlint", output, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_before_the_command_word_still_apply_to_it()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Nothing: off\n");

        var (code, output, _) = _cli.Run("--no-config", "rules");
        var (dumpCode, _, error) = _cli.Run("--format", "json", "dump", "paper.md");

        Assert.Equal(0, code);
        Assert.EndsWith("31 rules, 31 on.\n", output, StringComparison.Ordinal);
        Assert.Equal(2, dumpCode);
        Assert.Equal("paperlint: unknown option '--format' (see paperlint --help)\n", error);
    }

    [Fact]
    public void Print_config_shows_each_value_with_the_file_and_line_it_comes_from()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Names: off\nminLevel: warning\n");
        _cli.Write("sub/.paperlint.yml", "rules:\n  Typos.LeadBy: error\nfootnotes:\n  restart: chapter\n");
        string root = Path.Combine(_cli.Directory, ".paperlint.yml");
        string sub = Path.Combine(_cli.Directory, "sub", ".paperlint.yml");

        var (code, output, _) = _cli.Run("--print-config", "sub/paper.md");

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal("# The configuration that applies to sub/paper.md", lines[0]);
        Assert.Contains($"#   {root}", lines);
        Assert.Contains($"#   {sub}", lines);
        Assert.Contains($"{"minLevel: warning",-40} # {root}:4", lines);
        Assert.Contains($"{"  Names: off",-40} # {root}:3", lines);
        Assert.Contains($"{"  Typos.LeadBy: error",-40} # {sub}:2", lines);
        Assert.Contains($"{"packs: [Attribution, Consistency, Footnotes, Names, Typos]",-40} # default: all", lines);
        Assert.Contains("footnotes:\n  restart: chapter", output, StringComparison.Ordinal);
    }
}
