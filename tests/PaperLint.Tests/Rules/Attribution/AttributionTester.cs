using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>
/// <see cref="RuleTester"/> for papers: each paper is written in every format given by <see cref="PaperDocuments"/>
/// (with styles, italics and notes), and must pass untouched or give exactly the findings listed.
/// </summary>
public static class AttributionTester
{
    public static readonly SourceFormat[] SetOff = [SourceFormat.Markdown, SourceFormat.Docx];

    /// <summary>
    /// A paragraph of four quotations, each cited: appended to a paper, it makes the paper one that cites what it
    /// quotes, so that the paper's other quotations are expected to be cited too.
    /// </summary>
    public const string CitedQuotations =
        "Smiles held that \"the spirit of self-help is the root of all genuine growth\" (Smiles, 1859, p. 1). "
        + "Arnold sought \"the best which has been thought and said in the world\" (Arnold, 1869, p. 6). "
        + "Ruskin spoke of \"the books of the hour, and the books of all time\" (Ruskin, 1865, p. 10). "
        + "Mill wrote that \"the worth of a state is the worth of the individuals composing it\" (Mill, 1859, p. 207).";

    /// <summary><paramref name="paper"/> followed by <see cref="CitedQuotations"/>.</summary>
    public static string InCitingPaper(string paper) => paper + "\n\n" + CitedQuotations;

    public static void Valid(IRule rule, params string[] papers) => Valid(rule, TestDocuments.AllFormats, papers);

    public static void Valid(IRule rule, SourceFormat[] formats, params string[] papers)
    {
        foreach (var format in formats)
        {
            foreach (var paper in papers)
            {
                var findings = rule.Check(LintContext.For(PaperDocuments.From(format, paper))).ToList();
                Assert.True(findings.Count == 0, $"{format}: expected no finding for \"{paper}\", got: {Describe(findings)}");
            }
        }
    }

    public static IReadOnlyList<Finding> Invalid(IRule rule, string paper, params Expected[] expected) => Invalid(rule, TestDocuments.AllFormats, paper, expected);

    /// <summary>Checks the findings in every format and returns those of the last, for checks of the message.</summary>
    public static IReadOnlyList<Finding> Invalid(IRule rule, SourceFormat[] formats, string paper, params Expected[] expected)
    {
        List<Finding> findings = [];
        foreach (var format in formats)
        {
            findings = rule.Check(LintContext.For(PaperDocuments.From(format, paper))).ToList();
            Assert.True(findings.Count == expected.Length, $"{format}: expected {expected.Length} finding(s) for \"{paper}\", got: {Describe(findings)}");
            for (int i = 0; i < expected.Length; i++)
            {
                var want = expected[i];
                var got = findings[i];
                Assert.Equal(rule.Id, got.RuleId);
                Assert.Equal(want.Match, got.Match);
                if (want.Suggestion is not null)
                {
                    Assert.Equal(want.Suggestion, Assert.Single(got.Suggestions));
                }

                if (want.Line is { } line && got.Location is TextLocation at)
                {
                    Assert.True(line == at.Line && want.Column == at.Column, $"{format}: expected {line}:{want.Column}, got {at.Line}:{at.Column}");
                }
            }
        }

        return findings;
    }

    private static string Describe(List<Finding> findings) =>
        findings.Count == 0 ? "none" : string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Match}' at {f.Location}: {f.Message}"));
}
