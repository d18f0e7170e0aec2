using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>Footnotes.Syntax: Markdown notes written "[^1] text", without the colon.</summary>
public sealed class SyntaxTests
{
    private const string WithoutColons = "The mill closed in 1911.[^1] The river rose.[^flood]\n\n[^1] Hale, *Town Records*, p. 12.\n\n[^flood] Ibid., p. 40.\n";

    private static readonly Syntax Rule = new();

    private static readonly IRule[] OtherRules = [new Sequence(), new Undefined(), new Unreferenced(), new Duplicate(), new Empty(), new BodyOrder()];

    [Theory]
    [InlineData("The mill closed.[^1]\n\n[^1]: Hale, *Town Records*, p. 12.\n")]
    [InlineData("The mill closed.\n\n[^1] A line that nothing points to stays as written.\n")]
    [InlineData("The mill closed.[^1]\n\n[^1]: Hale.\n\n[^1] Said again on a line of its own.\n")]
    [InlineData("The mill closed.[^1] Then\n[^1] it opened again.\n")]
    public void Markdown_valid(string text)
    {
        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.Markdown, text));
    }

    [Fact]
    public void Plain_text_and_docx_have_no_such_syntax()
    {
        const string text = "The mill closed in 1911.[^1]\n\n[^1] Hale, Town Records, p. 12.";

        Assert.Empty(FootnoteCases.Run(Rule, SourceFormat.PlainText, text));
        Assert.Empty(FootnoteCases.Run(Rule, new DocxFixture().Body(Para(TextRun("The mill closed in 1911.[^1]")), Para(TextRun("[^1] Hale, Town Records, p. 12."))).Build()));
    }

    [Fact]
    public void Reports_each_note_written_without_the_colon_once_at_the_note()
    {
        var findings = FootnoteCases.Run(Rule, SourceFormat.Markdown, WithoutColons);

        Assert.Equal(
            [
                "3:1 [^1]: footnote [^1] is written without the colon, so Markdown prints it as text; write \"[^1]: …\"",
                "5:1 [^flood]: footnote [^flood] is written without the colon, so Markdown prints it as text; write \"[^flood]: …\"",
            ],
            FootnoteCases.Lines(findings));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Notes_written_without_the_colon_resolve_their_markers_for_the_other_rules()
    {
        foreach (var rule in OtherRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.Markdown, WithoutColons));
        }
    }

    [Fact]
    public void Reports_notes_written_one_a_line_without_blank_lines_between_them()
    {
        const string text = "One.[^1] Two.[^2]\n\n[^1] Hale, p. 12.\n[^2] Ibid.\n";

        Assert.Equal(
            [
                "3:1 [^1]: footnote [^1] is written without the colon, so Markdown prints it as text; write \"[^1]: …\"",
                "4:1 [^2]: footnote [^2] is written without the colon, so Markdown prints it as text; write \"[^2]: …\"",
            ],
            FootnoteCases.Lines(FootnoteCases.Run(Rule, SourceFormat.Markdown, text)));
        Assert.All(OtherRules, rule => Assert.Empty(FootnoteCases.Run(rule, SourceFormat.Markdown, text)));
    }
}
