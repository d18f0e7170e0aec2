using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Ecosystem;

namespace PaperLint.Tests.Ecosystem;

/// <summary>How the ecosystem check sets findings against judgements.</summary>
public sealed class EcosystemCheckTests
{
    private static CorpusFinding Found(int line, string match) => new("a.md", new Finding
    {
        RuleId = "Typos.RepeatedWords",
        Severity = Severity.Error,
        Message = "repeated",
        Match = match,
        Location = new TextLocation(line, 1, line, 1 + match.Length),
    });

    private static Judgement Judged(int line, string match, Verdict verdict) =>
        new("a.md", "Typos.RepeatedWords", new TextLocation(line, 1, line, 1 + match.Length).ToString()!, match, verdict, "reason");

    [Fact]
    public void The_findings_fix_makes_good_are_tallied_by_their_judgements()
    {
        var findings = new[] { Found(1, "a a") with { Fixed = true }, Found(2, "b b") with { Fixed = true }, Found(3, "c c") };

        var check = EcosystemCheck.Compare(findings, [Judged(1, "a a", Verdict.Right), Judged(2, "b b", Verdict.Wrong), Judged(3, "c c", Verdict.Right)]);

        Assert.Equal((1, 1, 2), (check.Fixes.Right, check.Fixes.Wrong, check.Fixes.Total));
        Assert.Contains("fixed by paperlint fix", check.Table(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_judged_right_that_disappears_fails_the_check()
    {
        var check = EcosystemCheck.Compare([Found(1, "the the")], [Judged(1, "the the", Verdict.Right), Judged(2, "a a", Verdict.Right)]);

        Assert.False(check.Passes);
        Assert.Equal("a a", Assert.Single(check.Lost).Match);
    }

    [Fact]
    public void A_finding_given_up_with_a_reason_is_listed_not_failed_and_counts_as_right_while_reported()
    {
        var gone = EcosystemCheck.Compare([], [Judged(2, "a a", Verdict.Missed)]);
        Assert.True(gone.Passes);
        Assert.Equal("a a", Assert.Single(gone.Missed).Match);
        Assert.Contains("missed on purpose (judged right, given up with a reason): 1", gone.Table(), StringComparison.Ordinal);

        var back = EcosystemCheck.Compare([Found(2, "a a")], [Judged(2, "a a", Verdict.Missed)]);
        Assert.Empty(back.Missed);
        Assert.Equal(1, Assert.Single(back.Rules).Right);
    }

    [Fact]
    public void Wrong_judgements_of_findings_that_are_gone_are_stale()
    {
        var check = EcosystemCheck.Compare([], [Judged(3, "in in", Verdict.Wrong)]);

        Assert.True(check.Passes);
        Assert.Single(check.Stale);
    }

    [Fact]
    public void A_judged_worklist_is_read_with_its_message_and_excerpt_left_out()
    {
        string path = Path.Combine(Path.GetTempPath(), $"worklist-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllLines(path, ["# file\trule\tplace\tmatch\tverdict\treason\tmessage\texcerpt", "a.md\tTypos.RepeatedWords\t1:1-1:8\tthe the\twrong\ta quoted slip\t'the the' is repeated\tthe the end"]);

            var judgement = Assert.Single(JudgementFile.Read(path));

            Assert.Equal(Verdict.Wrong, judgement.Verdict);
            Assert.Equal("a quoted slip", judgement.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
