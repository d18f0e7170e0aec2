using PaperLint.Core.Bibliographies;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Bibliographies;

public sealed class CslYamlReaderTests
{
    private static IReadOnlyList<BibEntry> Yaml(string text, int firstLine = 1) =>
        BibliographyReader.Read(text, "refs.yaml", BibliographyFormat.CslYaml, firstLine);

    private const string References = """
        ---
        references:
        - id: marlow_tides_2011
          type: book
          title: The Slow Tides
          author:
            - family: Marlow
              given: Edith
            - literal: Nordic Weaving Society
          issued: 2011
          publisher: Harbour Lane Press
        - type: article-journal
          id: "Quist:2019.b"
          editor:
            - family: Berg
              given: Pieter
              non-dropping-particle: van der
          issued: 2019-05-01
        - id: vance_salt_1998
          issued:
            date-parts:
              - [1998, 7]
        - id: okafor-2020
          issued:
            - year: 2020
              month: 2
          title: ~
        - id: lee/2014+b
          issued: {date-parts: [[2014], [2015]]}
        ...
        """;

    [Fact]
    public void Reads_the_references_of_a_mapping()
    {
        var entries = Yaml(References);

        Assert.Equal(["marlow_tides_2011", "Quist:2019.b", "vance_salt_1998", "okafor-2020", "lee/2014+b"], entries.Select(e => e.Key));
        Assert.Equal(
            [
                ("id", "marlow_tides_2011"), ("type", "book"), ("title", "The Slow Tides"),
                ("author", "Marlow, Edith and Nordic Weaving Society"), ("issued", "2011"), ("publisher", "Harbour Lane Press"),
            ],
            entries[0].Fields.Select(f => (f.Key, f.Value)));
        Assert.Equal(
            ["2011", "2019-05-01", "1998-07", "2020-02", "2014/2015"],
            entries.Select(e => e.Fields["issued"]));
        Assert.False(entries[3].Fields.ContainsKey("title"));
    }

    [Fact]
    public void Reads_names_years_and_titles()
    {
        var entries = Yaml(References);

        Assert.Equal(
            [
                ("Marlow|Nordic Weaving Society", true, "2011", "The Slow Tides", "book"),
                ("van der Berg", true, "2019", null, "article-journal"),
                ("", false, "1998", null, ""),
                ("", false, "2020", null, ""),
                ("", false, "2014", null, ""),
            ],
            entries.Select(e => (string.Join('|', e.Authors), e.HasAuthorOrEditor, e.Year, e.Title, e.Type)));
    }

    [Fact]
    public void Line_and_column_are_those_of_the_id_value()
    {
        var entries = Yaml(References);

        Assert.Equal([(3, 7), (13, 7), (19, 7), (23, 7), (28, 7)], entries.Select(e => (e.Line, e.Column)));
        Assert.All(entries, e => Assert.Equal("refs.yaml", e.File));
    }

    [Fact]
    public void Reads_a_plain_list_of_items()
    {
        var entries = Yaml("- id: first\n  title: One\n- id: second\n  issued: 1999\n");

        Assert.Equal([("first", 1, 7), ("second", 3, 7)], entries.Select(e => (e.Key, e.Line, e.Column)));
    }

    [Fact]
    public void Reads_inline_references_among_other_front_matter_keys()
    {
        string frontMatter = "title: Notes on the Tides\nauthor: Edith Marlow\nbibliography: refs.bib\nreferences:\n  - id: inline_one\n    title: Inline\n";

        var entry = Assert.Single(BibliographyReader.Read(frontMatter, "paper.md", BibliographyFormat.CslYaml, firstLine: 2));

        Assert.Equal(("inline_one", "paper.md", 6, 9), (entry.Key, entry.File, entry.Line, entry.Column));
    }

    [Fact]
    public void Front_matter_without_references_has_no_entries()
    {
        Assert.Empty(BibliographyReader.Read("title: Notes\nbibliography: refs.bib\n", "paper.md", BibliographyFormat.CslYaml, firstLine: 2));
        Assert.Empty(Yaml(""));
        Assert.Empty(Yaml("references:\n"));
    }

    [Theory]
    [InlineData("references:\n  - id: a\n    title: [unclosed\n", "refs.yaml:")]
    [InlineData("references:\n  - id: a\n   title: misindented\n", "refs.yaml:3: not valid YAML (")]
    public void Malformed_yaml_names_the_line(string text, string start)
    {
        var error = Assert.Throws<InputException>(() => Yaml(text));

        Assert.StartsWith(start, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("references:\n  - id: a\n  - just text\n", "refs.yaml:3: expected a CSL item (id: …, type: …) here")]
    [InlineData("references:\n  - id: a\n  - title: No Key\n", "refs.yaml:3: a CSL item has no 'id'; give it one so it can be cited")]
    [InlineData("references: refs.bib\n", "refs.yaml:1: 'references:' must be a list of CSL items (- id: …)")]
    public void Yaml_that_is_no_csl_gives_one_line(string text, string message)
    {
        var error = Assert.Throws<InputException>(() => Yaml(text, firstLine: 1));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Lines_in_messages_count_from_the_first_line_given()
    {
        var error = Assert.Throws<InputException>(
            () => BibliographyReader.Read("title: T\nreferences:\n  - title: No Key\n", "paper.md", BibliographyFormat.CslYaml, firstLine: 2));

        Assert.Equal("paper.md:4: a CSL item has no 'id'; give it one so it can be cited", error.Message);
    }
}
