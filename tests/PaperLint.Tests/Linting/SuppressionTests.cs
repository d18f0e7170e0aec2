using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Linting;

/// <summary>paperlint-disable comments and directives, in each format, through the real readers and the linter.</summary>
public sealed class SuppressionTests
{
    // The texts here test suppressions; their quotations go uncited on purpose, so attribution is left out.
    private static readonly LintPlan Plan = WithoutAttribution(RuleSet.Active(PaperLintConfig.Default, []));

    [Fact]
    public void Markdown_disable_and_enable_comments_bound_a_stretch_for_one_rule()
    {
        const string paper = """
            A movement lead by monks.

            <!-- paperlint-disable Typos.LeadBy -->
            A reform lead by bishops, and a TODO.

            <!-- paperlint-enable -->
            A war lead by kings.
            """;

        Assert.Equal(["1:12 Typos.LeadBy lead by", "4:33 Typos.Placeholders TODO", "7:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Markdown_enable_with_a_rule_id_ends_only_that_rule()
    {
        const string paper = """
            <!-- paperlint-disable Typos.LeadBy, Typos.Placeholders -- quoted from the minutes -->
            A reform lead by bishops, and a TODO.
            <!-- paperlint-enable Typos.Placeholders -->

            A war lead by kings, and a TODO.
            """;

        Assert.Equal(["5:28 Typos.Placeholders TODO"], Lint("paper.md", paper));
    }

    [Fact]
    public void Markdown_disable_next_line_covers_the_next_line_only()
    {
        const string paper = """
            <!-- paperlint-disable-next-line -->
            A reform lead by bishops, and a TODO,
            and a war lead by kings.
            """;

        Assert.Equal(["3:11 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Markdown_directive_may_name_a_family()
    {
        const string paper = """
            <!-- paperlint-disable Typos -->
            A reform lead by bishops, read by Hobsbawn.
            """;

        Assert.Equal(["2:35 Names.Misspelled Hobsbawn"], Lint("paper.md", paper));
    }

    [Fact]
    public void Markdown_directives_work_inside_footnotes_and_block_quotes()
    {
        const string paper = """
            A claim.[^1]

            > <!-- paperlint-disable-next-line Footnotes.Undefined -->
            > The source cites a note.[^minutes]
            > And another.[^letters]

            [^1]: A note lead by nobody.
                <!-- paperlint-disable-next-line Typos -->
                A second line lead by someone.
            """;

        Assert.Equal(["5:15 Footnotes.Undefined [^letters]", "7:14 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Markdown_directive_inside_code_is_an_example_not_a_directive()
    {
        const string paper = """
            Write `<!-- paperlint-disable -->` to silence a rule.

            ```
            <!-- paperlint-disable -->
            ```

            A war lead by kings.
            """;

        Assert.Equal(["7:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Text_directive_line_is_not_prose_and_suppresses_the_next_line()
    {
        const string paper = """
            A movement lead by monks,
            paperlint-disable-next-line Typos.LeadBy
            then a reform lead by bishops.
            """;

        var document = PlainTextReader.Parse("paper.txt", paper);

        Assert.Equal("A movement lead by monks, then a reform lead by bishops.", Assert.Single(document.Blocks).Text);
        Assert.Equal(["1:12 Typos.LeadBy lead by"], Lint("paper.txt", paper));
    }

    [Fact]
    public void Text_directive_line_is_read_indented_and_in_any_case()
    {
        const string paper = "A movement lead by monks,\n \t PaperLint-Disable-Next-Line Typos.LeadBy  \nthen a reform lead by bishops.\n";

        var document = PlainTextReader.Parse("paper.txt", paper);

        Assert.Equal("A movement lead by monks, then a reform lead by bishops.", Assert.Single(document.Blocks).Text);
        Assert.Equal(["1:12 Typos.LeadBy lead by"], Lint("paper.txt", paper));
    }

    [Fact]
    public void Text_disable_and_enable_lines_bound_a_stretch()
    {
        const string paper = """
            paperlint-disable
            A reform lead by bishops, and a TODO.

            paperlint-enable
            A war lead by kings.
            """;

        Assert.Equal(["5:7 Typos.LeadBy lead by"], Lint("paper.txt", paper));
    }

    [Fact]
    public void Text_line_that_only_mentions_a_directive_is_prose()
    {
        var document = PlainTextReader.Parse("paper.txt", "We wrote paperlint-disable in the draft.\n");

        Assert.Empty(document.Suppressions);
        Assert.Single(document.Blocks);
    }

    [Fact]
    public void Word_comment_suppresses_its_rule_on_the_commented_range_only()
    {
        var docx = new DocxFixture()
            .Body(Para(TextRun("A movement "), CommentStart("1"), TextRun("lead by"), CommentEnd("1"), TextRun(" monks, and a TODO, and a reform lead by bishops.")))
            .Comment("1", "paperlint-disable Typos.LeadBy", "The minutes say so.")
            .Build();

        Assert.Equal(["¶1+32 Typos.Placeholders TODO", "¶1+51 Typos.LeadBy lead by"], Lint("paper.docx", docx));
    }

    [Fact]
    public void Word_comment_without_rule_ids_suppresses_every_rule_across_paragraphs()
    {
        var docx = new DocxFixture()
            .Body(
                Para(CommentStart("7"), TextRun("A movement lead by monks.")),
                Para(TextRun("A TODO."), CommentEnd("7")),
                Para(TextRun("A war lead by kings.")))
            .Comment("7", "Paperlint-disable")
            .Build();

        Assert.Equal(["¶3+6 Typos.LeadBy lead by"], Lint("paper.docx", docx));
    }

    [Fact]
    public void Word_comment_works_inside_a_footnote()
    {
        var docx = new DocxFixture()
            .Paragraph("A claim.[^1]")
            .NoteElement(new DocumentFormat.OpenXml.Wordprocessing.Footnote(
                Para(CommentStart("2"), TextRun("A note lead by nobody."), CommentEnd("2")),
                Para(TextRun("A second line lead by someone."))) { Id = 1 })
            .Comment("2", "paperlint-disable Typos.LeadBy")
            .Build();

        Assert.Equal(["footnote 1, ¶2+14 Typos.LeadBy lead by"], Lint("paper.docx", docx));
    }

    [Fact]
    public void Word_comment_that_is_not_a_directive_changes_nothing()
    {
        var docx = new DocxFixture()
            .Body(Para(CommentStart("1"), TextRun("A movement lead by monks."), CommentEnd("1")))
            .Comment("1", "Please check: paperlint-disable Typos.LeadBy")
            .Build();

        Assert.Equal(["¶1+11 Typos.LeadBy lead by"], Lint("paper.docx", docx));
    }

    [Fact]
    public void Dump_lists_the_suppressions_a_document_holds()
    {
        var document = MarkdownReader.Parse("paper.md", "<!-- paperlint-disable-next-line Typos -->\nA line.\n\n<!-- paperlint-disable -->\nRest.\n");
        var output = new StringWriter { NewLine = "\n" };

        PaperLint.Core.Reporting.DumpWriter.Write(output, document);

        Assert.EndsWith("Suppressions:\n  2:1 to 3:1: Typos\n  4:27 to end: all rules\n", output.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Lint(string path, string text) =>
        Lint(path, System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    private static LintPlan WithoutAttribution(LintPlan plan) =>
        plan with { Rules = plan.Rules.Where(r => !r.Rule.Id.StartsWith("Attribution.", StringComparison.Ordinal)).ToList() };

    private static List<string> Lint(string path, byte[] content)
    {
        var document = DocumentLoader.Load(content, path);
        var report = Linter.Lint(document, Plan);
        return report.Findings.Select(f => $"{Place(f.Location)} {f.RuleId} {f.Match}").ToList();
    }

    private static string Place(SourceLocation location) => location switch
    {
        TextLocation t => $"{t.Line}:{t.Column}",
        DocxLocation d => $"{d}+{d.Offset}",
        _ => "?",
    };
}
