using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class UnknownSourceTests
{
    private static readonly UnknownSource Rule = new();

    private const string References = "# References\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.\n\nWoods, A., & Grant, T. (1995). *Reason in Revolt*. Wellred.\n\nde Beauvoir, S. (1949). *Le Deuxième Sexe*. Gallimard.\n\nŽižek, S. (2008). *Violence*. Picador.";

    [Fact]
    public void Citations_of_listed_authors_pass()
    {
        Valid(
            Rule,
            "Readers taught themselves (Rose, 2001, p. 12). Rose (2001) says so, and Woods and Grant (1995) agree (see also Woods & Grant, 1995; Beauvoir, 1949; Zizek, 2008).\n\n" + References,
            "Jonathan Rose (2001) and Woods et al. (1995) say so.\n\n" + References);
    }

    [Fact]
    public void A_paper_without_a_references_list_is_not_checked()
    {
        Valid(Rule, "Readers taught themselves (Altick, 1957).");
    }

    [Fact]
    public void Years_and_brackets_that_are_not_citations_pass()
    {
        Valid(
            Rule,
            "At the congress (1903) the party split (see above). After the Paris Commune (1871), *Culture and Anarchy* (1869) was read (p. 4) in May (1889).\n\n" + References);
    }

    [Fact]
    public void Reports_a_citation_of_an_author_not_in_the_list()
    {
        var findings = Invalid(
            Rule,
            "Readers taught themselves (Rose, 2001; Altick, 1957, p. 3).\n\n" + References,
            new Expected("Altick, 1957, p. 3", Line: 1, Column: 40));

        Assert.Equal("no entry for Altick in the references; add the work cited as Altick (1957), or correct the name", findings[0].Message);
    }

    [Fact]
    public void Reports_a_narrative_citation_of_an_author_not_in_the_list()
    {
        Invalid(
            Rule,
            "As Altick (1957) showed, readers taught themselves.\n\n" + References,
            new Expected("Altick (1957)", Line: 1, Column: 4));
    }

    [Fact]
    public void Reports_a_citation_in_a_note()
    {
        Invalid(
            Rule,
            "Readers taught themselves.[^1]\n\n[^1]: See Vincent (1989) on literacy.\n\n" + References,
            new Expected("Vincent (1989)"));
    }

    [Fact]
    public void A_data_source_or_project_named_before_the_authors_is_not_an_author()
    {
        Valid(
            Rule,
            "Collected via the Harbour Survey Panel, Chung and Chae (2021) found it (ManyReaders, Byers-Holt et al. 2020).\n\n# References\n\nByers-Holt, K., Berger, C., & Dawes, C. (2020). Building a shared science. *Canadian Psychology*, 61, 349–363.\n\nChung, M., & Chae, H. (2021). Messages matter. *Journal of Social and Personal Relationships*, 38, 2397–2418.");
    }

    [Fact]
    public void Reports_a_citation_with_co_authors_of_an_author_listed_only_alone()
    {
        var findings = Invalid(
            Rule,
            "In accordance with Drayton et al. (2008), trade grew.\n\n# References\n\nDrayton, A. (2006). Does trade affect growth? *Applied Economics*, 38, 1091–1110.",
            new Expected("Drayton et al. (2008)"));

        Assert.Equal("no entry for Drayton et al. (2008) in the references; the list has only Drayton (2006), by Drayton alone; add the work cited, or correct the citation", findings[0].Message);
    }

    [Fact]
    public void A_list_of_further_reading_names_sources_a_citation_may_mean()
    {
        Valid(
            Rule,
            "Trade changed wages, as Mallick, Basu and Chandra (2004) show (Rose, 2001).\n\n" + References + "\n\n# Other Helpful Resources\n\nMallick, S, Basu, H, & Chandra, A, 2004, ‘Trade and wages in port towns’, Economic Inquiry, vol. 42.");
    }

    [Fact]
    public void A_list_of_further_reading_alone_is_no_references_list()
    {
        Valid(Rule, "Readers taught themselves (Altick, 1957).\n\n# Further Reading\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.");
    }

    [Fact]
    public void Numbers_the_numbered_list_has_pass()
    {
        Valid(Rule, "Lights were lit [1] and kept [2, 3–5] by keepers^{6} whose logs^{7,8} survive.\n\n" + Citations.NumericCitationsTests.List);
    }

    [Fact]
    public void Reports_a_number_in_brackets_with_no_entry()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [2, 9].\n\n" + Citations.NumericCitationsTests.List,
            new Expected("9", Line: 1, Column: 34));

        Assert.Equal("no entry [9] in the references, which are numbered [1–8]; correct the number or add the work to the list", findings[0].Message);
        Assert.Empty(findings[0].Suggestions);
    }

    [Fact]
    public void Reports_a_range_that_runs_past_the_list_once()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [7–10].\n\n" + Citations.NumericCitationsTests.List,
            new Expected("7–10"));

        Assert.Equal("no entries [9, 10] in the references, which are numbered [1–8]; correct the numbers or add the works to the list", findings[0].Message);
    }

    [Fact]
    public void Reports_a_raised_number_with_no_entry()
    {
        const string paper = "Lights were lit^{1} and kept^{2} by keepers^{12} whose logs^{3} and lamps^{4} remain.\n\n" + Citations.NumericCitationsTests.List;
        Invalid(Rule, AttributionTester.SetOff, paper, new Expected("12"));
        Invalid(Rule, [PaperLint.Core.Model.SourceFormat.PlainText], paper, new Expected("¹²"));
    }

    [Fact]
    public void A_surname_that_differs_by_more_than_accents_and_case_is_unknown()
    {
        var findings = Invalid(Rule, "Others disagree (Zizka, 2008). Violence has many faces (ZIZEK, 2008).\n\n" + References, new Expected("Zizka, 2008"));

        Assert.Equal("no entry for Zizka in the references; add the work cited as Zizka (2008), or correct the name", findings[0].Message);
    }

    [Fact]
    public void An_author_named_in_a_part_of_the_list_the_parser_cannot_read_is_known_whatever_the_case()
    {
        Valid(
            Rule,
            "Others disagree (Hartmann, 2011; Rose, 2001).\n\n# References\n\nde Beauvoir, S. (1949). *Le Deuxième Sexe*. Gallimard.\n\nsee also the lecture notes of HARTMANN kept in Ljubljana\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.");
    }
}
