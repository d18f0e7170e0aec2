using System.Text;
using PaperLint.Core.Fixes;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Fixes;

/// <summary>Fixes in Markdown and plain text: made where the match stands in the source, the rest kept byte for byte.</summary>
public sealed class TextFixerTests
{
    private static string FixedText(string text, string name = "paper.md") =>
        Encoding.UTF8.GetString(FixChecks.Fix(Encoding.UTF8.GetBytes(text), name).Content ?? Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Swaps_a_real_word_error_and_keeps_the_rest_of_the_file()
    {
        Assert.Equal("# Notes\n\nA movement led by the chapels reached the towns.\n", FixedText("# Notes\n\nA movement lead by the chapels reached the towns.\n"));
    }

    [Fact]
    public void Keeps_the_byte_order_mark_and_the_line_endings()
    {
        byte[] original = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Notes\r\n\r\nA movement lead by the chapels.\r\nIt could of lasted.\r\n")];

        var result = FixChecks.Fix(original, "paper.md");

        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Notes\r\n\r\nA movement led by the chapels.\r\nIt could have lasted.\r\n")], result.Content!);
    }

    [Fact]
    public void Writes_UTF_16_back_as_UTF_16()
    {
        byte[] original = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("A movement lead by the chapels.\n")];

        var result = FixChecks.Fix(original, "paper.txt");

        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("A movement led by the chapels.\n")], result.Content!);
    }

    [Fact]
    public void Leaves_a_replacement_a_Latin_1_file_cannot_hold_and_makes_the_others()
    {
        byte[] original = Encoding.Latin1.GetBytes("Slavoj Zizek wrote it. A movement lead by the café owners.\n");

        var result = FixChecks.Fix(original, "paper.txt");

        Assert.Equal(Encoding.Latin1.GetBytes("Slavoj Zizek wrote it. A movement led by the café owners.\n"), result.Content!);
        var left = Assert.Single(result.Unapplied);
        Assert.Equal("Names.Diacritics", left.Finding.RuleId);
        Assert.Contains("cannot be written in the file's encoding (Latin-1)", left.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_a_match_that_markup_splits_in_the_source()
    {
        var result = FixChecks.Fix(Encoding.UTF8.GetBytes("A movement *lead* by the chapels.\n"), "paper.md");

        Assert.Null(result.Content);
        Assert.Contains("markup stands inside the matched text", Assert.Single(result.Unapplied).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_fixes_inside_a_quotation_or_a_link()
    {
        var document = DocumentLoader.Load(Encoding.UTF8.GetBytes("He wrote \"a movement lead by the chapels\" at https://example.org/lead-by today.\n"), "paper.txt");
        var block = document.Blocks[0];
        int quoted = block.Text.IndexOf("lead by", StringComparison.Ordinal);
        int link = block.Text.IndexOf("lead-by", StringComparison.Ordinal);
        Finding At(int start) => Finding.At(document, block, start, 7, "Test.Rule", Severity.Warning, "use 'led by'", ["led by"]) with { Fixable = true };

        var plan = FixPlan.For(document, FixChecks.Plan, [At(quoted), At(link)]);

        Assert.Empty(plan.Fixes);
        Assert.Equal(["it is in a quotation, whose words are its author's", "it is in code or a link"], plan.Unapplied.Select(u => u.Reason));
    }

    [Fact]
    public void Of_two_fixes_that_touch_the_same_text_the_first_wins()
    {
        var document = DocumentLoader.Load(Encoding.UTF8.GetBytes("It was lead by them.\n"), "paper.txt");
        var block = document.Blocks[0];
        int start = block.Text.IndexOf("lead", StringComparison.Ordinal);
        var first = Finding.At(document, block, start, 7, "Test.First", Severity.Warning, "m", ["led by"]) with { Fixable = true };
        var second = Finding.At(document, block, start + 5, 2, "Test.Second", Severity.Warning, "m", ["from"]) with { Fixable = true };

        var plan = FixPlan.For(document, FixChecks.Plan, [second, first]);
        var result = TextFixer.Apply(document, Encoding.UTF8.GetBytes("It was lead by them.\n"), plan);

        Assert.Equal("It was led by them.\n", Encoding.UTF8.GetString(result.Content!));
        Assert.Equal("Test.Second", Assert.Single(result.Unapplied).Finding.RuleId);
        Assert.StartsWith("overlaps the fix of Test.First", result.Unapplied[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_without_one_vouched_suggestion_is_no_fix()
    {
        var document = DocumentLoader.Load(Encoding.UTF8.GetBytes("It was lead by them.\n"), "paper.txt");
        var block = document.Blocks[0];
        var unvouched = Finding.At(document, block, 7, 7, "Test.Rule", Severity.Warning, "m", ["led by"]);
        var two = unvouched with { Fixable = true, Suggestions = ["led by", "guided by"] };

        var plan = FixPlan.For(document, FixChecks.Plan, [unvouched, two]);

        Assert.Empty(plan.Fixes);
        Assert.Empty(plan.Unapplied);
    }

    [Fact]
    public void A_replacement_Markdown_would_read_as_markup_is_left()
    {
        byte[] original = Encoding.UTF8.GetBytes("It was lead by them.\n");
        var document = DocumentLoader.Load(original, "paper.md");
        var finding = Finding.At(document, document.Blocks[0], 7, 7, "Test.Rule", Severity.Warning, "m", ["*led* by"]) with { Fixable = true };

        var result = TextFixer.Apply(document, original, FixPlan.For(document, FixChecks.Plan, [finding]));

        Assert.Null(result.Content);
        Assert.Contains("would be read as Markdown markup", Assert.Single(result.Unapplied).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paper.md")]
    [InlineData("paper.txt")]
    [InlineData("consistency.md")]
    [InlineData("consistency.txt")]
    [InlineData("notes.md")]
    [InlineData("citations.md")]
    public void A_fixed_sample_reads_as_expected_and_a_second_run_changes_nothing(string sample)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));

        Assert.Empty(FixChecks.Problems(original, sample, RepoPaths.Samples));
    }

    [Fact]
    public void The_paper_sample_gets_every_fix_its_rules_vouch_for()
    {
        var result = FixChecks.Fix(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.md")), "paper.md");

        Assert.Equal(
            ["Typos.LeadBy", "Typos.Confusables", "Names.Misspelled", "Names.Misspelled", "Typos.RepeatedWords", "Names.Diacritics", "Typos.Confusables", "Consistency.Spelling", "Typos.RepeatedWords", "Typos.EtAl"],
            result.Applied.Select(f => f.Finding.RuleId));
        Assert.Empty(result.Unapplied);
    }
}
