using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: capitalization</c>: judges the case of each block as a whole (or each sentence, with
/// <c>scope: sentence</c>); mostly used with <c>scope: heading</c>. <c>match</c> is <c>$title</c> (with
/// <c>style: AP</c>, the default, or <c>Chicago</c>; see <see cref="TitleCase"/>), <c>$sentence</c> (with
/// <c>indicators</c>; see <see cref="SentenceCase"/>), <c>$lower</c>, <c>$upper</c>, or a regular expression the
/// text must match. <c>exceptions</c> are words whose case is right as written, <c>threshold</c> (default 0.8)
/// the share of words that must agree with the style, and <c>prefix</c> a pattern for a leading label the style
/// leaves alone (<c>'^[a-z]\.\s'</c> for <c>a. </c>). As in Vale, the finding covers the whole text, and the
/// message's <c>%s</c> is that text and <c>%[2]s</c> the text in the style, which is also the suggestion.
/// </summary>
/// <example>
/// <code>
/// extends: capitalization
/// message: "'%s' should be in sentence case: '%s'"
/// scope: heading
/// match: $sentence
/// indicators: [':']
/// exceptions: [Bourdieu, Paris]
/// </code>
/// </example>
internal sealed class CapitalizationRule : PackRule
{
    internal static readonly PackKind Definition = new("capitalization", ["match", "style", "exceptions", "indicators", "threshold", "prefix"], Create);

    private readonly CaseStyle _style;
    private readonly bool _bySentence;

    private CapitalizationRule(PackRuleSettings settings, CaseStyle style, bool bySentence)
        : base(settings)
    {
        _style = style;
        _bySentence = bySentence;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        foreach (var block in document.Blocks.Concat(ValeAltTexts(document)))
        {
            foreach (var (start, end) in ScopeUnits.Of(context, block, _bySentence))
            {
                if (!InScope(context, block, start, 0))
                {
                    continue;
                }

                string text = block.Text[start..end];
                var (expected, passes) = _style.Judge(text, (at, length) => InScope(context, block, start + at, length));
                if (!passes)
                {
                    string message = MessageTemplate.Format(Message, text, expected);
                    findings.Add(FindingAt(document, block, start, end - start, context, message, _style.Suggests && expected != text ? [expected] : null));
                }
            }
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        if (settings.IgnoreCase)
        {
            throw yaml.Error(yaml.Node("ignorecase")!, "'ignorecase' has no effect on a capitalization rule (as in Vale); list the words whose case is free in 'exceptions'");
        }

        string match = yaml.String("match") is { } m && !string.IsNullOrWhiteSpace(m)
            ? m.Trim()
            : throw yaml.Missing("match", "say which case to check: $title, $sentence, $lower, $upper or a regular expression");
        var exceptions = ValeExceptions.Read(yaml, settings.Vocabulary);

        // As in Vale, a threshold of 0 means the default: a rule that nothing could fail would be pointless.
        double threshold = yaml.Number("threshold", 0.8, 0, 1);
        threshold = threshold == 0 ? 0.8 : threshold;
        string? prefixPattern = yaml.String("prefix") is { Length: > 0 } p ? Checked(yaml, "prefix", p) : null;
        var prefix = prefixPattern is null ? null : new LazyRegex(() => ValeExceptions.Compile(prefixPattern));
        string[] indicators = [.. yaml.List("indicators").Select(i => i.Text)];

        CaseStyle style = match switch
        {
            "$title" => new TitleCase(exceptions, Chicago(yaml), prefix, threshold),
            "$sentence" => new SentenceCase(exceptions, indicators, prefix, threshold),
            "$lower" => new CaseStyle.Fixed(exceptions, upper: false),
            "$upper" => new CaseStyle.Fixed(exceptions, upper: true),
            _ when match.StartsWith('$') => throw yaml.Error(yaml.Node("match")!, $"unknown case '{match}' in 'match' (expected $title, $sentence, $lower, $upper or a regular expression)"),
            _ => new CaseStyle.Pattern(exceptions, Checked(yaml, "match", match)),
        };
        return new CapitalizationRule(settings, style, ScopeUnits.BySentence(yaml));
    }

    private static bool Chicago(RuleYaml yaml) => yaml.String("style")?.Trim() switch
    {
        null => false,
        var s when s.Equals("AP", StringComparison.OrdinalIgnoreCase) => false,
        var s when s.Equals("Chicago", StringComparison.OrdinalIgnoreCase) => true,
        var s => throw yaml.Error(yaml.Node("style")!, $"'style' must be AP or Chicago, not '{s}'"),
    };

    private static string Checked(RuleYaml yaml, string key, string pattern)
    {
        PatternCompiler.Validate(yaml, new RuleYaml.Entry(pattern, (int)yaml.Node(key)!.Start.Line));
        return pattern;
    }
}
