using PaperLint.Ecosystem;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Ecosystem;

/// <summary>
/// The ecosystem check as a test: every finding on the real-world corpus has been judged, and no finding judged
/// right has been lost. A rule change that adds findings fails here until they are judged
/// (<c>dotnet run --project tests/PaperLint.Ecosystem -- --worklist FILE</c>, then <c>--merge FILE</c>).
/// </summary>
public sealed class RealWorldTests
{
    [SharedRealworldFact]
    public void Every_finding_on_real_documents_is_judged_and_none_judged_right_is_lost()
    {
        var check = EcosystemCheck.Compare(CorpusRun.Lint(Locations.Corpus()!), JudgementFile.Read(Locations.Judgements()));

        Assert.True(check.Unjudged.Count == 0, $"{check.Unjudged.Count} findings nobody judged, e.g. {string.Join("; ", check.Unjudged.Take(5).Select(f => $"{f.File} {f.Key.Place} {f.Finding.RuleId} '{f.Finding.Match}'"))}\n{check.Table()}");
        Assert.True(check.Lost.Count == 0, $"{check.Lost.Count} findings judged right are no longer reported:\n{check.Table()}");

        // What 'paperlint fix' changes in a writer's text is held to the same standard as what the linter reports.
        Assert.True(check.Fixes.Precision >= 0.99, $"fixes of findings judged wrong: {check.Fixes.Wrong} of {check.Fixes.Total}\n{check.Table()}");
    }
}
