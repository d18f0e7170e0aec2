using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Reporting;

public sealed class ReporterTests
{
    private static readonly Document Text = PlainTextReader.Parse("paper.txt", "Intro line.\n\nThe party lead by him won.\n");

    [Fact]
    public void Text_report_gives_place_level_rule_message_excerpt_and_suggestion()
    {
        var finding = Finding.At(Text, Text.Blocks[1], 10, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'.", ["led by"]);

        string output = Render(new TextReporter(color: false), new FileReport("paper.txt", SourceFormat.PlainText, [finding]));

        Assert.Equal(
            """
            paper.txt:3:11: warning Typos.LeadBy: Use 'led by'.
                The party lead by him won.
                          ^^^^^^^ suggestion: led by

            1 finding (1 warning) in 1 file.

            """,
            output);
    }

    [Fact]
    public void Text_report_names_the_note_and_paragraph_in_docx()
    {
        var block = new Block(BlockKind.FootnoteBody, "See the the source.") { Docx = new DocxAnchor("word/footnotes.xml", 4, NoteKind.Footnote, 3, 1) };
        var doc = new Document("paper.docx", SourceFormat.Docx, [block]);
        var finding = Finding.At(doc, block, 8, 3, "Typos.RepeatedWords", Severity.Error, "'the' is repeated.", [""]);

        string output = Render(new TextReporter(color: false), new FileReport("paper.docx", SourceFormat.Docx, [finding]));

        Assert.StartsWith(
            """
            paper.docx footnote 3, ¶1: error Typos.RepeatedWords: 'the' is repeated.
                See the the source.
                        ^^^ suggestion: (delete)
            """,
            output);
    }

    [Fact]
    public void Colour_is_only_added_when_asked()
    {
        var finding = Finding.At(Text, Text.Blocks[1], 10, 7, "Typos.LeadBy", Severity.Error, "Use 'led by'.", ["led by"]);
        var report = new FileReport("paper.txt", SourceFormat.PlainText, [finding]);

        Assert.Contains("\u001b[31merror\u001b[0m", Render(new TextReporter(color: true), report));
        Assert.DoesNotContain('\u001b', Render(new TextReporter(color: false), report));
    }

    [Fact]
    public void Json_report_gives_docx_locations_by_part_paragraph_and_note()
    {
        var block = new Block(BlockKind.FootnoteBody, "A TODO here.") { Docx = new DocxAnchor("word/footnotes.xml", 2, NoteKind.Footnote, 1, 1) };
        var doc = new Document("paper.docx", SourceFormat.Docx, [block]);
        var finding = Finding.At(doc, block, 2, 4, "Typos.Placeholders", Severity.Error, "Finish it.");

        string output = Render(new JsonReporter(), new FileReport("paper.docx", SourceFormat.Docx, [finding]));

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var f = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal("Typos.Placeholders", f.GetProperty("rule").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("TODO", f.GetProperty("match").GetString());
        var location = f.GetProperty("location");
        Assert.Equal("word/footnotes.xml", location.GetProperty("part").GetString());
        Assert.Equal(2, location.GetProperty("paragraph").GetInt32());
        Assert.Equal(2, location.GetProperty("offset").GetInt32());
        Assert.Equal(4, location.GetProperty("length").GetInt32());
        Assert.Equal("footnote", location.GetProperty("noteKind").GetString());
        Assert.Equal(1, location.GetProperty("note").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Json_report_gives_text_locations_as_1_based_ranges()
    {
        var finding = Finding.At(Text, Text.Blocks[1], 10, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'.", ["led by"]);

        string output = Render(new JsonReporter(), new FileReport("paper.txt", SourceFormat.PlainText, [finding]));

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var location = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0].GetProperty("location");
        Assert.Equal((3, 11, 3, 18), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32(), location.GetProperty("endLine").GetInt32(), location.GetProperty("endColumn").GetInt32()));
    }

    private static string Render(IReporter reporter, FileReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        reporter.Write(writer, [report], RunSummary.Of([report], 0));
        return writer.ToString();
    }
}
