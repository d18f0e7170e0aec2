using PaperLint.Core.Bibliographies;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Bibliographies;

public sealed class CslJsonReaderTests
{
    private static IReadOnlyList<BibEntry> Json(string text, int firstLine = 1) =>
        BibliographyReader.Read(text, "refs.json", BibliographyFormat.CslJson, firstLine);

    private const string Items = """
        [
          {
            "id": "marlow_tides_2011",
            "type": "book",
            "title": "The Slow Tides",
            "author": [{"family": "Marlow", "given": "Edith"}, {"literal": "Nordic Weaving Society"}],
            "issued": {"date-parts": [[2011, 3]]},
            "publisher": "Harbour Lane Press",
            "page": 42,
            "URL": "https://example.org/tides"
          },
          {
            "type": "article-journal",
            "id": "Quist:2019.b",
            "editor": [{"family": "Berg", "given": "Pieter", "non-dropping-particle": "van der"}],
            "issued": {"raw": "2019-05-01"},
            "keyword": ["tides", "salt"],
            "note": null
          },
          {"id": "undated", "type": "webpage", "title": "A Page", "issued": {"literal": "n.d."}},
          {"id": "range", "issued": {"date-parts": [[2014, 6, 2], [2015]]}, "accessed": {"date-parts": [["2024", "2", "1"]]}},
          {"id": 1207, "type": "book"}
        ]
        """;

    [Fact]
    public void Reads_items_with_their_fields_as_text()
    {
        var entries = Json(Items);

        Assert.Equal(["marlow_tides_2011", "Quist:2019.b", "undated", "range", "1207"], entries.Select(e => e.Key));
        Assert.Equal(["book", "article-journal", "webpage", "", "book"], entries.Select(e => e.Type));
        Assert.Equal(
            [
                ("id", "marlow_tides_2011"), ("type", "book"), ("title", "The Slow Tides"),
                ("author", "Marlow, Edith and Nordic Weaving Society"), ("issued", "2011-03"),
                ("publisher", "Harbour Lane Press"), ("page", "42"), ("url", "https://example.org/tides"),
            ],
            entries[0].Fields.Select(f => (f.Key, f.Value)));
        Assert.Equal("van der Berg, Pieter", entries[1].Fields["editor"]);
        Assert.Equal("tides; salt", entries[1].Fields["keyword"]);
        Assert.False(entries[1].Fields.ContainsKey("note"));
        Assert.Equal(("2014-06-02/2015", "2024-02-01"), (entries[3].Fields["issued"], entries[3].Fields["accessed"]));
    }

    [Fact]
    public void Reads_names_years_and_titles()
    {
        var entries = Json(Items);

        Assert.Equal(
            [
                ("Marlow|Nordic Weaving Society", true, "2011", "The Slow Tides"),
                ("van der Berg", true, "2019", null),
                ("", false, null, "A Page"),
                ("", false, "2014", null),
                ("", false, null, null),
            ],
            entries.Select(e => (string.Join('|', e.Authors), e.HasAuthorOrEditor, e.Year, e.Title)));
    }

    [Fact]
    public void Line_and_column_are_those_of_the_id_value()
    {
        var entries = Json(Items, firstLine: 5);

        Assert.Equal([(7, 11), (18, 11), (24, 10), (25, 10), (26, 10)], entries.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var entry = Assert.Single(Json("[{\"title\": \"Öresund Ærø\", \"id\": \"ferries\"}]"));

        Assert.Equal((1, 33), (entry.Line, entry.Column));
    }

    [Fact]
    public void Reads_an_empty_array()
    {
        Assert.Empty(Json("[]"));
    }

    [Theory]
    [InlineData("[\n  {\"id\": \"a\",,}\n]", "refs.json:2: not valid JSON (")]
    [InlineData("[\n  {\"id\": \"a\"}\n", "refs.json:3: not valid JSON (")]
    [InlineData("[{\"id\": \"a\"}] trailing", "refs.json:1: not valid JSON (")]
    public void Malformed_json_names_the_line(string text, string start)
    {
        var error = Assert.Throws<InputException>(() => Json(text));

        Assert.StartsWith(start, error.Message);
        Assert.EndsWith(")", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_reason_that_quotes_the_rest_of_the_file_is_cut_short()
    {
        var error = Assert.Throws<InputException>(() => Json("[{\"id\": \"a\", \"issued\": title\": \"T\"},\n {\"id\": \"b\", \"title\": \"A Longer Title Here\"}]"));

        Assert.Equal("refs.json:1: not valid JSON ('title\": \"T\"}, {\"id\": \"b\", \"tit…' is an invalid JSON literal. Expected the literal 'true')", error.Message);
    }

    [Theory]
    [InlineData("{\"id\": \"a\"}", "refs.json:1: CSL JSON is an array of items ([{\"id\": …}, …]), not an object")]
    [InlineData("", "refs.json:1: the file is empty; CSL JSON is an array of items ([{\"id\": …}, …])")]
    [InlineData("[\n  \"a\"\n]", "refs.json:2: expected a CSL item ({\"id\": …, \"type\": …}) here")]
    [InlineData("[\n  {\"id\": \"a\"},\n  {\"type\": \"book\"}\n]", "refs.json:3: a CSL item has no 'id'; give it one so it can be cited")]
    [InlineData("[\n  {\"id\": [\"a\"]}\n]", "refs.json:2: the 'id' of a CSL item must be a single value")]
    public void Json_that_is_no_csl_gives_one_line(string text, string message)
    {
        var error = Assert.Throws<InputException>(() => Json(text));

        Assert.Equal(message, error.Message);
    }
}
