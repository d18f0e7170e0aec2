using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Config;

public sealed class AttributionConfigTests : IDisposable
{
    private readonly CliRunner _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_the_attribution_settings()
    {
        var config = ConfigLoader.Parse(
            """
            attribution:
              referenceHeadings: [Quellen, Sources]
              style: notes
            """,
            Path.Combine(_dir.Directory, ".paperlint.yml"));

        Assert.Equal(["Quellen", "Sources"], config.Section<AttributionOptions>().ReferenceHeadings);
        Assert.Equal(CitationStyle.Notes, config.Section<AttributionOptions>().Style);
    }

    [Fact]
    public void Without_attribution_settings_the_defaults_apply()
    {
        var config = ConfigLoader.Parse("root: true\n", Path.Combine(_dir.Directory, ".paperlint.yml"));

        Assert.Equal(AttributionOptions.Default, config.Section<AttributionOptions>());
        Assert.Contains("Works Cited", config.Section<AttributionOptions>().ReferenceHeadings);
    }

    [Fact]
    public void The_nearer_file_decides_the_attribution_settings()
    {
        _dir.Write("outer/.paperlint.yml", "attribution:\n  style: author-date\n");
        _dir.Write("outer/inner/.paperlint.yml", "attribution:\n  referenceHeadings: [Quellen]\n");

        Assert.Equal(CitationStyle.AuthorDate, ConfigLoader.Discover(Path.Combine(_dir.Directory, "outer")).Section<AttributionOptions>().Style);
        Assert.Equal(["Quellen"], ConfigLoader.Discover(Path.Combine(_dir.Directory, "outer", "inner")).Section<AttributionOptions>().ReferenceHeadings);
    }

    [Theory]
    [InlineData("attribution:\n  style: footnotes\n", ":2: 'footnotes' is not a citation style; use auto, author-date, notes")]
    [InlineData("attribution:\n  headings: [Quellen]\n", ":2: unknown key 'attribution.headings' (expected referenceHeadings, style or bibliography)")]
    [InlineData("attribution: notes\n", ":1: 'attribution' must be a mapping (key: value lines)")]
    public void Malformed_attribution_settings_name_the_file_and_line(string yaml, string message)
    {
        string path = Path.Combine(_dir.Directory, ".paperlint.yml");

        var error = Assert.Throws<InputException>(() => ConfigLoader.Parse(yaml, path));

        Assert.Equal(path + message, error.Message);
    }

    [Fact]
    public void The_configured_headings_reach_the_rules()
    {
        _dir.Write(".paperlint.yml", "root: true\nattribution:\n  referenceHeadings: [Quellen]\n");
        _dir.Write("paper.md", "A claim (Altick, 1957).\n\n# Quellen\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.\n");

        var (code, output, _) = _dir.Run("paper.md", "--no-color");

        Assert.Equal(1, code);
        Assert.Contains("error Attribution.UnknownSource: no entry for Altick in the references", output);
        Assert.Contains("warning Attribution.Uncited: Rose (2001) is never cited", output);
    }
}
