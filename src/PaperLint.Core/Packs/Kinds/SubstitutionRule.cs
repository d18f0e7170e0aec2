using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: substitution</c>: <c>swap</c> maps a pattern to its replacement; <c>a|b</c> as a replacement
/// offers two. As in Vale, the message's first <c>%s</c> is the suggestion and the second the matched text.
/// The suggestion takes the case of the match's first letter ("Lead by" gives "Led by"); a match that
/// already reads as a suggestion is not reported. <c>exceptions</c> are patterns matched in the same
/// block: a match wholly inside one is left alone ("lead by example").
/// </summary>
internal sealed class SubstitutionRule : PackRule
{
    internal static readonly PackKind Definition = new("substitution", ["swap", "exceptions", "nonword"], Create);

    private readonly PatternSet _swaps;
    private readonly string[][] _replacements;
    private readonly LazyRegex? _exceptions;

    private SubstitutionRule(PackRuleSettings settings, PatternSet swaps, string[][] replacements, LazyRegex? exceptions)
        : base(settings)
    {
        _swaps = swaps;
        _replacements = replacements;
        _exceptions = exceptions;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [_swaps];

    /// <summary>Every replacement the rule offers, in file order (a name's right spelling, for a Names rule).</summary>
    public IReadOnlyList<string> Replacements => [.. _replacements.SelectMany(r => r)];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        foreach (var (block, match) in Candidates(context, _swaps, new ExceptionRanges(_exceptions)))
        {
            if (match.Pattern < 0)
            {
                continue;
            }

            string value = block.Text.Substring(match.Index, match.Length);
            var suggestions = _replacements[match.Pattern].Select(r => Casing.LikeMatch(value, r)).Distinct(StringComparer.Ordinal).ToArray();
            if (suggestions.Any(s => Casing.Same(s, value, Settings.IgnoreCase)))
            {
                continue;
            }

            string message = MessageTemplate.Format(Message, string.Join("' or '", suggestions), value);
            findings.Add(FindingAt(document, block, match.Index, match.Length, context, message, suggestions));
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var swap = yaml.Map("swap");
        if (swap.Count == 0)
        {
            throw yaml.Missing("swap", "map each pattern to its replacement, e.g. 'lead by: led by'");
        }

        var replacements = swap
            .Select(pair => pair.Value.Text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        for (int i = 0; i < swap.Count; i++)
        {
            if (replacements[i].Length == 0)
            {
                throw new Readers.InputException($"{yaml.DisplayPath}:{swap[i].Value.Line}: the replacement for '{swap[i].Key.Text}' is empty");
            }
        }

        var patterns = swap.Select(pair => pair.Key).ToList();
        return new SubstitutionRule(
            settings,
            Patterns.CompileSet(yaml, patterns, settings),
            replacements,
            Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings));
    }
}
