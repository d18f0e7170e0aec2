using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Prose;

/// <summary>The language of each block, as the file declares it: run and style language in DOCX, front matter in Markdown, else the configuration.</summary>
public sealed class LanguageTests
{
    [Fact]
    public void A_docx_paragraph_takes_the_language_of_most_of_its_letters()
    {
        var german = new RunProperties(new Languages { Val = "de-DE" });
        var docx = new DocxFixture()
            .DefaultLanguage("en-GB")
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("The author writes in English.")),
                DocxFixture.Para(DocxFixture.TextRun("He quoted "), DocxFixture.TextRun("einen ganzen deutschen Satz hier", german), DocxFixture.TextRun(".")))
            .Build();

        var document = DocumentLoader.Load(docx, "paper.docx");
        var context = LintContext.For(document);

        Assert.Equal("en-GB", document.Language);
        Assert.Null(document.Blocks[0].Language);
        Assert.Equal("de-DE", document.Blocks[1].Language);
        Assert.Equal("en", context.LanguageOf(document.Blocks[0]));
        Assert.Equal("de", context.LanguageOf(document.Blocks[1]));
    }

    [Fact]
    public void A_docx_paragraph_style_can_set_the_language()
    {
        var french = new Style(new StyleName { Val = "Citation française" }, new StyleRunProperties(new Languages { Val = "fr-FR" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "CitationFr",
        };
        var docx = new DocxFixture()
            .Style(french)
            .Paragraph("Une phrase écrite en français.", style: "CitationFr")
            .Build();

        var document = DocumentLoader.Load(docx, "paper.docx");

        Assert.Equal("fr-FR", document.Blocks[0].Language);
        Assert.Equal("fr", LintContext.For(document).LanguageOf(document.Blocks[0]));
    }

    [Theory]
    [InlineData("---\ntitle: Ein Aufsatz\nlang: de-CH\n---\n\nText.\n", "de-CH")]
    [InlineData("---\nlanguage: \"pt_BR\"\n---\n\nTexto.\n", "pt_BR")]
    [InlineData("---\ntitle: No language\n---\n\nText.\n", null)]
    [InlineData("Text without front matter.\n", null)]
    public void Markdown_front_matter_declares_the_document_language(string source, string? tag)
    {
        var document = MarkdownReader.Parse("paper.md", source);

        Assert.Equal(tag, document.Language);
        Assert.Equal(LanguageTags.Primary(tag), LintContext.For(document).LanguageOf(document.Blocks[^1]));
    }

    [Fact]
    public void The_configuration_gives_the_language_of_a_document_that_declares_none()
    {
        var document = PlainTextReader.Parse("paper.txt", "Un testo italiano.");
        var config = ConfigLoader.Parse("language: it\n", "x.yml");

        Assert.Null(LintContext.For(document).LanguageOf(document.Blocks[0]));
        Assert.Equal("it", LintContext.For(document, config.Settings()).LanguageOf(document.Blocks[0]));
    }

    [Fact]
    public void A_bad_language_tag_in_the_configuration_names_its_line()
    {
        var e = Assert.Throws<InputException>(() => ConfigLoader.Parse("root: true\nlanguage: deutsch\n", "x.yml"));

        Assert.Equal("x.yml:2: 'deutsch' is not a language tag; use one such as en, de, fr-CA or pt-BR", e.Message);
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("EN_gb", "en")]
    [InlineData("gsw", "gsw")]
    [InlineData("", null)]
    [InlineData("x", null)]
    [InlineData("12-AB", null)]
    public void A_tag_is_compared_by_its_primary_subtag(string tag, string? primary)
    {
        Assert.Equal(primary, LanguageTags.Primary(tag));
    }
}
