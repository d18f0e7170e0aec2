using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class WrongWorkTests
{
    private static readonly WrongWork Rule = new();

    private const string References = "# References\n\nRuskin, J. (1862). *Unto This Last*. Smith, Elder.\n\nRuskin, J. (1865). *Sesame and Lilies*. Smith, Elder.";

    [Fact]
    public void A_quotation_cited_as_the_work_named_passes()
    {
        Valid(
            Rule,
            "In *Unto This Last*, Ruskin wrote that \"That country is the richest which nourishes the greatest number of noble and happy human beings\" (Ruskin, 1862).\n\n" + References,
            "In *Sesame and Lilies* he wrote:\n\n> All books are divisible into two classes, the books of the hour, and the books of all time. (Ruskin, 1865)\n\n" + References,
            "Ruskin wrote that \"That country is the richest which nourishes the greatest number of noble and happy human beings\" (Ruskin, 1865).\n\n" + References);
    }

    [Fact]
    public void Reports_an_inline_quotation_cited_as_another_work()
    {
        var findings = Invalid(
            Rule,
            "In *Unto This Last*, Ruskin wrote that \"That country is the richest which nourishes the greatest number of noble and happy human beings\" (Ruskin, 1865).\n\n" + References,
            new Expected("Ruskin, 1865", Suggestion: "1862", Line: 1, Column: 139));

        Assert.Equal("the quotation is introduced as from Unto This Last (1862), but Ruskin (1865) is Sesame and Lilies; cite Ruskin (1862) or correct the title", findings[0].Message);
    }

    [Fact]
    public void Reports_a_block_quotation_whose_introduction_names_another_work()
    {
        Invalid(
            Rule,
            "Ruskin turned to wealth in *Unto This Last*. He wrote:\n\n> That country is the richest which nourishes the greatest number of noble and happy human beings. (Ruskin, 1865)\n\n" + References,
            new Expected("Ruskin, 1865", Suggestion: "1862"));
    }

    [Fact]
    public void Reads_a_title_in_quotation_marks()
    {
        Invalid(
            Rule,
            "In his essays \"Unto This Last\", Ruskin wrote that \"That country is the richest which nourishes the greatest number of noble and happy human beings\" (Ruskin, 1865).\n\n" + References,
            new Expected("Ruskin, 1865"));
    }
}
