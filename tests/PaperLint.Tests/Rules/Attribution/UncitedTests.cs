using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class UncitedTests
{
    private static readonly Uncited Rule = new();

    private const string References = "# References\n\nAscher, A. (2014). *The Russian Revolution*. One World.\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.";

    [Fact]
    public void Entries_cited_in_the_text_or_in_notes_pass()
    {
        Valid(
            Rule,
            "Everything changed (Serge, 1974). The revolution is told by Ascher (2014).\n\n" + References,
            "Everything changed (Serge, 1974).[^1]\n\n[^1]: Abraham Ascher, *The Russian Revolution* (London: One World, 2014), 109.\n\n" + References,
            "Everything changed (Serge, 1975). The revolution is told by Ascher (2014).\n\n" + References);
    }

    [Fact]
    public void In_a_paper_that_cites_in_notes_a_note_naming_the_author_cites_the_entry()
    {
        Valid(
            Rule,
            "Everything changed.[^1] The revolution was swift.[^2]\n\n[^1]: Serge, *From Lenin to Stalin*, 57.\n\n[^2]: Ascher, *The Russian Revolution*, 109.\n\n" + References);
    }

    [Fact]
    public void Reports_an_entry_whose_author_is_only_mentioned()
    {
        var findings = Invalid(
            Rule,
            "Everything changed (Serge, 1974). Ascher tells the story of the revolution well.\n\n" + References,
            new Expected("Ascher", Line: 5, Column: 1));

        Assert.Equal("Ascher is mentioned but never cited with a year; cite the work as (Ascher, 2014) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void Reports_an_entry_never_cited_nor_mentioned()
    {
        var findings = Invalid(Rule, "Everything changed (Serge, 1974).\n\n" + References, new Expected("Ascher"));

        Assert.Equal("Ascher (2014) is never cited; cite it as (Ascher, 2014) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void Says_so_when_other_works_of_the_author_are_cited()
    {
        var findings = Invalid(
            Rule,
            "Everything changed (Serge, 1974; Ascher, 2014).\n\n" + References + "\n\nSerge, V. (1951). *Memoirs of a Revolutionary*. Oxford University Press.",
            new Expected("Serge"));

        Assert.Equal("Serge (1951) is never cited (the citations of Serge give other years); cite it as (Serge, 1951) where it is used, or remove the entry", findings[0].Message);
    }
}
