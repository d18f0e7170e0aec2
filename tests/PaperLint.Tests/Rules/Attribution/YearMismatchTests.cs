using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class YearMismatchTests
{
    private static readonly YearMismatch Rule = new();

    private const string References = "# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\nRogovin, V. Z. (2009a). *Stalin's Terror*. Mehring Books.\n\nRogovin, V. Z. (2009b). *Party of the Executed*. Mehring Books.";

    [Fact]
    public void Citations_with_the_listed_year_pass()
    {
        Valid(
            Rule,
            "Everything had changed (Serge, 1974, p. 57). Rogovin (2009a, p. 189) and Rogovin (2009b) agree (Altick, 1957).\n\n" + References,
            "Everything had changed (Serge, 1975).");
    }

    [Fact]
    public void Reports_a_year_the_list_does_not_have()
    {
        var findings = Invalid(
            Rule,
            "Everything had changed (Serge, 1975, p. 57).\n\n" + References,
            new Expected("Serge, 1975, p. 57", Suggestion: "1974", Line: 1, Column: 25));

        Assert.Equal("no reference for Serge (1975); the list has Serge (1974); correct the year or add the work to the references", findings[0].Message);
    }

    [Fact]
    public void Reports_a_narrative_citation_with_the_wrong_year()
    {
        Invalid(Rule, "As Serge (1975) recalls, everything had changed.\n\n" + References, new Expected("Serge (1975)", Suggestion: "1974"));
    }

    [Fact]
    public void Reports_a_year_without_the_letter_its_entries_carry()
    {
        var findings = Invalid(Rule, "The terror was planned (Rogovin, 2009).\n\n" + References, new Expected("Rogovin, 2009"));

        Assert.Equal("Rogovin (2009) could be any of Rogovin (2009a) and Rogovin (2009b); add the letter of the work meant", findings[0].Message);
    }

    [Fact]
    public void An_entry_without_a_date_is_not_dated_by_the_day_it_was_read()
    {
        Valid(
            Rule,
            "One code of conduct is the Community Pledge (Ehrlich n.d.).\n\n# References\n\nEhrlich, Corinna Ada. n.d. “Community Pledge: A Code of Conduct.” Accessed December 9, 2023. https://www.example.org/.");
    }

    [Fact]
    public void Entries_read_in_the_shapes_of_real_lists_match_their_citations()
    {
        Valid(
            Rule,
            "Plots reveal data (Tuckey and Tuckey 1985; Hanford et al. 2013, 2015), as S. W. J. Kowalski and Bellow (2013) note.\n\n# References\n\nHanford, S.E., Anderson, S.S., and Zimmerman, N. 2015. The way of open science. Ecosphere 6(7): 1–13.\n\nHanford, S.E., Strasser, C.A., and Porter, J.H. 2013. Large data and ecology. Frontiers in Ecology 11(3): 156–162.\n\nKowalski, S. W. J., and B. S. Bellow. 2013. “Small Groups at Work.” In Handbook of Psychology. London: Wiley.\n\nTuckey, J. 1977. Looking at data. Addison-Wesley.\n\nTuckey, J.W., and Tuckey, P.A. 1985. Computer graphics and exploratory data analysis. Fairfax, VA.");
    }

    [Fact]
    public void A_citation_with_co_authors_of_an_author_listed_only_alone_is_left_to_unknown_source()
    {
        Valid(
            Rule,
            "In accordance with Drayton et al. (2008), trade grew.\n\n# References\n\nDrayton, A. (2006). Does trade affect growth? *Applied Economics*, 38, 1091–1110.");
    }

    [Fact]
    public void Finds_the_entries_of_an_author_cited_without_the_accents_of_the_list()
    {
        var findings = Invalid(
            Rule,
            "Violence has many faces (Zizek, 2009). Ethics begins with ambiguity (Beauvoir, 1947).\n\n# References\n\nde Beauvoir, S. (1947). *The Ethics of Ambiguity*. Citadel.\n\nŽižek, S. (2008). *Violence*. Picador.",
            new Expected("Zizek, 2009", Suggestion: "2008", Line: 1, Column: 26));

        Assert.Equal("no reference for Zizek (2009); the list has Žižek (2008); correct the year or add the work to the references", findings[0].Message);
    }
}
