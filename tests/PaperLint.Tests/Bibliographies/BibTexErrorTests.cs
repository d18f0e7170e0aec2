using PaperLint.Core.Bibliographies;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Bibliographies;

public sealed class BibTexErrorTests
{
    public static TheoryData<string, string, string> Errors() => new()
    {
        {
            "entry not closed before the next",
            "@article{open_one,\n  title = {Low Water},\n  year = 2004,\n\n@book{next_one,\n  title = {High Water}\n}\n",
            "refs.bib:1: entry 'open_one' is never closed; add its closing '}' before the next entry on line 5"
        },
        {
            "entry not closed after its last field",
            "@article{open_two,\n  title = {Low Water}\n\n@book{next_two}\n",
            "refs.bib:1: entry 'open_two' is never closed; add its closing '}' before the next entry on line 4"
        },
        {
            "entry not closed at the end of the file",
            "% sources\n\n@misc{tail_end,\n  title = {Last}\n",
            "refs.bib:3: entry 'tail_end' is never closed; add its closing '}'"
        },
        {
            "entry in parentheses not closed",
            "@misc(tail_paren,\n  title = {Last}\n",
            "refs.bib:1: entry 'tail_paren' is never closed; add its closing ')'"
        },
        {
            "braced value not closed",
            "@article{brace_gap,\n  title = {Low {Water,\n  year = 2004\n}\n\n@book{after_gap,\n  title = {High Water}\n}\n",
            "refs.bib:1: entry 'brace_gap' is never closed: the '{' that opens its field 'title' on line 2 has no matching '}' (it runs on into the entry on line 6)"
        },
        {
            "braced value not closed at the end of the file",
            "\n@article{brace_end,\n  title = {Low Water\n",
            "refs.bib:2: entry 'brace_end' is never closed: the '{' that opens its field 'title' on line 3 has no matching '}' (it runs to the end of the file)"
        },
        {
            "quoted value not closed",
            "@article{quote_gap,\n  title = \"Low Water,\n  year = 2004\n}\n\n@book{after_gap,\n  title = {High Water}\n}\n",
            "refs.bib:2: the '\"' that opens field 'title' of entry 'quote_gap' is never closed (it runs on into the entry on line 6); add the closing '\"'"
        },
        {
            "quoted value closed by the quote of another entry",
            "@article{quote_gap,\n  title = \"Low Water,\n  year = 2004\n}\n\n@book{after_gap,\n  title = \"High Water\"\n}\n",
            "refs.bib:2: the '\"' that opens field 'title' of entry 'quote_gap' is never closed (it runs on into the entry on line 6); add the closing '\"'"
        },
        {
            "quoted value not closed at the end of the file",
            "@misc{quote_end, note = \"unfinished",
            "refs.bib:1: the '\"' that opens field 'note' of entry 'quote_end' is never closed (it runs to the end of the file); add the closing '\"'"
        },
        {
            "@string with an unterminated string",
            "@string{pub = \"Harbour Lane}\n",
            "refs.bib:1: the '\"' that opens @string 'pub' is never closed (it runs to the end of the file); add the closing '\"'"
        },
        {
            "@string with an unclosed brace",
            "@string{pub = {Harbour Lane}\n\n@misc{m, publisher = pub}\n",
            "refs.bib:1: @string 'pub' is never closed; add its closing '}' before the next entry on line 3"
        },
        {
            "@string without '='",
            "@string{pub {Harbour Lane}}",
            "refs.bib:1: @string 'pub' has no '='; write pub = {…}"
        },
        {
            "missing key",
            "@article{,\n  title = {Keyless}\n}\n",
            "refs.bib:1: entry @article has no key; write its key after the '{', followed by a comma"
        },
        {
            "a field where the key should be",
            "\n@book{\n  title = {Keyless}\n}\n",
            "refs.bib:2: entry @book has no key; write its key after the '{', followed by a comma"
        },
        {
            "a key without its comma",
            "@misc{no_comma\n  title = {Commaless}\n}\n",
            "refs.bib:1: entry 'no_comma' needs a comma after its key"
        },
        {
            "a field without '='",
            "@misc{no_equals,\n  title {Lost Sign}\n}\n",
            "refs.bib:2: field 'title' of entry 'no_equals' has no '='; write title = {…}"
        },
        {
            "a field without '=' before the end",
            "@misc{no_equals, note}",
            "refs.bib:1: field 'note' of entry 'no_equals' has no '='; write note = {…}"
        },
        {
            "a comma missing between fields",
            "@misc{gap,\n  title = {Tides}\n  year = 2001\n}\n",
            "refs.bib:3: entry 'gap': a comma is missing after field 'title' (found 'y')"
        },
        {
            "something other than a field",
            "@misc{odd,\n  = {Nameless}\n}\n",
            "refs.bib:2: entry 'odd': expected a field name, found '='"
        },
        {
            "@comment not closed",
            "@misc{fine}\n@comment{ unfinished\n",
            "refs.bib:2: @comment is never closed; add its closing '}'"
        },
        {
            "@preamble not closed",
            "@preamble{ \"\\newcommand{\\noop}\"\n",
            "refs.bib:1: @preamble is never closed; add its closing '}'"
        },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_syntax_error_is_one_line_naming_file_and_line(string kind, string text, string message)
    {
        var error = Assert.Throws<InputException>(() => BibTexReaderTests.Bib(text));

        Assert.True(message == error.Message, $"{kind}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Lines_in_messages_count_from_the_first_line_given()
    {
        var error = Assert.Throws<InputException>(
            () => BibliographyReader.Read("\n@misc{no_equals,\n  title {Lost Sign}\n}\n", "paper.md", BibliographyFormat.BibTeX, firstLine: 20));

        Assert.Equal("paper.md:22: field 'title' of entry 'no_equals' has no '='; write title = {…}", error.Message);
    }
}
