using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: existence</c>: reports every match of any of <c>tokens</c>, unless it lies within a match of
/// one of <c>exceptions</c>. The message's <c>%s</c> is the matched text.
/// </summary>
/// <example>
/// <code>
/// extends: existence
/// message: "'%s' is a placeholder; finish the sentence before you send the paper"
/// tokens: [TODO, TBD]
/// </code>
/// </example>
internal sealed class ExistenceRule : PackRule
{
    internal static readonly PackKind Definition = new("existence", ["tokens", "exceptions", "nonword", "raw", "append"], Create);

    private readonly PatternSet _tokens;
    private readonly LazyRegex? _exceptions;

    private ExistenceRule(PackRuleSettings settings, PatternSet tokens, LazyRegex? exceptions)
        : base(settings)
    {
        _tokens = tokens;
        _exceptions = exceptions;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [_tokens];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        if (RawMatches(context, _tokens, _exceptions) is { } raw)
        {
            foreach (var m in raw)
            {
                findings.Add(RawFindingAt(document, m.Start, m.Length, context, MessageTemplate.Format(Message, m.Text)));
            }

            return;
        }

        foreach (var (block, match) in Candidates(context, _tokens, new ExceptionRanges(_exceptions, context.Memory)))
        {
            findings.Add(FindingAt(document, block, match.Index, match.Length, context, MessageTemplate.Format(Message, block.Text.Substring(match.Index, match.Length))));
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var tokens = yaml.List("tokens");
        var raw = yaml.List("raw");
        if (raw.Count > 0)
        {
            // Vale's raw: the entries joined into one regular expression, matched as written (no word boundaries),
            // before the tokens in their boundaries, or after them with 'append: true'.
            foreach (var entry in tokens.Concat(raw))
            {
                PatternCompiler.Validate(yaml, entry);
            }

            string rawPattern = string.Concat(raw.Select(r => r.Text));
            string tokenPattern = tokens.Count == 0 ? "" : $@"\b(?:{string.Join("|", tokens.Select(t => t.Text))})\b";
            var joined = new RuleYaml.Entry(yaml.Bool("append", false) ? tokenPattern + rawPattern : rawPattern + tokenPattern, raw[0].Line);
            return new ExistenceRule(
                settings with { NonWord = true },
                Patterns.CompileSet(yaml, [joined], settings with { NonWord = true }),
                Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings));
        }

        if (tokens.Count == 0)
        {
            throw yaml.Missing("tokens", "list the words or patterns this rule reports (or, as in Vale, 'raw' pieces of one pattern)");
        }

        return new ExistenceRule(
            settings,
            Patterns.CompileSet(yaml, tokens, settings),
            Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings));
    }
}
