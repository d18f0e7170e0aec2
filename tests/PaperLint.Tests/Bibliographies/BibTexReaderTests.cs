using PaperLint.Core.Bibliographies;

namespace PaperLint.Tests.Bibliographies;

public sealed class BibTexReaderTests
{
    internal static IReadOnlyList<BibEntry> Bib(string text, int firstLine = 1) =>
        BibliographyReader.Read(text, "refs.bib", BibliographyFormat.BibTeX, firstLine);

    [Fact]
    public void Reads_braced_quoted_numeric_and_macro_values_joined_with_hash()
    {
        var entry = Assert.Single(Bib("""
            @string{ pub = "Harbour Lane Press" }
            @STRING(series = {Studies in } # "Tidal Ecology")

            @Book{Marlow:tides-2011,
              Author    = {Marlow, Edith},
              TITLE     = "The {Slow} Tides",
              year      = 2011,
              month     = mar,
              publisher = pub,
              series    = series # { 4},
              note      = "Second " # {printing},
            }
            """));

        Assert.Equal(("Marlow:tides-2011", "book"), (entry.Key, entry.Type));
        Assert.Equal(
            [
                ("author", "Marlow, Edith"), ("title", "The Slow Tides"), ("year", "2011"), ("month", "March"),
                ("publisher", "Harbour Lane Press"), ("series", "Studies in Tidal Ecology 4"), ("note", "Second printing"),
            ],
            entry.Fields.Select(f => (f.Key, f.Value)));
        Assert.Equal(["Marlow"], entry.Authors);
        Assert.Equal(("2011", "The Slow Tides", true), (entry.Year, entry.Title, entry.HasAuthorOrEditor));
    }

    [Fact]
    public void Reads_entries_in_parentheses()
    {
        var entry = Assert.Single(Bib("@article(vance_salt_1998, title = {Salt (and Sand)}, author = {Vance, Iris}, year = {1998})"));

        Assert.Equal(("vance_salt_1998", "Salt (and Sand)", "1998"), (entry.Key, entry.Title, entry.Year));
    }

    [Fact]
    public void Every_month_macro_is_predefined()
    {
        string[] macros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var entries = Bib(string.Concat(macros.Select(m => $"@misc{{m_{m}, month = {m.ToUpperInvariant()}}}\n")));

        Assert.Equal(
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            entries.Select(e => e.Fields["month"]));
    }

    [Fact]
    public void An_undefined_macro_stays_as_its_name()
    {
        var entry = Assert.Single(Bib("@misc{loose_words, publisher = harbourpress, language = en-US, pages = 12-19, isbn = 9780000000001}"));

        Assert.Equal(["harbourpress", "en-US", "12-19", "9780000000001"], entry.Fields.Values);
    }

    [Fact]
    public void A_macro_defined_later_in_the_file_is_not_yet_known()
    {
        var entries = Bib("""
            @misc{early, publisher = pub}
            @string{pub = {Harbour Lane Press}}
            @misc{late, publisher = PUB}
            """);

        Assert.Equal(["pub", "Harbour Lane Press"], entries.Select(e => e.Fields["publisher"]));
    }

    [Fact]
    public void Comments_preambles_percent_lines_and_other_text_are_no_entries()
    {
        var entries = Bib("""
            These are the sources of the tidal study; write to tides@example.org with corrections.
            % @article{commented_out, title = {Gone}}
            @comment{ @article{inside_comment, title = {Also gone}} }
            @preamble{ "\newcommand{\noop}[1]{#1}" }
            @misc{kept_one,
              title = {Kept},
              % note = {a field left out by hand},
            }
            Notes after the entries, with an @ sign and @misc alone.
            @Comment{jabref-meta: databaseType:biblatex;}
            @COMMENT(one more)
            """);

        var entry = Assert.Single(entries);
        Assert.Equal("kept_one", entry.Key);
        Assert.Equal(["title"], entry.Fields.Keys);
    }

