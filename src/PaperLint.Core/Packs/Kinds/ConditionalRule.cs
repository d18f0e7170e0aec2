using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: conditional</c>: a match of <c>first</c> (an abbreviation, say) needs a match of <c>second</c> that
/// defines it: one whose capture group captured exactly the text <c>first</c> matched, in the same block (or
/// sentence, with <c>scope: sentence</c>) or before it. As in Vale, a use before its definition is reported, since
/// the reader meets it undefined; the message's <c>%s</c> is the match. <c>exceptions</c> name what never needs
/// a definition (see <see cref="ValeExceptions"/>). Both patterns are taken as written and are case-sensitive,
/// as in Vale, which ignores <c>ignorecase</c> here; write <c>(?i)</c> in a pattern instead.
/// </summary>
/// <example>
/// <code>
/// extends: conditional
/// message: "Define '%s' at its first use"
/// first: '\b([A-Z]{3,5})\b'
/// second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
/// exceptions: [DNA, NATO]
/// </code>
/// </example>
internal sealed class ConditionalRule : PackRule
{
    internal static readonly PackKind Definition = new("conditional", ["first", "second", "exceptions"], Create);

    private readonly LazyRegex _first;
    private readonly LazyRegex _second;
    private readonly ValeExceptions _exceptions;
    private readonly bool _bySentence;

    private ConditionalRule(PackRuleSettings settings, LazyRegex first, LazyRegex second, ValeExceptions exceptions, bool bySentence)
        : base(settings)
    {
        _first = first;
        _second = second;
        _exceptions = exceptions;
        _bySentence = bySentence;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks.Concat(ValeAltTexts(document)))
        {
            foreach (var (start, end) in ScopeUnits.Of(context, block, _bySentence))
            {
                if (!InScope(context, block, start, 0))
                {
                    continue;
                }

                // Vale runs each pattern on the stretch alone, so that anchors and lookarounds see only it.
                string text = block.Text[start..end];
                foreach (Match definition in _second.Value.Matches(text))
                {
                    for (int g = 1; g < definition.Groups.Count; g++)
                    {
                        if (definition.Groups[g].Length > 0)
                        {
                            defined.Add(definition.Groups[g].Value);
                        }
                    }
                }

                foreach (Match use in _first.Value.Matches(text))
                {
                    if (use.Length > 0
                        && !defined.Contains(use.Value)
                        && !_exceptions.Match(use.Value)
                        && InScope(context, block, start + use.Index, use.Length))
                    {
                        findings.Add(FindingAt(document, block, start + use.Index, use.Length, context, MessageTemplate.Format(Message, use.Value)));
                    }
                }
            }
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        if (settings.IgnoreCase)
        {
            throw yaml.Error(yaml.Node("ignorecase")!, "'ignorecase' has no effect on a conditional rule (as in Vale); write (?i) in 'first' or 'second' instead");
        }

        var first = Pattern(yaml, "first", "give the pattern of what needs a definition, e.g. '\\b([A-Z]{3,5})\\b'");
        var second = Pattern(yaml, "second", "give the pattern of a definition, with a capture group for the term it defines, e.g. '\\(([A-Z]{3,5})\\)'");
        if (new Regex(second.Text, RegexOptions.CultureInvariant).GetGroupNumbers().Length < 2)
        {
            throw new Readers.InputException(
                $"{yaml.DisplayPath}:{second.Line}: 'second' has no capture group, so it defines nothing; put the defined term in ( ), e.g. '\\(([A-Z]{{3,5}})\\)'");
        }

        return new ConditionalRule(
            settings,
            new LazyRegex(() => ValeExceptions.Compile(first.Text)),
            new LazyRegex(() => ValeExceptions.Compile(second.Text)),
            ValeExceptions.Read(yaml, settings.Vocabulary),
            ScopeUnits.BySentence(yaml));
    }

    private static RuleYaml.Entry Pattern(RuleYaml yaml, string key, string why)
    {
        string text = yaml.String(key) is { Length: > 0 } value ? value : throw yaml.Missing(key, why);
        var entry = new RuleYaml.Entry(text, (int)yaml.Node(key)!.Start.Line);
        PatternCompiler.Validate(yaml, entry);
        return entry;
    }
}
