using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>
/// A file linted alone is read while its rules are built, on another core (<c>--jobs 2</c> and more). What the user
/// sees must not depend on it: the same report, a bad configuration still reported before a bad file, an ignored file
/// still unread as far as the report goes, and a rule pack's rules still applied.
/// </summary>
public sealed class ReadWhileBuildingTests : IDisposable
{
    private const string Paper = "The strike was lead by the dockers, and the the port closed.\n";

    private readonly CliRunner _cli = new();

    public ReadWhileBuildingTests() => _cli.Write("paper.md", Paper);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void One_file_gets_the_same_report_read_meanwhile_or_after()
    {
        var alone = _cli.Run("--jobs", "1", "--format", "json", "paper.md");
        var meanwhile = _cli.Run("--jobs", "2", "--format", "json", "paper.md");

        Assert.Equal(1, meanwhile.ExitCode);
        Assert.Contains("\"rule\": \"Typos.LeadBy\"", meanwhile.Out, StringComparison.Ordinal);
        Assert.Equal(alone, meanwhile);
    }

    [Fact]
    public void A_bad_configuration_is_reported_before_a_file_that_cannot_be_read()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Typos.NoSuchRule: off\n");
        _cli.Write("binary.md", [(byte)'a', 0, (byte)'b', 0, 0, 0, 0, 0]);

        var (code, output, error) = _cli.Run("--jobs", "2", "binary.md");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"{Path.Combine(_cli.Directory, ".paperlint.yml")}:3: unknown rule 'Typos.NoSuchRule' in 'rules'; 'paperlint rules' lists the rule ids, and a family name (Typos) sets all its rules\n", error);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_said_in_one_line()
    {
        _cli.Write("binary.md", [(byte)'a', 0, (byte)'b', 0, 0, 0, 0, 0]);

        var (code, output, error) = _cli.Run("--jobs", "2", "binary.md");

        Assert.Equal(2, code);
        Assert.Equal("No findings in 0 files; 1 file could not be read.\n", output);
        Assert.Equal("binary.md: a binary file, not text (UTF-16 needs a byte order mark)\n", error);
    }

    [Fact]
    public void An_ignored_file_is_not_reported_though_it_was_read()
    {
        _cli.Write(".paperlint.yml", "root: true\nignore: [paper.md]\n");

        var (code, output, error) = _cli.Run("--jobs", "2", "paper.md");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Typos.LeadBy", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_rule_pack_built_meanwhile_applies_to_the_file()
    {
        _cli.Write("styles/House/Dockers.yml", "extends: existence\nmessage: \"'%s' is jargon\"\nlevel: error\ntokens:\n  - dockers\n");

        var (code, output, _) = _cli.Run("--jobs", "2", "--rules", "styles", "paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:1:28: error House.Dockers: 'dockers' is jargon", output, StringComparison.Ordinal);
    }
}
