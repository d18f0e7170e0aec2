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

    [Theory]
    [InlineData("en", "The committee met in the spring, and it was clear to all of its members that the budget for the library would not be enough for the new reading room.")]
    [InlineData("de", "Der Ausschuss traf sich im Frühjahr, und es war allen klar, dass das Geld für die Bibliothek nicht reichen würde, wenn auch noch der Lesesaal gebaut wird.")]
    [InlineData("fr", "Le comité s’est réuni au printemps, et il était clair pour tous ses membres que le budget de la bibliothèque ne suffirait pas pour la nouvelle salle de lecture.")]
    [InlineData("es", "El comité se reunió en primavera, y estaba claro para todos sus miembros que el dinero de la biblioteca no alcanzaba, pero también que los lectores esperaban hasta el otoño.")]
    [InlineData("it", "Il comitato si è riunito in primavera, e a tutti i membri era chiaro che il bilancio della biblioteca non sarebbe bastato per la nuova sala di lettura degli studenti.")]
    [InlineData("pt", "O comitê reuniu-se na primavera, e ficou claro para os membros que o orçamento não era suficiente, pois a biblioteca também precisava de uma nova sala pela manhã.")]
    [InlineData("nl", "Het comité kwam in het voorjaar bijeen, en het was voor alle leden duidelijk dat het geld voor de bibliotheek niet genoeg zou zijn voor een nieuwe leeszaal.")]
    public void A_document_that_declares_nothing_is_in_the_language_its_words_are_in(string language, string text)
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = TestDocuments.From(format, text);

            Assert.Equal(language, LintContext.For(document).LanguageOf(document.Blocks[0]));
        }
    }

    [Fact]
    public void The_default_language_of_Word_yields_to_a_clear_guess_and_decides_when_there_is_none()
    {
        var docx = new DocxFixture()
            .DefaultLanguage("en-US")
            .Paragraph("Der Ausschuss traf sich im Frühjahr, und es war allen klar, dass das Geld für die Bibliothek nicht reichen würde.")
            .Paragraph("Kapitel 2")
            .Build();
        var document = DocumentLoader.Load(docx, "paper.docx");
        var context = LintContext.For(document);

        Assert.Equal("de", context.LanguageOf(document.Blocks[0]));
        Assert.Equal("de", context.LanguageOf(document.Blocks[1]));

        var shortDocument = DocumentLoader.Load(new DocxFixture().DefaultLanguage("en-US").Paragraph("Kapitel 2").Build(), "paper.docx");
        Assert.Equal("en", LintContext.For(shortDocument).LanguageOf(shortDocument.Blocks[0]));
    }

    [Fact]
    public void A_long_paragraph_in_another_language_is_taken_for_what_it_is_written_in()
    {
        const string Source = "---\nlang: de\n---\n\nDer Ausschuss tagte.\n\nThe committee met in the spring, and it was clear to all of its members that the budget for the library would not be enough for the new reading room.\n";
        var document = MarkdownReader.Parse("paper.md", Source);
        var context = LintContext.For(document);

        Assert.Equal("de", context.LanguageOf(document.Blocks[0]));
        Assert.Equal("en", context.LanguageOf(document.Blocks[1]));
    }

    [Fact]
    public void Run_languages_that_the_long_paragraphs_contradict_come_from_the_keyboard_and_are_not_believed()
    {
        // A German author's English paper: Word tagged every run with the keyboard's language.
        static RunProperties German() => new(new Languages { Val = "de-DE" });
        var docx = new DocxFixture()
            .DefaultLanguage("en-US")
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("Introduction", German())),
                DocxFixture.Para(DocxFixture.TextRun("The committee met in the spring, and it was clear to all of its members that the budget for the library would not be enough for the new reading room.", German())),
                DocxFixture.Para(DocxFixture.TextRun("It is not the first time that the members of the board have been told that the rooms are too small for the readers who come to them.", German())))
            .Build();
        var document = DocumentLoader.Load(docx, "paper.docx");
        var context = LintContext.For(document);

        Assert.Equal("de-DE", document.Blocks[0].Language);
        Assert.All(document.Blocks, b => Assert.Equal("en", context.LanguageOf(b)));
    }

    [Fact]
    public void Words_in_quotation_marks_do_not_decide_the_language_of_the_paragraph_around_them()
    {
        const string Text = "Der Autor schreibt dazu: „The committee met in the spring, and it was clear to all of its members that the budget for the library would not be enough for the new reading room.“";

        foreach (var format in TestDocuments.AllFormats)
        {
            var document = TestDocuments.From(format, Text + "\n\nDas ist auch die Meinung der anderen, die mit ihm im Ausschuss sind.");

            Assert.Equal("de", LintContext.For(document).LanguageOf(document.Blocks[0]));
        }
    }

    [Fact]
    public void The_configured_language_is_the_documents_but_a_long_paragraph_still_speaks_for_itself()
    {
        var config = ConfigLoader.Parse("language: it\n", "x.yml").Settings();
        var document = PlainTextReader.Parse("paper.txt", "Capitolo primo\n\nThe committee met in the spring, and it was clear to all of its members that the budget for the library would not be enough.");
        var context = LintContext.For(document, config);

        Assert.Equal("it", context.LanguageOf(document.Blocks[0]));
        Assert.Equal("en", context.LanguageOf(document.Blocks[1]));
    }

    [Fact]
    public void The_languages_are_computed_once_per_document_whichever_thread_asks()
    {
        var document = TestDocuments.From(SourceFormat.PlainText, "Der Ausschuss traf sich im Frühjahr, und es war allen klar, dass das Geld für die Bibliothek nicht reichen würde.");
        var context = LintContext.For(document);

        var seen = new System.Collections.Concurrent.ConcurrentBag<string?>();
        Parallel.For(0, 64, _ => seen.Add(context.AtLevel(Severity.Error).LanguageOf(document.Blocks[0])));

        Assert.All(seen, l => Assert.Equal("de", l));
    }

    [Theory]
    [InlineData("Smith et al. (2020) and Jones et al. (2021) found the same in their survey of the readers of the library.", "en")]
    [InlineData("Short.", null)]
    [InlineData("Die Hard", null)]
    public void A_guess_needs_clear_evidence(string text, string? language)
    {
        Assert.Equal(language, LanguageGuess.Score(text).Clear(DocumentLanguages.DocumentMinHits));
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