    [Theory]
    [InlineData("Abraham:2014")]
    [InlineData("abraham.machine.2014")]
    [InlineData("Abraham-Lee_2014")]
    [InlineData("doi/10.5555/tide+2")]
    [InlineData("a:b.c-d_e/f+g")]
    [InlineData("Ørsted2019")]
    public void Keys_keep_their_case_and_punctuation(string key)
    {
        var entry = Assert.Single(Bib($"@misc{{{key},\n  title = {{A Title}}\n}}"));

        Assert.Equal(key, entry.Key);
    }

    [Fact]
    public void Spaces_around_the_key_and_an_entry_without_fields_are_read()
    {
        var entries = Bib("@misc{ spaced_key ,\n title = {T}}\n@misc{bare_key}\n@misc{trailing_comma,}\n@misc {space_before_brace, year = 2001}");

        Assert.Equal(["spaced_key", "bare_key", "trailing_comma", "space_before_brace"], entries.Select(e => e.Key));
        Assert.Empty(entries[1].Fields);
    }

    [Fact]
    public void Field_names_and_types_are_read_in_lower_case()
    {
        var entry = Assert.Single(Bib("@ARTICLE{Upper_Key, TiTlE = {Tides}, JOURNAL = {Sea Notes}}"));

        Assert.Equal(("Upper_Key", "article"), (entry.Key, entry.Type));
        Assert.Equal(["title", "journal"], entry.Fields.Keys);
    }

    [Fact]
    public void A_key_defined_twice_is_kept_twice_in_order()
    {
        var entries = Bib("""
            @book{twice, title = {First}}
            @misc{between, title = {Between}}
            @article{twice, title = {Second}}
            """);

        Assert.Equal([("twice", 1, "First"), ("between", 2, "Between"), ("twice", 3, "Second")], entries.Select(e => (e.Key, e.Line, e.Title)));
    }

    [Fact]
    public void A_field_given_twice_keeps_the_last_value()
    {
        var entry = Assert.Single(Bib("@misc{k, title = {First}, title = {Second}}"));

        Assert.Equal("Second", entry.Title);
    }

    [Fact]
    public void Line_and_column_are_those_of_the_key()
    {
        var entries = Bib("% sources\n\n@article{first_key,\n  title = {One}\n}\n\n  @book{ second_key,\n\ttitle = \"Two\"}\n\t@misc{third_key}");

        Assert.Equal([(3, 10), (7, 10), (9, 8)], entries.Select(e => (e.Line, e.Column)));
        Assert.All(entries, e => Assert.Equal("refs.bib", e.File));
    }

