using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>The whole family on one paper, through the linter as the tool runs it, in every format.</summary>
public sealed class ConsistencyPaperTests
{
    private const string Mixed =
        "Žižek returns often in recent work on reading. Žižek treats the reading room as a stage, and Žižek's critics disagree.\n\n" +
        "Zizek is cited once more here. The “reading habit” spread, the \"library habit\" too, as “one historian” put it.\n\n" +
        "The first room opened on 6 November 1898 and a second on 12 March 1901; a third followed on June 3, 1903.\n\n" +
        "The worker's state was a phrase of the day. In the worker's state, books were common; the workers’ state was a later slogan.";

    private const string Consistent =
        "Žižek returns often in recent work on reading. Žižek treats the reading room as a stage, and Žižek’s critics disagree.\n\n" +
        "The “reading habit” spread, the “library habit” too, as “one historian” put it.\n\n" +
        "The first room opened on 6 November 1898 and a second on 12 March 1901; a third followed on 3 June 1903.\n\n" +
        "The worker’s state was a phrase of the day. In the worker’s state, books were common.";

    [Theory]
    [InlineData(SourceFormat.Markdown)]
    [InlineData(SourceFormat.Docx)]
    [InlineData(SourceFormat.PlainText)]
    public void A_mixed_paper_gets_one_finding_per_minority_use_with_counts(SourceFormat format)
    {
        var findings = Lint(format, Mixed);

        Assert.Equal(
            [
                "Consistency.Variants Zizek: 'Zizek' (1×) and 'Žižek' (3×) are both used; use 'Žižek', the spelling of the name",
                "Consistency.QuoteMarks \": straight quotation mark among curly ones (2× against 4× quotation marks); use “",
                "Consistency.QuoteMarks \": straight quotation mark among curly ones (2× against 4× quotation marks); use ”",
                "Consistency.DateFormat June 3, 1903: 'June 3, 1903' is written month day, year (1×); the paper mostly writes day month year (2×, e.g. '6 November 1898'); write '3 June 1903'",
                "Consistency.Variants workers’ state: 'workers’ state' (1×) and 'worker’s state' (2×) are both used; use 'worker’s state'",
                "Consistency.QuoteMarks ’: curly apostrophe among straight ones (1× against 3× apostrophes and single quotation marks); use '",
            ],
            findings);
    }

    [Theory]
    [InlineData(SourceFormat.Markdown)]
    [InlineData(SourceFormat.Docx)]
    [InlineData(SourceFormat.PlainText)]
    public void A_consistent_paper_gets_none(SourceFormat format)
    {
        Assert.Empty(Lint(format, Consistent));
    }

    [Fact]
    public void Names_diacritics_reports_the_name_when_variants_is_off()
    {
        var config = new PaperLintConfig { RuleLevels = new Dictionary<string, Core.Rules.Severity?> { ["Consistency.Variants"] = null } };

        var findings = Lint(SourceFormat.PlainText, Mixed, config);

        Assert.Contains("Names.Diacritics Zizek: Write 'Žižek' with its diacritics, not 'Zizek'", findings);
    }

    private static List<string> Lint(SourceFormat format, string text, PaperLintConfig? config = null)
    {
        config ??= PaperLintConfig.Default;
        var report = Linter.Lint(TestDocuments.From(format, text), RuleSet.Active(config, []));
        return [.. report.Findings.Select(f => $"{f.RuleId} {f.Match}: {f.Message}")];
    }
}
