using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A document whose findings go where no excerpt is shown (a JSON report, the language server) is linted without
/// making them: the findings are the same in everything else.
/// </summary>
public sealed class ExcerptsTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Theory]
    [MemberData(nameof(RepoPaths.SampleDocuments), MemberType = typeof(RepoPaths))]
    public void A_document_linted_without_excerpts_has_the_same_findings_without_them(string sample)
    {
        string path = Path.Combine(RepoPaths.Samples, sample);
        var with = Linter.Lint(DocumentLoader.Load(path, sample), Plan, null, 1).Findings;
        var document = DocumentLoader.Load(path, sample);
        document.Excerpts = false;
        var without = Linter.Lint(document, Plan, null, 1).Findings;

        Assert.Equal(with.Count > 0, with.Any(f => f.Excerpt is not null));
        Assert.All(without, f => Assert.Null(f.Excerpt));
        Assert.Equal(with.Select(Shown), without.Select(Shown));
    }

    private static string Shown(Finding f) =>
        $"{f.RuleId} {f.Severity} {f.Location} {f.Match} | {f.Message} | {string.Join(" / ", f.Suggestions)} | {f.Link} {f.Fixable}";
}
