using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>What Variants compares: one word in one language, in the author's own prose, in the same use.</summary>
public sealed class VariantsScopeTests
{
    private static readonly Variants Rule = new();

    [Fact]
    public void Words_of_two_languages_are_not_compared()
    {
        RuleTester.Valid(
            Rule,
            "The results were different from what we had expected, and the two groups of readers in the study were not as different as the first survey of the archive had suggested to us.\n\n"
            + "Le résultat est très différent de celui que nous avons obtenu dans la première étude, et les lecteurs du fonds ne sont pas du tout les mêmes que ceux de la bibliothèque.");
    }

    [Fact]
    public void The_details_of_a_source_in_a_note_keep_its_spelling()
    {
        AssertNone(
            "The archive went on-line in 2004, and its on-line catalogue followed a year later.[^1]\n\n"
            + "[^1]: Marta Quill, “Moving the Catalogue,” Online Records Review, 3 March 2005.");
        AssertNone(
            "The archive went on-line in 2004, and its on-line catalogue followed a year later.[^1]\n\n"
            + "[^1]: See Online Catalogues and the Law: Hearing Before the Records Committee (4 May 2006), available at the archive.");
    }

    [Fact]
    public void The_authors_own_sentence_in_a_note_still_counts()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = PaperDocuments.From(format, "The archive went on-line in 2004, and its on-line catalogue followed a year later.[^1]\n\n[^1]: The online version of the guide came in the spring.");

            var finding = Assert.Single(Rule.Check(LintContext.For(document)));
            Assert.Equal("online", finding.Match);
            Assert.Equal("on-line", Assert.Single(finding.Suggestions));
        }
    }

    [Fact]
    public void A_reference_entry_outside_a_references_list_is_not_counted()
    {
        RuleTester.Valid(
            Rule,
            "The semi-arid plateau was surveyed twice, and the semi-arid valley once.\n\n"
            + "Kowalczyk, A., & Brandt, T. (2019). Semiarid soils of the high plateau. Journal of Dry Lands, 4, 1–9.",
            "The semi-arid plateau was surveyed twice, and the semi-arid valley once.\n\n"
            + "12. Nowak, B.; Lis, C. Semiarid Grasslands in Decline. Dry Lands 2021, 5, 10–19, doi:10.1234/dl.2021.5.");
    }

    [Fact]
    public void Pieces_of_addresses_and_keys_are_not_words()
    {
        RuleTester.Valid(
            Rule,
            "We keep our notes as plain text. The guide at tools.example.org/plain-text/ explains why, and so does the Press!plaintext feed.",
            "We keep our notes as plain text, as @hale19:plaintext argues.");
    }

    [Fact]
    public void A_site_named_after_its_address_keeps_the_address_spelling()
    {
        // In Markdown an address is not part of the text, so only Word and plain text can show where the name comes from.
        RuleTester.Valid(
            Rule,
            [SourceFormat.Docx, SourceFormat.PlainText],
            "The lakeview from the hill was painted twice, and the lakeview at dawn once.\n\n"
            + "lake-view: Photographs of the shore. URL: https://lake-view.example.org/shore/");
    }

    [Fact]
    public void A_compound_before_a_capitalised_noun_or_after_a_linking_verb_is_an_adjective()
    {
        RuleTester.Valid(
            Rule,
            "She was a nineteenth-century French printer. Most of her work dates from the nineteenth century.",
            "The plan is high-level, and the details come later. We discussed it at a high level.",
            "THE HIGH-LEVEL SUMMARY\n\nWe discussed it at a high level.");
    }

    [Fact]
    public void A_compound_inside_a_series_of_modifiers_is_an_adjective()
    {
        RuleTester.Valid(
            Rule,
            "It is a text-based, command-line, file-system-dependent tool. We ran it from the command line.");
    }

    [Fact]
    public void The_same_phrase_written_two_ways_before_its_noun_is_reported()
    {
        RuleTester.Invalid(
            Rule,
            "The peer review process was slow. A second peer review process followed.\n\nThe peer-review process then changed.",
            new Expected("peer-review", "peer review", 3, 5));
    }

    [Fact]
    public void A_possessor_with_a_determiner_of_its_own_says_how_many_possess()
    {
        RuleTester.Valid(
            Rule,
            "Each member's contributions were listed. The members' contributions were then added up.",
            "My master's house was large. Their masters' houses were larger.",
            "Some printers set other peoples' names in capitals, and the people's names in italics.");
    }

    private static void AssertNone(string paper)
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var findings = Rule.Check(LintContext.For(PaperDocuments.From(format, paper))).ToList();
            Assert.True(findings.Count == 0, $"{format}: {string.Join("; ", findings.Select(f => $"'{f.Match}': {f.Message}"))}");
        }
    }
}
