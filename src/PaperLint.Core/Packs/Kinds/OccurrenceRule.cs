using System.Globalization;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: occurrence</c>: counts the matches of <c>token</c> (a regular expression, taken as written: no
/// word boundaries are added) in each block, or in each sentence when <c>scope</c> says <c>sentence</c>, and
/// reports a stretch with more than <c>max</c> or fewer than <c>min</c> of them. As in Vale, the finding stands
/// at the first match, or covers the whole stretch when there is none, and the message's <c>%s</c> is the count.
/// Matches in code, URLs and (unless <c>quotations: true</c>) quotations are not counted: they are not the
/// author's prose.
/// </summary>
/// <example>
/// <code>
/// extends: occurrence
/// message: "This sentence has %s words; split it"
/// scope: sentence
/// max: 40
/// token: \b\w+\b
/// </code>
/// </example>
internal sealed class OccurrenceRule : PackRule
{
    internal static readonly PackKind Definition = new("occurrence", ["token", "max", "min"], Create);

    private readonly LazyRegex _token;
    private readonly int _max;
    private readonly int _min;
    private readonly bool _bySentence;

    private OccurrenceRule(PackRuleSettings settings, LazyRegex token, int max, int min, bool bySentence)
        : base(settings)
    {
        _token = token;
        _max = max;
        _min = min;
        _bySentence = bySentence;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        foreach (var block in document.Blocks)
        {
            List<Match>? matches = null;
            foreach (var (start, end) in ScopeUnits.Of(context, block, _bySentence))
            {
                // A zero-length probe asks only whether the rule looks at this stretch at all (its block, its language).
                if (!InScope(context, block, start, 0))
                {
                    continue;
                }

                matches ??= [.. _token.Value.Matches(block.Text).Where(m => m.Length > 0)];
                int count = 0;
                Match? first = null;
                foreach (var match in matches)
                {
                    if (match.Index >= start && match.Index + match.Length <= end && InScope(context, block, match.Index, match.Length))
                    {
                        count++;
                        first ??= string.IsNullOrWhiteSpace(match.Value) ? null : match;
                    }
                }

                if ((_max == 0 || count <= _max) && (_min == 0 || count >= _min))
                {
                    continue;
                }

                string message = MessageTemplate.Format(Message, count.ToString(CultureInfo.InvariantCulture));
                if (count == 0)
                {
                    findings.Add(FindingAt(document, block, start, end - start, context, message));
                }
                else if (first is not null)
                {
                    findings.Add(FindingAt(document, block, first.Index, first.Length, context, message));
                }
            }
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        string token = yaml.String("token") is { Length: > 0 } text
            ? text
            : throw yaml.Missing("token", "give the pattern to count, e.g. '\\b\\w+\\b' for words");
        var entry = new RuleYaml.Entry(token, (int)yaml.Node("token")!.Start.Line);
        PatternCompiler.Validate(yaml, entry);

        int max = yaml.Int("max", 0, 0, 1_000_000);
        int min = yaml.Int("min", 0, 0, 1_000_000);
        if (max == 0 && min == 0)
        {
            throw yaml.Missing("max", "say how many matches a stretch may have at most ('max') or needs at least ('min')");
        }

        if (max > 0 && min > max)
        {
            throw yaml.Error(yaml.Node("min")!, $"'min' ({min}) is above 'max' ({max}); no stretch could pass");
        }

        return new OccurrenceRule(
            settings,
            new LazyRegex(() => PatternCompiler.Compile([token], settings.IgnoreCase, nonWord: true)),
            max,
            min,
            ScopeUnits.BySentence(yaml));
    }
}