    [Fact]
    public void Lines_count_from_the_first_line_given()
    {
        var entries = Bib("@misc{one}\n\n@misc{two}", firstLine: 12);

        Assert.Equal([(12, 7), (14, 7)], entries.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Windows_line_ends_are_counted_once()
    {
        var entries = Bib("@misc{one,\r\n  title = {A\r\n  B}\r\n}\r\n@misc{two}\r\n");

        Assert.Equal([(1, "A B"), (5, null)], entries.Select(e => (e.Line, e.Title)));
    }

    [Fact]
    public void Addresses_and_identifiers_are_kept_as_written()
    {
        var entry = Assert.Single(Bib("""
            @online{site,
              url = {https://example.org/tide_data/%7Erun--2~b},
              doi = {10.5555/tide--2019_3},
              title = {Tide data--2019},
              urldate = {2024-02-01},
            }
            """));

        Assert.Equal(
            ["https://example.org/tide_data/%7Erun--2~b", "10.5555/tide--2019_3", "Tide data–2019", "2024-02-01"],
            entry.Fields.Values);
    }

    [Fact]
    public void Reads_an_empty_text_and_a_text_without_entries()
    {
        Assert.Empty(Bib(""));
        Assert.Empty(Bib("Only notes here.\n% and a comment\n"));
    }

    [Fact]
    public void Reads_quoted_values_with_braces_quotes_and_escapes_inside()
    {
        var entry = Assert.Single(Bib("""
            @misc{quoted,
              title = "The {"}Low{"} Tide of {1987}",
              author = "M{\"u}ller, Hanna",
              note = "across
                two lines",
            }
            """));

        Assert.Equal(["The \"Low\" Tide of 1987", "Müller, Hanna", "across two lines"], entry.Fields.Values);
    }

    public static TheoryData<string, string[]> NameLists() => new()
    {
        { "Marlow, Edith and Quist, Tobias", ["Marlow", "Quist"] },
        { "Edith Marlow and Tobias Quist", ["Marlow", "Quist"] },
        { "Edith Marlow AND Tobias Quist", ["Marlow", "Quist"] },
        { "Marlow,\n    Edith and\n    Quist, Tobias", ["Marlow", "Quist"] },
        { "Nils Anderson and Tove Sandberg", ["Anderson", "Sandberg"] },
        { "Pieter van der Berg and Lena de la Cruz", ["van der Berg", "de la Cruz"] },
        { "van der Berg, Pieter", ["van der Berg"] },
        { "{van der Berg}, Pieter", ["van der Berg"] },
        { "Quist, Jr., Tobias", ["Quist"] },
        { "{Nordic Weaving Society} and Marlow, Edith", ["Nordic Weaving Society", "Marlow"] },
        { "Marlow, Edith and others", ["Marlow"] },
        { "Tobias Quist and {et al.}", ["Quist"] },
        { "{\\\"O}zkan, Deniz and Ana Ib{\\'a}{\\~n}ez", ["Özkan", "Ibáñez"] },
        { "{\\'E}mile Durand and Jos{\\'e} {\\'a}lvarez", ["Durand", "álvarez"] },
        { "Edith~Marlow", ["Marlow"] },
        { "Plato", ["Plato"] },
        { "Sandberg, T. and Lee, B.-K.", ["Sandberg", "Lee"] },
        { "others", [] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(NameLists))]
    public void Authors_are_the_family_names_of_the_author_field(string author, string[] families)
    {
        var entry = Assert.Single(Bib($"@misc{{names, author = {{{author}}}}}"));

        Assert.Equal(families, entry.Authors);
        Assert.Equal(families.Length > 0, entry.HasAuthorOrEditor);
    }

    [Fact]
    public void A_name_in_double_braces_is_one_organisation()
    {
        var entry = Assert.Single(Bib("@manual{org, author = {{Nordic Weaving Society}}, year = 2020}"));

        Assert.Equal(["Nordic Weaving Society"], entry.Authors);
        Assert.Equal("Nordic Weaving Society", entry.Fields["author"]);
    }

    [Fact]
    public void Without_an_author_the_editors_are_the_names()
    {
        var entries = Bib("""
            @book{edited, editor = {Quist, Tobias and Marlow, Edith}}
            @book{both, author = {Vance, Iris}, editor = {Quist, Tobias}}
            @book{others_only, author = {others}, editor = {Lee, Bo}}
            @book{nobody, title = {Anonymous Tides}}
            """);

        Assert.Equal(
            [("Quist Marlow", true), ("Vance", true), ("Lee", true), ("", false)],
            entries.Select(e => (string.Join(' ', e.Authors), e.HasAuthorOrEditor)));
    }

    [Theory]
    [InlineData("year = 2011", "2011")]
    [InlineData("year = {c. 1890}", "1890")]
    [InlineData("year = {2014a}", "2014")]
    [InlineData("year = {1999--2001}", "1999")]
    [InlineData("date = {2014-05-01}", "2014")]
    [InlineData("date = {2014/2015}", "2014")]
    [InlineData("date = {2019-03}, year = {in press}", "2019")]
    [InlineData("year = {2020}, date = {2019-03}", "2020")]
    [InlineData("year = {forthcoming}", null)]
    [InlineData("year = {12345}", null)]
    [InlineData("title = {Undated}", null)]
    public void Year_is_the_first_four_digit_year_of_year_else_date(string fields, string? year)
    {
        var entry = Assert.Single(Bib($"@misc{{dated, {fields}}}"));

        Assert.Equal(year, entry.Year);
    }

    [Fact]
    public void Title_is_plain_text_and_null_when_missing_or_empty()
    {
        var entries = Bib("""
            @misc{titled, title = {The {\"O}resund \emph{Ferries}}}
            @misc{untitled, year = 2001}
            @misc{empty_title, title = {}}
            """);

        Assert.Equal(["The Öresund Ferries", null, null], entries.Select(e => e.Title));
    }

    [Fact]
    public void Accented_names_and_titles_are_decoded_in_every_field()
    {
        var entry = Assert.Single(Bib("""
            @article{decoded,
              author = {Ib{\'a}{\~n}ez, Ana and M\"{u}ller, Hanna and Dvo\v{r}\'ak, Ji\v{r}{\'\i}},
              title = {Fjords \& Skerries: {\AA}lesund to Troms{\o}---a {\ss}-free Survey},
              journal = {Baltic Notes},
              pages = {12--19},
            }
            """));

        Assert.Equal("Ibáñez, Ana and Müller, Hanna and Dvořák, Jiří", entry.Fields["author"]);
        Assert.Equal(["Ibáñez", "Müller", "Dvořák"], entry.Authors);
        Assert.Equal("Fjords & Skerries: Ålesund to Tromsø—a ß-free Survey", entry.Title);
        Assert.Equal("12–19", entry.Fields["pages"]);
    }

    [Fact]
    public void A_crossref_child_inherits_the_fields_it_lacks()
    {
        var entries = Bib("""
            @inproceedings{quist_salt_2019, author = {Quist, Tobias}, title = {Salt Fronts}, crossref = {tides--2019}}
            @inproceedings{vance_2019, title = {Ebb Flow}, crossref = {tides--2019}, year = 2020}
            @proceedings{tides--2019, title = {Proceedings of the Tidal Workshop}, editor = {Marlow, Edith}, year = 2019,
              publisher = {Harbour Lane Press}, shorttitle = {Tidal Workshop}}
            """);

        Assert.Equal(
            [
                ("Quist", true, "2019", "Salt Fronts", "Proceedings of the Tidal Workshop"),
                ("Marlow", true, "2020", "Ebb Flow", "Proceedings of the Tidal Workshop"),
                ("Marlow", true, "2019", "Proceedings of the Tidal Workshop", null),
            ],
            entries.Select(e => (string.Join(' ', e.Authors), e.HasAuthorOrEditor, e.Year, e.Title, e.Fields.GetValueOrDefault("booktitle"))));
        Assert.Equal("Harbour Lane Press", entries[0].Fields["publisher"]);
        Assert.False(entries[0].Fields.ContainsKey("shorttitle"));
        Assert.Equal("tides--2019", entries[0].Fields["crossref"]);
    }

    [Fact]
    public void An_entry_inherits_the_fields_of_its_xdata()
    {
        var entries = Bib("""
            @xdata{harbour, publisher = {Harbour Lane Press}, location = {Portsmouth}, title = {Shared Data}}
            @book{tide_atlas, author = {Lee, Bo}, year = 2001, xdata = {harbour}}
            """);

        Assert.Equal(["harbour", "tide_atlas"], entries.Select(e => e.Key));
        Assert.Equal(("Harbour Lane Press", "Portsmouth", "Shared Data"), (entries[1].Fields["publisher"], entries[1].Fields["location"], entries[1].Title));
    }

    [Fact]
    public void Crossrefs_in_a_cycle_end()
    {
        var entries = Bib("@misc{loop_a, crossref = {loop_b}}\n@misc{loop_b, crossref = {loop_a}, year = 2000}\n@misc{lost, crossref = {nowhere}}");

        Assert.Equal(["2000", "2000", null], entries.Select(e => e.Year));
    }
}
