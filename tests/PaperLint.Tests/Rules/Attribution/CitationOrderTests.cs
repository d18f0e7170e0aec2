using PaperLint.Core.Model;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class CitationOrderTests
{
    private static readonly CitationOrder Rule = new();

    private static readonly string List = Citations.NumericCitationsTests.List;

    [Fact]
    public void Citations_in_order_of_first_citation_pass()
    {
        Valid(
            Rule,
            "Lights were lit [1] and kept [2, 3]. The lamp room [2] had keepers [4–6]; later [1] registers [7] and the last keepers [8].\n\n" + List,
            "Lights were lit^{1} and kept^{2,3}. The lamp room^{2} had keepers^{4–6}; later^{1} registers^{7} and the last keepers^{8}.\n\n" + List);
    }

    [Fact]
    public void Reports_a_citation_that_brings_in_a_number_before_lower_ones()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [2]. Keepers [4] logged fog [3]. Registers [5–8] remain.\n\n" + List,
            new Expected("4", Line: 1, Column: 44));

        Assert.Equal("[4] is cited before [3], though the list numbers works in the order they are first cited; the next new work cited should be [3]: renumber the references or correct the citation", findings[0].Message);
    }

    [Fact]
    public void Reports_a_raised_citation_out_of_order()
    {
        Invalid(Rule, SetOff, "Lights were lit^{1} and kept^{2}. Keepers^{5} logged fog^{3,4}. Registers^{6–8} remain.\n\n" + List, new Expected("5"));
        Invalid(Rule, [SourceFormat.PlainText], "Lights were lit^{1} and kept^{2}. Keepers^{5} logged fog^{3,4}. Registers^{6–8} remain.\n\n" + List, new Expected("⁵"));
    }

    [Fact]
    public void An_early_citation_of_a_late_entry_is_reported_once()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] as the last keepers [8] tell. The lamp room [2] and keepers [3, 4] kept logs [5]; registers [6] and wrecks [7].\n\n" + List,
            new Expected("8"));

        Assert.Equal("[8] is cited before [2–7], though the list numbers works in the order they are first cited; the next new work cited should be [2]: renumber the references or correct the citation", findings[0].Message);
    }

    [Fact]
    public void A_late_first_citation_is_blamed_once_not_at_every_number_after_it()
    {
        // [3] comes only after [4]–[8]: the one finding is at [4], where the order first breaks.
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [2]. Keepers [4] logged fog [5] and registers [6]; lenses [7] and the last keepers [8]. The lamp room [3] was rebuilt.\n\n" + List,
            new Expected("4"));

        Assert.Single(findings);
    }

    [Fact]
    public void A_list_not_numbered_by_first_citation_is_not_held_to_it()
    {
        // Alphabetical: Brill, Ferrand, Havel, Lindqvist, Marlow, Okafor, Ruane, Tamsin.
        const string alphabetical = "# References\n\n[1] Brill K. The last keepers. Mar Life. 2021;6:60–66.\n\n[2] Ferrand L. The lamp room. Sea Rev. 1998;12:44–51.\n\n[3] Havel J. Keepers' logs. Arch Sea. 2019;9:31–40.\n\n[4] Lindqvist A. Fog horns. Port Q. 2015;2:5–8.\n\n[5] Marlow T, Quince R. Harbour lights. J Coast Hist. 2001;3:1–9.\n\n[6] Okafor N, Brandt E. Signals at dusk. Mar Stud. 2010;7:100–12.\n\n[7] Ruane D. Wreck registers. Coast Rec. 2005;11:2–7.\n\n[8] Tamsin P. Lenses and prisms. Opt Hist. 1987;4:12–19.";
        Valid(
            Rule,
            "Lights were lit [5] and kept [2]. Keepers [3] logged fog [4]. Registers [7], lenses [8], signals [6] and the last keepers [1].\n\n" + alphabetical,
            "Lights were lit [1] and kept [2]. Keepers [3] logged fog [4]. Registers [5], lenses [6], signals [8] and wrecks [7].\n\n" + alphabetical);
    }

    [Fact]
    public void A_paper_that_cites_by_number_mostly_out_of_order_is_not_held_to_it()
    {
        Valid(Rule, "Lights were lit [6] and kept [2]. Keepers [8] logged fog [1]. Registers [3], lenses [7], signals [5] and horns [4].\n\n" + List);
    }
}
