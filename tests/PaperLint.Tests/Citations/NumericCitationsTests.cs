using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>
/// Citations by number against a numbered references list, in every format: the bracketed and raised forms read,
/// and the bracketed and raised numbers that are something else.
/// </summary>
public sealed class NumericCitationsTests
{
    /// <summary>A Vancouver list of eight entries, numbered in the text ("[1] …") as IEEE writes it.</summary>
    public const string List =
        "# References\n\n"
        + "[1] Marlow T, Quince R. Harbour lights and their keepers. J Coast Hist. 2001;3:1–9.\n\n"
        + "[2] Ferrand L. The lamp room. Sea Rev. 1998;12:44–51.\n\n"
        + "[3] Okafor N, Brandt E. Signals at dusk. Mar Stud. 2010;7:100–12.\n\n"
        + "[4] Lindqvist A. Fog horns of the northern coast. Port Q. 2015;2:5–8.\n\n"
        + "[5] Havel J. Keepers' logs. Arch Sea. 2019;9:31–40.\n\n"
        + "[6] Tamsin P. Lenses and prisms. Opt Hist. 1987;4:12–19.\n\n"
        + "[7] Ruane D. Wreck registers. Coast Rec. 2005;11:2–7.\n\n"
        + "[8] Brill K. The last keepers. Mar Life. 2021;6:60–66.";

    [Fact]
    public void Reads_numbers_in_brackets_single_listed_and_as_ranges()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Lights were lit [1] and kept [2, 3–5]; logs survive [6-8] and [1,2,5] as registers [1; 4] show.\n\n" + List);

            Assert.Equal(["[1]", "[2–5]", "[6–8]", "[1, 2, 5]", "[1, 4]"], cited.Select(c => c.Citation.Display));
            Assert.All(cited, c => Assert.False(c.Citation.IsRaised));
        }
    }

    [Fact]
    public void Reads_the_place_in_the_work_that_ieee_writes_after_the_number()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Lights were lit [1, p. 4] and kept [2, pp. 7–9]; keepers [3, Fig. 2] logged fog [4, ch. 3].\n\n" + List);

            Assert.Equal(["[1] p. 4", "[2] pp. 7–9", "[3] Fig. 2", "[4] ch. 3"], cited.Select(c => $"{c.Citation.Display} {c.Citation.Locator}"));
        }
    }

    [Fact]
    public void Reads_two_brackets_with_a_dash_between_as_a_range()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Lights were lit [1]–[4] and kept [5]-[6], [7], [8].\n\n" + List);

            Assert.Equal(["[1–4]", "[5, 6]", "[7]", "[8]"], cited.Select(c => c.Citation.Display));
        }
    }

    [Fact]
    public void Intervals_are_not_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "The beam turns in the interval [1, 5] for x ∈ [2, 3] and n = [4], as logged [6].\n\n" + List);

            Assert.Equal(["[6]"], cited.Select(c => c.Citation.Display));
        }
    }

    [Fact]
    public void Reads_raised_numbers_single_listed_and_as_ranges()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Lights were lit^{1} and kept^{2,3} by keepers^{4–6} whose logs^{7-8} survive.\n\n" + List);

            Assert.Equal(["[1]", "[2, 3]", "[4–6]", "[7, 8]"], cited.Select(c => c.Citation.Display));
            Assert.All(cited, c => Assert.True(c.Citation.IsRaised));
        }
    }

    [Fact]
    public void Reads_markdown_caret_superscripts()
    {
        var cited = Numeric(SourceFormat.Markdown, "Lights were lit^1^ and kept^2-4^.\n\n" + List);

        Assert.Equal(["[1]", "[2–4]"], cited.Select(c => c.Citation.Display));
    }

    [Fact]
    public void A_paper_without_a_numbered_list_has_no_numeric_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            Assert.Empty(Numeric(format, "Lights were lit [1] and kept^{2}.\n\n# References\n\nMarlow, T. (2001). *Harbour Lights*. Sea Press.\n\nFerrand, L. (1998). *The Lamp Room*. Sea Press."));
            Assert.Empty(Numeric(format, "Lights were lit [1] and kept [2].\n\n# Notes\n\n[1] Marlow T. Harbour lights. 2001.\n\n[2] Ferrand L. The lamp room. 1998."));
        }
    }

    [Fact]
    public void Equations_years_figures_and_brackets_of_words_are_not_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "The beam turns (1) as in Eq. [2] and Table [3], a year [2001] later, he wrote [sic] and [...] of it, in 1 m² and 10³ lux [4].\n\n" + List);

            Assert.Equal(["[4]"], cited.Select(c => c.Citation.Display));
        }
    }

    [Fact]
    public void Indexes_in_code_and_formulas_are_not_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "The value d[4]) and x[1] = 0 and m[2][3] come from the log [5].\n\n" + List);

            Assert.Equal(["[5]"], cited.Select(c => c.Citation.Display));
        }

        Assert.Equal(["[3]"], Numeric(SourceFormat.Markdown, "Call `lights[2]` as the log says [3].\n\n" + List).Select(c => c.Citation.Display));
    }

    [Fact]
    public void Markdown_link_labels_are_not_citations()
    {
        var cited = Numeric(SourceFormat.Markdown, "See [the register][10] and [the logs][9] as told [2].\n\n[10]: https://example.org/register\n\n" + List);

        Assert.Equal(["[2]"], cited.Select(c => c.Citation.Display));
    }

    [Fact]
    public void A_raised_number_that_a_hand_typed_note_carries_is_the_note_marker()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = PaperDocuments.From(format, "Lights were lit^{1} and kept^{2} as logs^{3} show.\n\n^{1} The keeper's own remark on the lamps.\n\n" + List);
            var context = LintContext.For(document);

            Assert.Equal(["[2]", "[3]"], context.Attribution.NumericCitations.Select(c => c.Citation.Display));
            Assert.Contains(document.FootnoteRefs, r => r.Number == 1 && !context.Attribution.NumericCitations.Any(c => c.Block == r.Block && c.Citation.Start <= r.Offset && r.Offset < c.Citation.End));
        }
    }

    [Fact]
    public void Numbers_in_brackets_that_notes_typed_in_brackets_carry_are_note_markers()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Lights were lit [1] and kept [2] as logs show [3].\n\n[1] The keeper's remark.\n\n[2] A second remark.\n\n" + List);

            Assert.Equal(["[3]"], cited.Select(c => c.Citation.Display));
        }
    }

    [Fact]
    public void The_raised_numbers_of_an_author_line_are_not_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "Ana Ruiz^{1}, Li Wei^{2}\n\n^{1} Harbour Institute\n\n^{2} Coast University\n\nLights were lit^{3} and kept^{4}.\n\n" + List);

            Assert.Equal(["[3]", "[4]"], cited.Select(c => c.Citation.Display));
        }
    }

    [Fact]
    public void Raised_numbers_most_of_which_match_no_entry_are_not_citations()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            Assert.Empty(Numeric(format, "Lights^{31} were lit^{42} and kept^{57} long^{1}.\n\n" + List));
        }
    }

    [Fact]
    public void Quoted_words_keep_their_own_citations_out_of_the_paper()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var cited = Numeric(format, "The report says that \"the keepers of the northern coast lit every lamp by hand [7] until the last war\" [2].\n\n" + List);

            Assert.Equal(["[2]"], cited.Select(c => c.Citation.Display));
        }
    }

    private static List<FoundCitation> Numeric(SourceFormat format, string paper) =>
        LintContext.For(PaperDocuments.From(format, paper)).Attribution.NumericCitations.ToList();
}
