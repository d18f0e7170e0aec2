using PaperLint.Core.Rules;
using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class MissingCitationTests
{
    private static readonly MissingCitation Rule = new();

    [Fact]
    public void Cited_quotations_pass()
    {
        Valid(
            Rule,
            "Smiles opened his book with the claim that \"the spirit of self-help is the root of all genuine growth in the individual\" (Smiles, 1859).",
            "The book begins: \"Heaven helps those who help themselves is a well-tried maxim\", as Smiles (1859) put it.",
            "Smiles (1859) begins with the claim that \"the spirit of self-help is the root of all genuine growth in the individual\".",
            "Arnold (1869) asked readers to seek \"the best which has been thought and said in the world\" (p. 6).",
            "As Arnold put it, culture meant \"the best which has been thought and said in the world\" (1869, preface).",
            "Dickens opened one novel with \"It was the best of times, it was the worst of times\".[^1]\n\n[^1]: Charles Dickens, *A Tale of Two Cities* (London: Chapman and Hall, 1859), 1.",
            "Ruskin divided reading into two kinds:\n\n> All books are divisible into two classes, the books of the hour, and the books of all time. (Ruskin, 1865)",
            "Ruskin divided reading into two kinds:\n\n> All books are divisible into two classes, the books of the hour, and the books of all time.\n\n(Ruskin, 1865)",
            "Ruskin (1865) divided reading into two kinds:\n\n> All books are divisible into two classes, the books of the hour, and the books of all time. (p. 10)");
    }

    [Fact]
    public void A_letter_quoted_whole_is_one_quotation_cited_at_its_end()
    {
        Valid(
            Rule,
            "The society wrote to its members:\n\n> Dear Members,\n\n> The committee has resolved that the reading room shall stay open until ten o'clock on every weekday evening.\n\n> The newspapers shall be kept on the long table and shall not be taken into the smoking room by anyone. (Rules of the reading room, 1871)\n\nThe rule held for twenty years.");
    }

    [Fact]
    public void Scare_quotes_titles_and_references_are_not_quotations()
    {
        Valid(
            Rule,
            "The so-called \"reading public\" grew quickly after 1850.",
            "His essay \"How We Should Reorganize the Workers and Peasants Inspectorate\" appeared late.",
            "The congress (1903) and the second point (2) came first.\n\n# References\n\nSmith, J. (2001). \"The reading room was the only warm place in the whole of the town.\" Journal of Reading, 4, 1–20.");
    }

    [Fact]
    public void Reports_an_inline_quotation_with_no_citation()
    {
        var findings = Invalid(
            Rule,
            InCitingPaper("# Rooms\n\nThe rules of one reading room said that \"no member shall take a newspaper from the room before noon\". Members mostly obeyed."),
            new Expected("\"no member shall take a newspaper", Line: 3, Column: 41));

        Assert.Equal("this quotation has no citation; add one after it, such as (Author, Year, p. N), or a note that names the source", findings[0].Message);
    }

    [Fact]
    public void A_note_that_only_comments_is_not_a_citation()
    {
        Invalid(
            Rule,
            InCitingPaper("The rules said that \"no member shall take a newspaper from the room before noon\".[^1]\n\n[^1]: The rule was often broken in winter."),
            new Expected("\"no member shall take a newspaper"));
    }

    [Fact]
    public void A_citation_for_another_quotation_later_in_the_paragraph_does_not_count()
    {
        Invalid(
            Rule,
            InCitingPaper("One rule said that \"no member shall take a newspaper from the room before noon\", and Smiles held that \"the spirit of self-help is the root of all genuine growth in the individual\" (Smiles, 1859)."),
            new Expected("\"no member shall take a newspaper"));
    }

    [Fact]
    public void Reports_a_block_quotation_with_no_citation()
    {
        var findings = Invalid(
            Rule,
            SetOff,
            InCitingPaper("A notice in one room read:\n\n> Members are asked to keep silence in the reading room and to return every newspaper to its place on the table.\n\nMost did."),
            new Expected("Members are asked to keep silence", Line: 3, Column: 3));

        Assert.StartsWith("this block quotation has no citation;", findings[0].Message);
    }

    [Fact]
    public void Reports_a_quoted_passage_of_several_paragraphs_once()
    {
        var findings = Invalid(
            Rule,
            SetOff,
            InCitingPaper("The committee wrote:\n\n> Dear Members,\n\n> The reading room shall stay open until ten o'clock on every weekday evening of the year.\n\nThe rule held."),
            new Expected("Dear Members,"));

        Assert.StartsWith("this quoted passage (2 paragraphs) has no citation;", findings[0].Message);
    }

    [Fact]
    public void Honours_the_minimum_number_of_words()
    {
        var document = PaperDocuments.From(PaperLint.Core.Model.SourceFormat.Markdown, InCitingPaper("They called it \"a room for every working reader\" then."));

        Assert.Empty(Rule.Check(LintContext.For(document)));
        Assert.Single(Rule.Check(LintContext.For(document, LintSettings.Default.With(new QuotationSettings { MinWords = 5 }))));
    }
}
