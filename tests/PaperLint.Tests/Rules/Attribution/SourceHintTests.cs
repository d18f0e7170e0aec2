using PaperLint.Core.Model;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>Quotations located without an author-date citation: a locator in brackets, a legal citation, a lead-in that links the source.</summary>
public sealed class SourceHintTests
{
    private static readonly MissingCitation Rule = new();

    [Fact]
    public void A_locator_in_brackets_says_where_the_words_are()
    {
        Valid(
            Rule,
            "The revised manuscript now includes this statement (line 107): \"Note that our transmission models differ slightly from those in the earlier study.\"",
            "We changed the legend of the second plot to \"the values for both parameters in these panels come from one run\" (caption of Figure 2).",
            "Jung calls it \"the meeting of two personalities is like the contact of two chemical substances\" (CW 16, § 163).",
            "Weber beschreibt das als \"die Entzauberung der Welt durch die fortschreitende Rationalisierung des Lebens\" (MS, VI, S. 399 f).");
    }

    [Fact]
    public void A_legal_citation_in_the_sentence_or_the_next_locates_the_words()
    {
        Valid(
            Rule,
            "The court held that \"a conviction under the statute does not require proof of the particular substance involved in the sale.\" 590 U.S. 1, 12 (2020).",
            "The Board noted that the provision \"sets out one or more elements of the offense in the alternative to one another.\" Id. at 5.",
            "Removal rests on the ground that the respondent \"has been convicted of a violation of any law relating to a controlled substance\" under 8 U.S.C. § 1227.");
    }

    [Fact]
    public void A_lead_in_that_links_or_names_a_web_page_gives_the_source()
    {
        Valid(
            Rule,
            [SourceFormat.Markdown],
            "As [the project's website](https://example.org/about) puts it, \"the database is kept by volunteers who check every entry twice a year.\"",
            "From Wikipedia:\n\n> A reading room is a space in a library set aside for the reading and study of the collections.",
            "The passage reads:\n\n> All books are divisible into two classes, the books of the hour, and the books of all time. (§ 840)");
    }

    [Fact]
    public void An_ibid_note_in_german_at_the_quotation_is_its_source()
    {
        Valid(
            Rule,
            [SourceFormat.Markdown, SourceFormat.Docx],
            "Polgar nennt es \"die kleine Form, die das Ganze in einem einzigen Bild zusammenfasst und festhält\".[^1] Dann folgt mehr.\n\n[^1]: Ebd.",
            "Polgar nennt es \"die kleine Form, die das Ganze in einem einzigen Bild zusammenfasst und festhält\"[^1] und mehr.\n\n[^1]: Ebd., S. 4.");
    }

    [Fact]
    public void A_numbered_citation_after_the_quotation_is_its_source()
    {
        Valid(
            Rule,
            "The tool is described as \"a packet analyser that records every frame seen on the network interface\" [18].",
            "The authors call it \"a packet analyser that records every frame seen on the network interface\" [3, 7].");
    }

    [Fact]
    public void A_bracket_without_a_locator_gives_no_source()
    {
        Invalid(
            Rule,
            InCitingPaper("# Rooms\n\nThe rules said that \"no member shall take a newspaper from the room before noon\" (see above). Members obeyed."),
            new Expected("\"no member shall take a newspaper"));
    }
}
