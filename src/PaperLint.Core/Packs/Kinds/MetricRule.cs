using System.Globalization;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Packs.Metrics;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: metric</c>: computes <c>formula</c> over the whole document (words, sentences, syllables and
/// Vale's other variables) and reports once, at its start, when the value meets <c>condition</c>. The
/// message's <c>%s</c> is the value with two decimals, as Vale writes it (<c>8.27</c>).
/// </summary>
/// <example>
/// <code>
/// extends: metric
/// message: "Try to keep the Flesch–Kincaid grade level (%s) below 12."
/// formula: (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59
/// condition: "> 12"
/// </code>
/// </example>
internal sealed class MetricRule : PackRule
{
    internal static readonly PackKind Definition = new("metric", ["formula", "condition"], Create);

    private readonly Formula _formula;
    private readonly Formula _condition;

    private MetricRule(PackRuleSettings settings, Formula formula, Formula condition)
        : base(settings)
    {
        _formula = formula;
        _condition = condition;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        bool quotations = Settings.Quotations || context.Settings<QuotationSettings>().Check;
        var values = MetricInputs.Of(context).Values(block => (quotations || !block.IsQuotation) && InLanguage(context, block));
        if (values is null)
        {
            return;
        }

        double value = _formula.Evaluate(values);

        // Vale prints the value with six decimals into the condition's text, so that is the value it compares.
        double compared = double.IsFinite(value) ? double.Parse(value.ToString("F6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;
        if (_condition.Evaluate(values, compared) == 0)
        {
            return;
        }

        findings.Add(AtStart(document, context, MessageTemplate.Format(Message, TwoDecimals(value))));
    }

    /// <summary>Vale reports a metric at 1:1; in Word, at the start of the first paragraph.</summary>
    private Finding AtStart(Document document, LintContext context, string message)
    {
        if (!document.HasSource && document.Blocks.Count > 0)
        {
            return FindingAt(document, document.Blocks[0], 0, 0, context, message);
        }

        var location = new TextLocation(1, 1, 1, 1);
        return new Finding
        {
            RuleId = Id,
            Severity = context.SeverityFor(this),
            Message = message,
            Match = "",
            Location = location,
            Excerpt = document.ExcerptAt(location),
            Link = Link,
        };
    }

    // Go's %.2f: "+Inf", "-Inf" and "NaN" for the values that are not numbers (a formula that divides by a count of zero).
    private static string TwoDecimals(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("F2", CultureInfo.InvariantCulture),
    };

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings) =>
        new MetricRule(
            settings,
            Read(yaml, "formula", leftOperand: false, "give the arithmetic to compute, e.g. words / sentences"),
            Read(yaml, "condition", leftOperand: true, "say when to report, e.g. \"> 8\""));

    private static Formula Read(RuleYaml yaml, string key, bool leftOperand, string why)
    {
        string text = yaml.String(key) ?? throw yaml.Missing(key, why);
        Formula formula;
        try
        {
            formula = Formula.Parse(text, MetricInputs.Names, leftOperand);
        }
        catch (FormatException e)
        {
            throw yaml.Error(yaml.Node(key)!, $"'{key}' {e.Message}");
        }

        return !leftOperand && formula.IsCondition
            ? throw yaml.Error(yaml.Node(key)!, $"'{key}' must compute a number; the comparison belongs in 'condition'")
            : formula;
    }
}
