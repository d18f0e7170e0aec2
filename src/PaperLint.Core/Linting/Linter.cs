using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>Runs the active rules over a document and applies what the configuration says of their findings.</summary>
public static class Linter
{
    public static FileReport Lint(Document document, IReadOnlyList<ActiveRule> rules, PaperLintConfig config)
    {
        var accepted = new HashSet<string>(config.Accept, StringComparer.OrdinalIgnoreCase);

        // Mark the references list before any rule runs, so that every rule sees its entries as such.
        DocumentAnalysis.Of(document, config.Attribution, config.MinQuotationWords);
        var findings = new List<Finding>();
        foreach (var active in rules)
        {
            foreach (var finding in active.Rule.Check(document, active.Context))
            {
                var f = finding.Severity == active.Severity ? finding : finding with { Severity = active.Severity };
                if (f.Severity >= config.MinLevel && !accepted.Contains(f.Match))
                {
                    findings.Add(f);
                }
            }
        }

        findings.Sort(FindingOrder.Instance);
        return new FileReport(document.Path, document.Format, findings);
    }
}
