using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly CliRunner _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_every_documented_key()
    {
        var config = ConfigLoader.Parse(
            """
            root: true
            packs: [Typos, Names]
            paths: [styles]
            rules:
              Typos.LeadBy: error
              Names.Diacritics: off
            accept:
              - Allan Woods
            quotations:
              minWords: 5
              check: true
            minLevel: warning
            """,
            Path.Combine(_dir.Directory, ".paperlint.yml"));

        Assert.Equal(["Typos", "Names"], config.Packs);
        Assert.Equal([Path.Combine(_dir.Directory, "styles")], config.PackPaths);
        Assert.Equal(Severity.Error, config.RuleLevels["Typos.LeadBy"]);
        Assert.Null(config.RuleLevels["Names.Diacritics"]);
        Assert.Equal(["Allan Woods"], config.Accept);
        Assert.Equal(5, config.Section<QuotationSettings>().MinWords);
        Assert.True(config.Section<QuotationSettings>().Check);
        Assert.Equal(Severity.Warning, config.MinLevel);
    }

    [Fact]
    public void Reads_the_consistency_settings()
    {
        var config = ConfigLoader.Parse(
            """
            consistency:
              prefer: [Žižek, email, British, curly, 6 November 1918]
              titlesAndQuotations: count
            """,
            Path.Combine(_dir.Directory, ".paperlint.yml"));

        Assert.Equal(["Žižek", "email", "British", "curly", "6 November 1918"], config.Section<ConsistencyOptions>().Prefer);
        Assert.True(config.Section<ConsistencyOptions>().CountQuoted);
        Assert.False(PaperLintConfig.Default.Section<ConsistencyOptions>().CountQuoted);
    }

    [Fact]
    public void A_bad_consistency_setting_names_its_line()
    {
        string path = Path.Combine(_dir.Directory, ".paperlint.yml");

        var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("consistency:\n  titlesAndQuotations: skip\n", path));
        var unknown = Assert.Throws<InputException>(() => ConfigLoader.Parse("consistency:\n  prefers: [email]\n", path));

        Assert.Equal($"{path}:2: 'skip' is not a setting for titles and quotations; use exclude or count", error.Message);
        Assert.Equal($"{path}:2: unknown key 'consistency.prefers' (expected prefer or titlesAndQuotations)", unknown.Message);
    }

    [Fact]
    public void Nearer_preferences_come_first()
    {
        _dir.Write("outer/.paperlint.yml", "consistency:\n  prefer: [email, British]\n");
        _dir.Write("outer/inner/.paperlint.yml", "consistency:\n  prefer: [e-mail]\n");

        var config = ConfigLoader.Discover(Path.Combine(_dir.Directory, "outer", "inner"));

        Assert.Equal(["e-mail", "email", "British"], config.Section<ConsistencyOptions>().Prefer);
    }

    [Fact]
    public void Nearer_file_wins_and_lists_add_up_until_a_root()
    {
        _dir.Write("outer/.paperlint.yml", "rules:\n  Typos.LeadBy: off\naccept: [Outer]\n");
        _dir.Write("outer/mid/.paperlint.yml", "root: true\nrules:\n  Typos.LeadBy: warning\naccept: [Mid]\n");
        _dir.Write("outer/mid/inner/.paperlint.yml", "rules:\n  Typos.LeadBy: error\naccept: [Inner]\n");
        _dir.Write("outer/mid/inner/paper.md", "Text.");

        var config = ConfigLoader.Discover(Path.Combine(_dir.Directory, "outer", "mid", "inner"));

        Assert.Equal(Severity.Error, config.RuleLevels["Typos.LeadBy"]);
        Assert.Equal(["Mid", "Inner"], config.Accept);
        Assert.Equal(2, config.Sources.Count);
    }

    [Fact]
    public void An_empty_file_is_the_default_configuration()
    {
        var config = ConfigLoader.Parse("", "x.yml");

        Assert.Null(config.Packs);
        Assert.Empty(config.RuleLevels);
    }

    [Theory]
    [InlineData("- a\n- b\n", "x.yml:1: the configuration must be a mapping of keys to values")]
    [InlineData("rules: [a, b]\n", "x.yml:1: 'rules' must be a mapping (key: value lines)")]
    [InlineData("quotations:\n  minWords: many\n", "x.yml:2: 'many' is not a positive whole number")]
    [InlineData("quotations:\n  words: 3\n", "x.yml:2: unknown key 'quotations.words' (expected minWords or check)")]
    [InlineData("minLevel: loud\n", "x.yml:1: 'loud' is not a level; use error, warning or suggestion")]
    public void Malformed_configuration_names_the_file_and_line(string yaml, string message)
    {
        var e = Assert.Throws<InputException>(() => ConfigLoader.Parse(yaml, "x.yml"));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Yaml_syntax_error_names_the_file_and_line()
    {
        var e = Assert.Throws<InputException>(() => ConfigLoader.Parse("accept:\n  - one\n  two: three: four\n", "x.yml"));

        Assert.StartsWith("x.yml:3: not valid YAML (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    // YamlDotNet's scanner throws no YamlException for these (found by mutating a sample's front matter).
    [InlineData(": {\nn", "x.yml:1: not valid YAML here (an unclosed '[' or '{'?)")]
    [InlineData("accept:\n  - one\nreport: {\nn", "x.yml:3: not valid YAML here (an unclosed '[' or '{'?)")]
    public void Yaml_that_breaks_the_scanner_names_the_file_and_line(string yaml, string message)
    {
        var e = Assert.Throws<InputException>(() => ConfigLoader.Parse(yaml, "x.yml"));

        Assert.Equal(message, e.Message);
    }
}
