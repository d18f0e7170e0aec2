using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Linting;

/// <summary>Vale's in-document comments (<c>&lt;!-- vale off --&gt;</c> and kin), through the real readers and the linter.</summary>
public sealed class ValeCommentTests
{
    // The texts here test suppressions; their quotations go uncited on purpose, so attribution is left out.
    private static readonly LintPlan Plan = WithoutAttribution(RuleSet.Active(PaperLintConfig.Default, []));

    [Fact]
    public void Vale_off_and_on_bound_a_stretch_for_every_rule()
    {
        const string paper = """
            A movement lead by monks.

            <!-- vale off -->
            A reform lead by bishops, and a TODO, read by Hobsbawn.

            <!-- vale on -->
            A war lead by kings.
            """;

        Assert.Equal(["1:12 Typos.LeadBy lead by", "7:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Rule_switched_off_is_silent_until_switched_on_while_other_rules_still_report()
    {
        const string paper = """
            <!-- vale Typos.LeadBy = NO -->
            A reform lead by bishops, and a TODO.
            <!-- vale Typos.LeadBy = YES -->

            A war lead by kings.
            """;

        Assert.Equal(["2:33 Typos.Placeholders TODO", "5:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Style_switched_off_silences_every_rule_of_that_family()
    {
        const string paper = """
            <!-- vale Typos = NO -->
            A reform lead by bishops, and a TODO, read by Hobsbawn.
            <!-- vale Typos = YES -->
            A TODO.
            """;

        Assert.Equal(["2:47 Names.Misspelled Hobsbawn", "4:3 Typos.Placeholders TODO"], Lint("paper.md", paper));
    }

    [Fact]
    public void On_and_off_may_stand_for_YES_and_NO()
    {
        const string paper = """
            <!-- vale Typos.LeadBy = off -->
            A reform lead by bishops.
            <!-- vale Typos.LeadBy = on -->
            A war lead by kings.
            """;

        Assert.Equal(["4:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Vale_on_does_not_end_a_rule_switched_off_nor_does_a_rule_end_its_style()
    {
        const string paper = """
            <!-- vale Typos.LeadBy = NO -->
            <!-- vale Names = NO -->
            <!-- vale off -->
            A reform lead by bishops.
            <!-- vale on -->
            <!-- vale Names.Misspelled = YES -->
            A war lead by kings, read by Hobsbawn, and a TODO.
            """;

        Assert.Equal(["7:46 Typos.Placeholders TODO"], Lint("paper.md", paper));
    }

    [Fact]
    public void PaperLint_and_Vale_comments_do_not_end_each_other()
    {
        const string paper = """
            <!-- vale off -->
            <!-- paperlint-disable Typos.Placeholders -->
            A reform lead by bishops, and a TODO.
            <!-- paperlint-enable -->
            A war lead by kings, and a TODO.
            <!-- vale on -->
            A war lead by kings, and a TODO.
            """;

        Assert.Equal(["7:7 Typos.LeadBy lead by", "7:28 Typos.Placeholders TODO"], Lint("paper.md", paper));
    }

    [Theory]
    [InlineData("<!-- Vale off -->")]
    [InlineData("<!-- vale OFF -->")]
    [InlineData("<!-- vale Typos.LeadBy=NO -->")]
    [InlineData("<!-- vale Typos.LeadBy = no -->")]
    [InlineData("<!-- vale  Typos.LeadBy = NO -->")]
    [InlineData("<!-- vale Typos.LeadBy[\"lead by\"] = NO -->")]
    [InlineData("<!-- vale styles = Names -->")]
    [InlineData("<!-- vale off, please -->")]
    public void Comment_Vale_would_not_read_as_a_directive_changes_nothing(string comment)
    {
        string paper = comment + "\nA reform lead by bishops.\n";

        Assert.Equal(["2:10 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Comment_needs_no_spaces_inside_its_markers()
    {
        Assert.Empty(Lint("paper.md", "<!--vale off-->\nA reform lead by bishops.\n"));
    }

    [Fact]
    public void Vale_comment_inside_code_is_an_example_not_a_directive()
    {
        const string paper = """
            Write `<!-- vale off -->` to silence Vale.

            ```
            <!-- vale Typos = NO -->
            ```

            A war lead by kings.
            """;

        Assert.Equal(["7:7 Typos.LeadBy lead by"], Lint("paper.md", paper));
    }

    [Fact]
    public void Comments_between_list_items_and_around_code_in_a_list_bound_only_what_they_enclose()
    {
        // Vale's own comments fixture has this shape: a comment right under a list item (no blank line), a
        // fenced block inside an item, and the stretch closed before the next item.
        const string paper = """
            1. Run the first step, with `make`.

               ```sh
               make all
               ```

            2. A step lead by the editor.
            <!-- vale off -->
            1. A step lead by the printer.
               ```sh
               make print
               ```
            <!-- vale on -->

            - An item.
            <!-- vale Typos.LeadBy = NO -->
            - An item lead by a TODO.
            <!-- vale Typos.LeadBy = YES -->
            - An item lead by nobody.
            """;

        Assert.Equal(
            ["7:11 Typos.LeadBy lead by", "17:21 Typos.Placeholders TODO", "19:11 Typos.LeadBy lead by"],
            Lint("paper.md", paper));
    }

    [Fact]
    public void Vale_comment_works_inside_a_footnote_and_a_block_quote()
    {
        const string paper = """
            A claim.[^1]

            > <!-- vale Typos.LeadBy = NO -->
            > The source says lead by.
            > <!-- vale Typos.LeadBy = YES -->

            [^1]: A note.
                <!-- vale off -->
                A second line lead by someone.
            """;

        Assert.Empty(Lint("paper.md", paper));
    }

    [Fact]
    public void Plain_text_has_no_Vale_comments_as_Vale_has_none_there()
    {
        const string paper = """
            <!-- vale off -->
            A reform lead by bishops.
            """;

        var document = PlainTextReader.Parse("paper.txt", paper);

        Assert.Empty(document.Suppressions);
        Assert.Equal(["2:10 Typos.LeadBy lead by"], Lint("paper.txt", paper));
    }

    [Fact]
    public void Dump_lists_Vale_suppressions_beside_PaperLint_ones()
    {
        var document = MarkdownReader.Parse("paper.md", "<!-- vale Typos = NO -->\nA line.\n<!-- vale Typos = YES -->\n\n<!-- vale off -->\nRest.\n");
        var output = new StringWriter { NewLine = "\n" };

        PaperLint.Core.Reporting.DumpWriter.Write(output, document);

        Assert.EndsWith("Suppressions:\n  1:25 to 3:1: Typos\n  5:18 to end: all rules\n", output.ToString(), StringComparison.Ordinal);
    }

    private static LintPlan WithoutAttribution(LintPlan plan) =>
        plan with { Rules = plan.Rules.Where(r => !r.Rule.Id.StartsWith("Attribution.", StringComparison.Ordinal)).ToList() };

    private static List<string> Lint(string path, string text)
    {
        var document = DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)), path);
        var report = Linter.Lint(document, Plan);
        return report.Findings.Select(f => $"{(TextLocation)f.Location} {f.RuleId} {f.Match}").ToList();
    }
}
