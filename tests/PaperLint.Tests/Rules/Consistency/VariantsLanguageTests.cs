using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>In a language that marks words with accents, forms that differ only by accents are different words; names are still compared.</summary>
public sealed class VariantsLanguageTests
{
    private static readonly Variants Rule = new();

    [Theory]
    [InlineData("---\nlang: es\n---\n\nNo sé como lo hizo. Le pregunté cómo lo hizo. Lo hizo como siempre.\n")]
    [InlineData("---\nlang: fr-FR\n---\n\nIl trouve la lettre. Il a trouvé la lettre. Elle trouve le livre.\n")]
    [InlineData("---\nlang: de\n---\n\nEr wurde Lehrer. Er würde gern Lehrer sein. Sie wurde Ärztin.\n")]
    [InlineData("---\nlang: de\n---\n\nDie Note war gut. Die Nöte der Zeit waren groß. Eine Note fehlte.\n")]
    public void Lower_case_words_differing_by_accents_are_two_words_in_such_a_language(string markdown)
    {
        var document = MarkdownReader.Parse("paper.md", markdown);

        Assert.Empty(Rule.Check(LintContext.For(document)));
    }

    [Fact]
    public void A_word_paragraph_declared_french_is_read_as_french()
    {
        static RunProperties French() => new(new Languages { Val = "fr-FR" });
        var docx = new DocxFixture()
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("Il trouve la lettre dans le tiroir de la commode.", French())),
                DocxFixture.Para(DocxFixture.TextRun("Il a trouvé la lettre et il la lit enfin.", French())))
            .Build();

        Assert.Empty(Rule.Check(LintContext.For(DocumentLoader.Load(docx, "paper.docx"))));
    }

    [Fact]
    public void Dutch_paragraphs_nobody_declared_are_told_by_their_words()
    {
        // An English paper that quotes a Dutch questionnaire: "één" (one) and "een" (a) are two Dutch words.
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = TestDocuments.From(
                format,
                "The survey asked the members of the team about their work and the results were clear to all of them.\n\n"
                + "Het team had één leider, en het was voor alle leden van het team duidelijk dat er een nieuwe leider nodig was voor het werk dat nog moest worden gedaan in het najaar.\n\n"
                + "Elk lid had één stem, maar niet elk lid had een mening over de keuze van een nieuwe leider, en ook de leden die geen mening hadden werden om hun stem gevraagd.");

            Assert.Empty(Rule.Check(LintContext.For(document)));
        }
    }

    [Fact]
    public void Short_words_differing_by_accents_are_left_alone_even_quoted_in_english()
    {
        // Dutch "één" (one) and "een" (a), French "où" (where) and "ou" (or), named in English sentences.
        var document = MarkdownReader.Parse(
            "paper.md",
            "---\nlang: en\n---\n\nRespondents chose één when they meant a single leader and een for any leader. "
            + "The French form asked où for the place and ou for a choice. Zoë answered first; later Zoe answered again.\n");

        var finding = Assert.Single(Rule.Check(LintContext.For(document)));
        Assert.Equal("Zoe", finding.Match); // a name is still compared, however short
    }

    [Fact]
    public void Names_are_compared_in_any_language()
    {
        var document = MarkdownReader.Parse("paper.md", "---\nlang: es\n---\n\nEl viaje a Perú fue largo. En Perú llueve. Peru es grande.\n");

        var finding = Assert.Single(Rule.Check(LintContext.For(document)));
        Assert.Equal("Peru", finding.Match);
        Assert.Equal("Perú", Assert.Single(finding.Suggestions));
    }

    [Fact]
    public void In_english_a_word_without_its_accent_is_still_a_variant()
    {
        var document = MarkdownReader.Parse("paper.md", "---\nlang: en\n---\n\nThe café opened early. The cafe closed late. The café was full.\n");

        var finding = Assert.Single(Rule.Check(LintContext.For(document)));
        Assert.Equal("cafe", finding.Match);
    }
}
