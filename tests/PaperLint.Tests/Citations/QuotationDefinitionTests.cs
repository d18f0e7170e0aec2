using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>What is not a quotation, whatever it looks like: indented numbers and code in Word, quotation marks inside URLs.</summary>
public sealed class QuotationDefinitionTests
{
    private const string Body = "The survey asked every member of the club how often the reading room was used in the evening.";

    [Theory]
    [InlineData("140 141 142 143 144 145 146 147 148 149 150")]
    [InlineData("0.0 0.2 0.4 0.6 0.8 1.0 1.2 1.4 1.6 1.8 2.0")]
    [InlineData("plot(x = data[[\"year\"]], y = data[[\"members\"]], main = \"Members by year of joining the club\")")]
    public void An_indented_word_paragraph_of_numbers_or_code_is_not_a_block_quotation(string text)
    {
        var docx = new DocxFixture()
            .Paragraph(Body)
            .Paragraph(Body)
            .Body(Indented(text), Indented("The reading room was full on every evening of the winter, and the members asked for longer hours."))
            .Build();

        var context = LintContext.For(DocumentLoader.Load(docx, "paper.docx"));

        // The prose paragraph indented the same way is still a quotation; the numbers or code are not.
        var quoted = Assert.Single(context.Quotations.Cited);
        Assert.StartsWith("The reading room", quoted.First.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceFormat.Markdown)]
    [InlineData(SourceFormat.PlainText)]
    [InlineData(SourceFormat.Docx)]
    public void Quotation_marks_inside_a_url_are_part_of_the_url(SourceFormat format)
    {
        var document = TestDocuments.From(format, "The search https://archive.example.org/search?query=\"sick+note\"&year=\"2001\"&domain=\"news.example.org\"&page=2 found ten pages.");

        var context = LintContext.For(document);

        Assert.Empty(context.Quotations.All);
    }

    private static Paragraph Indented(string text) =>
        new(new ParagraphProperties(new Indentation { Left = "1440" }), DocxFixture.TextRun(text));
}
