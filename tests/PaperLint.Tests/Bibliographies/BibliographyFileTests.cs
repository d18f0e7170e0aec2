using System.Text;
using PaperLint.Core.Bibliographies;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Bibliographies;

public sealed class BibliographyFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperlint-bib-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("refs.bib", BibliographyFormat.BibTeX)]
    [InlineData("refs.BIB", BibliographyFormat.BibTeX)]
    [InlineData("sources/refs.bibtex", BibliographyFormat.BibTeX)]
    [InlineData("refs.json", BibliographyFormat.CslJson)]
    [InlineData("refs.yaml", BibliographyFormat.CslYaml)]
    [InlineData("refs.yml", BibliographyFormat.CslYaml)]
    [InlineData("refs.ris", null)]
    [InlineData("refs", null)]
    [InlineData("refs.bib.txt", null)]
    public void The_extension_tells_the_format(string path, BibliographyFormat? format) =>
        Assert.Equal(format, BibliographyReader.FormatOf(path));

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark()
    {
        string path = Write("refs.bib", "\uFEFF@book{marlow_tides_2011, title = {The Slow Tides}}\n", bom: true);

        var entry = Assert.Single(BibliographyReader.ReadFile(path, "sources/refs.bib"));

        Assert.Equal(("marlow_tides_2011", "sources/refs.bib", 1, 7), (entry.Key, entry.File, entry.Line, entry.Column));
    }

    [Fact]
    public void Reads_each_format_by_its_extension()
    {
        string json = Write("refs.json", "[{\"id\": \"from_json\"}]");
        string yaml = Write("refs.yml", "- id: from_yaml\n");

        Assert.Equal("from_json", Assert.Single(BibliographyReader.ReadFile(json, "refs.json")).Key);
        Assert.Equal("from_yaml", Assert.Single(BibliographyReader.ReadFile(yaml, "refs.yml")).Key);
    }

    [Fact]
    public void A_missing_file_is_not_found()
    {
        var error = Assert.Throws<InputException>(() => BibliographyReader.ReadFile(Path.Combine(_folder, "absent.bib"), "absent.bib"));

        Assert.Equal("absent.bib: bibliography not found", error.Message);
    }

    [Fact]
    public void An_unknown_extension_says_which_are_read()
    {
        string path = Write("refs.ris", "TY  - BOOK\n");

        var error = Assert.Throws<InputException>(() => BibliographyReader.ReadFile(path, "refs.ris"));

        Assert.Equal(
            "refs.ris: not a bibliography format PaperLint reads; it reads .bib or .bibtex (BibTeX, BibLaTeX), .json (CSL JSON), .yaml or .yml (CSL YAML)",
            error.Message);
    }

    [Fact]
    public void A_yaml_file_without_references_is_an_error()
    {
        string path = Write("refs.yaml", "title: Not a bibliography\n");

        var error = Assert.Throws<InputException>(() => BibliographyReader.ReadFile(path, "refs.yaml"));

        Assert.Equal("refs.yaml:1: no 'references:' here; CSL YAML is a list of items, or a mapping whose 'references:' holds them", error.Message);
    }

    [Fact]
    public void A_syntax_error_names_the_file_as_the_user_named_it()
    {
        string path = Write("refs.bib", "@misc{ok}\n@misc{broken,\n  title {X}\n}\n");

        var error = Assert.Throws<InputException>(() => BibliographyReader.ReadFile(path, "../shared/refs.bib"));

        Assert.Equal("../shared/refs.bib:3: field 'title' of entry 'broken' has no '='; write title = {…}", error.Message);
    }

    private string Write(string name, string text, bool bom = false)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, bom ? text.TrimStart('\uFEFF') : text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        return path;
    }
}
