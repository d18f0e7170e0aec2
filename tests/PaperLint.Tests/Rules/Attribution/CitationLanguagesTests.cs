using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>Citations as papers in German, French, Spanish, Italian and Portuguese write them, and works cited through another.</summary>
public sealed class CitationLanguagesTests
{
    private const string References =
        "\n\n# Literatur\n\nBrandt, K., & Seidel, L. (2001). *Lesehallen*. Verlag.\n\nGarnier, J., & Morel, P. (2005). *Les salles*. Presse.\n\n"
        + "Ortega, L., & Vidal, M. (2010). *Las salas*. Prensa.\n\nRinaldi, A., & Fabbri, B. (2012). *Le sale*. Editore.\n\n"
        + "Fournier, A., Blanc, B., & Perrin, C. (2014). *Lecteurs*. Presse.\n\nKeller, H. (2003). *Bibliotheken*. Verlag.";

    [Fact]
    public void Authors_joined_by_the_words_of_each_language_are_one_citation()
    {
        var paper = "# Text\n\nWie gezeigt (Brandt u. Seidel 2001, S. 3) und erneut (Brandt und Seidel 2001). "
            + "Selon (Garnier et Morel 2005). Según (Ortega y Vidal 2010). Secondo (Rinaldi e Fabbri 2012). "
            + "Aussi (Fournier & al. 2014), ebenso (Fournier u. a. 2014), wie Keller (2003) zeigt." + References;

        Valid(new Uncited(), paper);
        Valid(new UnknownSource(), paper);
    }

    [Theory]
    [InlineData("Weber (1922, zit. nach Keller 2003) sah das anders.")]
    [InlineData("Das sah man anders (Weber 1922, zitiert nach Keller 2003).")]
    [InlineData("Weber (1922, as cited in Keller 2003) saw it otherwise.")]
    [InlineData("Weber (1922, cité par Keller 2003) le voyait autrement.")]
    [InlineData("Weber (1922, citado por Keller 2003) lo veía de otro modo.")]
    public void A_work_cited_through_another_needs_no_entry_of_its_own(string sentence)
    {
        var paper = "# Text\n\n" + sentence + "\n\n# Literatur\n\nKeller, H. (2003). *Bibliotheken*. Verlag.";

        Valid(new UnknownSource(), paper);
        Valid(new YearMismatch(), paper);
        Valid(new Uncited(), paper);
    }
}
