using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>
/// Attribution.MissingCitation follows the paper's own habit: an uncited quotation is reported in a paper that
/// cites what it quotes, not in one that quotes interviews, posts or a manuscript under review without citations.
/// </summary>
public sealed class QuotingHabitTests
{
    private static readonly MissingCitation Rule = new();

    [Fact]
    public void A_paper_that_quotes_without_citing_as_a_rule_is_left_alone()
    {
        // Field notes: five quotations of the people interviewed, one citation of the literature.
        Valid(
            Rule,
            "# Findings\n\nOne weaver said that \"the looms were never quiet before the strike began in spring\". "
            + "Another recalled that \"the foreman counted every minute we spent away from the frames\". "
            + "A third put it plainly: \"we were paid by the piece and the pieces got smaller every year\". "
            + "A fourth said that \"nobody in the shed believed the mill would close before the war\". "
            + "As Smith observed, \"the weavers kept their own accounts of the hours they had worked\" (Smith, 2001, p. 4).");
    }

    [Fact]
    public void A_short_paper_with_a_references_list_is_told_of_a_passage_introduced_by_a_colon()
    {
        var findings = Invalid(
            Rule,
            "# Rooms\n\nThe rooms opened in the evening (Kelly, 1973).\n\nThe secretary wrote in his report for the winter:\n\n"
            + "\"The room was full on every night of the season, and the papers were worn thin by the end of the week.\n\n"
            + "\"We ask the members to leave the papers on the tables and not to carry them home.\"\n\nThe plea was heard.\n\n"
            + "# References\n\nKelly, T. (1973). *A History of Public Libraries*. Library Association.",
            new Expected("\"We ask the members to leave"));

        Assert.StartsWith("this quotation has no citation;", findings[0].Message);
    }

    [Fact]
    public void A_short_paper_is_not_told_of_a_quotation_within_a_sentence()
    {
        Valid(
            Rule,
            "# Rooms\n\nThe rooms opened in the evening (Kelly, 1973). Members called one room \"the poor man's university of the northern towns\" for years.\n\n"
            + "# References\n\nKelly, T. (1973). *A History of Public Libraries*. Library Association.");
    }

    [Fact]
    public void Empty_brackets_after_a_quotation_are_a_lost_citation_in_any_paper()
    {
        var findings = Invalid(
            Rule,
            "# Offices\n\nClerks were blamed for \"drinking tea and filling in forms the whole of the afternoon\" () in the reports of the time.",
            new Expected("\"drinking tea and filling in forms"));

        Assert.Equal(
            "this quotation is followed by empty brackets: its citation was lost; put the source in them, such as (Author, Year, p. N)",
            findings[0].Message);
    }

    [Fact]
    public void A_note_marker_after_a_space_cites_even_when_the_quotation_ends_its_sentence()
    {
        Valid(
            Rule,
            SetOff,
            InCitingPaper("Brown explains that \"the cells respond to the promise of news as they respond to food.\" [^1] The model followed.\n\n[^1]: Ibid."));
    }

    [Fact]
    public void A_note_written_like_a_references_entry_cites()
    {
        Valid(
            Rule,
            InCitingPaper("Gray and Lee describe it as \"something that hinders or largely derails another process\".[^1] More followed.\n\n[^1]: Gray, Ann, and Bob Lee. The Busy Mind. Harbour Press, 2016. p5."),
            InCitingPaper("Graf nannte ihn \"den witzigsten Kopf, der alle Schwächen des Kreises schnell erkannte\".[^1] Mehr folgte.\n\n[^1]: Graf, Max: Der Kritiker. In: Beilage zur Wochenpresse. Wien 1957."));
    }

    [Fact]
    public void The_note_that_closes_a_paragraph_cites_what_the_paragraph_quotes()
    {
        Valid(
            Rule,
            InCitingPaper("Montage uses the mind \"to build from scattered fragments higher units of thought\". The fragments stand apart. Only together do they mean.[^1]\n\n[^1]: Hart, Lena: Lexicon of Film Terms. Berlin 2021."));
    }

    [Fact]
    public void A_comment_note_that_closes_the_paragraph_does_not_cite()
    {
        Invalid(
            Rule,
            InCitingPaper("Montage uses the mind \"to build from scattered fragments higher units of thought\". The fragments stand apart.[^1]\n\n[^1]: The term is older than film."),
            new Expected("\"to build from scattered fragments higher"));
    }

    [Fact]
    public void Words_quoted_again_need_no_second_citation()
    {
        Valid(
            Rule,
            InCitingPaper("The advert reads \"flame writes in trembling letters upon a roof\" (Polt, 1925, p. 3). Later the \"flame [that] writes in trembling letters\" returns."));
    }

    [Fact]
    public void A_quotation_in_a_table_is_data_not_a_source()
    {
        Valid(
            Rule,
            [SourceFormat.Markdown],
            InCitingPaper("# Variables\n\n| Variable | Question |\n|---|---|\n| arrival | \"If you were born abroad, in what year did you arrive in this country?\" |"));
    }

    [Fact]
    public void Three_cited_quotations_in_five_are_not_yet_a_habit()
    {
        Valid(
            Rule,
            "# Rooms\n\nOne rule said that \"no member shall take a newspaper from the room before noon\". "
            + "Another said that \"the lamps shall be put out by the last member to leave the room\". "
            + "Smiles held that \"the spirit of self-help is the root of all genuine growth\" (Smiles, 1859, p. 1). "
            + "Arnold sought \"the best which has been thought and said in the world\" (Arnold, 1869, p. 6). "
            + "Ruskin spoke of \"the books of the hour, and the books of all time\" (Ruskin, 1865, p. 10).");
    }
}
