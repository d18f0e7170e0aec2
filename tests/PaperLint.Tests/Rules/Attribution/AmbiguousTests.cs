using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class AmbiguousTests
{
    private static readonly Ambiguous Rule = new();

    [Fact]
    public void Works_of_one_year_told_apart_by_letters_pass()
    {
        Valid(
            Rule,
            "Liberty mattered (Mill, 1859a; Mill, 1859b).\n\n# References\n\nMill, J. S. (1859a). *On Liberty*. John W. Parker.\n\nMill, J. S. (1859b). *Thoughts on Parliamentary Reform*. John W. Parker.",
            "Reading grew (Smiles, 1859; Darwin, 1859).\n\n# References\n\nDarwin, C. (1859). *On the Origin of Species*. John Murray.\n\nSmiles, S. (1859). *Self-Help*. John Murray.");
    }

    [Fact]
    public void Reports_two_entries_of_one_author_and_year()
    {
        var findings = Invalid(
            Rule,
            "Liberty mattered (Mill, 1859).\n\n# References\n\nMill, J. S. (1859). *On Liberty*. John W. Parker.\n\nMill, J. S. (1859). *Thoughts on Parliamentary Reform*. John W. Parker.",
            new Expected("1859", Line: 7, Column: 14));

        Assert.Equal("Mill (1859) has 2 entries in the list, so a citation cannot say which is meant; add letters (1859a, 1859b) to these years and to their citations", findings[0].Message);
    }

    [Fact]
    public void Works_of_one_year_told_apart_by_co_authors_or_by_initials_pass()
    {
        Valid(
            Rule,
            "Ribosomes grow (Ferreira 2019; Ferreira and Macleod 2019).\n\n# References\n\nFerreira VC (2019) Protein synthesis revisited. Am J Physiol 317:R709–R718\n\nFerreira VC, Macleod JJ (2019) Control of cell growth. Physiology 34:30–42",
            "Leaders matter (B. Grove 2008; D. O. Grove 2008).\n\n# References\n\nGrove, Berta. 2008. “Research across Fields.” Journal of Public Work 35 (2): S124–32.\n\nGrove, Denis O. 2008. “Better Team Work.” Notes on Evaluation 118: 73–87.");
    }
}
