using PaperLint.Core.Rules.Attribution;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>An entry of the references list that the parser cannot read may still be the one a citation means.</summary>
public sealed class UnreadEntryTests
{
    private static readonly UnknownSource Rule = new();

    [Fact]
    public void A_citation_of_an_author_named_in_an_unread_entry_is_not_unknown()
    {
        Valid(
            Rule,
            "# Paper\n\nThe panel ran for two years (Kittel et al., 2021) and the work of Serge (1974) is older.\n\n# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\nKittel, B., Kritzinger, S., Boomgaarden, H., Eberl, J.-M., Walter III, J. F., & Schlogl, L. (2021) The panel project: a large-scale study. Data in Brief 37: 107158.\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.");
    }

    [Fact]
    public void A_citation_of_an_author_named_nowhere_in_the_list_is_still_unknown()
    {
        Invalid(
            Rule,
            "# Paper\n\nThe panel ran for two years (Gruber et al., 2021) and the work of Serge (1974) is older.\n\n# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\nKittel, B., Kritzinger, S., Boomgaarden, H., Eberl, J.-M., Walter III, J. F., & Schlogl, L. (2021) The panel project: a large-scale study. Data in Brief 37: 107158.\n\nRose, J. (2001). *The Intellectual Life of the British Working Classes*. Yale University Press.",
            new Support.Expected("Gruber et al., 2021"));
    }

    [Fact]
    public void A_vancouver_list_with_initials_after_the_surname_matches_its_citations()
    {
        Valid(
            new Uncited(),
            "# Paper\n\nGlucose changes transcription (Tanaka et al. 2015; Hammarström 2020).\n\n# References\n\nTanaka Y, Tsuneoka M, Sato K (2015) Glucose and ribosome biogenesis. J Cell Biol 12: 44–51.\n\nHammarström D (2020) Training and ribosomes. Physiol Rep 8: e14000.");
    }
}
