using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Reporting;

public sealed class GitHubReporterTests
{
    [Fact]
    public void Text_finding_becomes_a_workflow_command_with_file_line_columns_and_title()
    {
        var document = PlainTextReader.Parse("papers/paper.txt", "Intro line.\n\nThe party lead by him won.\n");
        var finding = Finding.At(document, document.Blocks[1], 10, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'.", ["led by"]);

        string output = Render(new FileReport("papers/paper.txt", SourceFormat.PlainText, [finding]));

        Assert.Equal(
            "::warning file=papers/paper.txt,line=3,col=11,endLine=3,endColumn=17,title=Typos.LeadBy::Use 'led by'.%0Asuggestion: led by\n"
            + "1 finding (1 warning) in 1 file.\n",
            output);
    }

    [Fact]
    public void Levels_map_to_error_warning_and_notice()
    {
        var document = PlainTextReader.Parse("a.txt", "Zizek and TODO.\n");
        var error = Finding.At(document, document.Blocks[0], 10, 4, "Typos.Placeholders", Severity.Error, "Finish this.");
        var suggestion = Finding.At(document, document.Blocks[0], 0, 5, "Names.Diacritics", Severity.Suggestion, "Write Žižek.");

        Assert.StartsWith("::error file=a.txt,line=1,col=11,", GitHubReporter.Command("a.txt", error), StringComparison.Ordinal);
        Assert.StartsWith("::notice file=a.txt,line=1,col=1,", GitHubReporter.Command("a.txt", suggestion), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_finding_names_the_file_only_and_puts_the_place_and_excerpt_in_the_message()
    {
        var block = new Block(BlockKind.FootnoteBody, "See the the source.") { Docx = new DocxAnchor("word/footnotes.xml", 4, NoteKind.Footnote, 3, 1) };
        var document = new Document("paper.docx", SourceFormat.Docx, [block]);
        var finding = Finding.At(document, block, 8, 3, "Typos.RepeatedWords", Severity.Error, "'the' is repeated.", [""]);

        Assert.Equal(
            "::error file=paper.docx,title=Typos.RepeatedWords::footnote 3, ¶1: 'the' is repeated.%0ASee the the source.%0Asuggestion: (delete)",
            GitHubReporter.Command("paper.docx", finding));
    }

    [Fact]
    public void Percent_line_breaks_commas_and_colons_are_escaped_as_GitHub_requires()
    {
        Assert.Equal("50%25 done%0D%0Anext: a, b", GitHubReporter.Data("50% done\r\nnext: a, b"));
        Assert.Equal("dir%2C a%3Ab%25.md", GitHubReporter.Property("dir, a:b%.md"));
    }

    [Fact]
    public void A_range_over_several_lines_gives_lines_without_columns()
    {
        var document = PlainTextReader.Parse("a.txt", "The party lead\nby him won.\n");
        var finding = Finding.At(document, document.Blocks[0], 10, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'.");

        Assert.Equal("::warning file=a.txt,line=1,endLine=2,title=Typos.LeadBy::Use 'led by'.", GitHubReporter.Command("a.txt", finding));
    }

    private static string Render(params FileReport[] reports)
    {
        var output = new StringWriter { NewLine = "\n" };
        new GitHubReporter(Path.GetTempPath()).Write(output, reports, RunSummary.Of(reports, 0));
        return output.ToString();
    }
}
