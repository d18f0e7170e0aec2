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
}
