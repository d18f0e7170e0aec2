using System.Globalization;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: consistency</c>: <c>either</c> maps one form to another (<c>defence: defense</c>). When
/// both forms of a pair occur in one document (footnotes included), every occurrence of the form used
/// less often is reported, with the other form as the suggestion; on a tie, the form that appeared
/// second. The message's arguments are: the form found, the form to use, how often each side occurs
/// (<c>%[3]s</c>, <c>%[4]s</c>), the family (<c>%[5]s</c>: its name, or the pair), and the names of the
/// side found and of the side to use (<c>%[6]s</c>, <c>%[7]s</c>).
/// <para>
/// A pair may list inflections as parallel alternatives, <c>colour|colours|coloured: color|colors|colored</c>:
/// they count as one choice of spelling, and each one is answered with its counterpart. Our extensions:
/// <c>families</c> maps a name to pairs that are counted together as one choice (all <c>-our/-or</c> words:
/// a paper that writes colour, honour and labor has one American form among British ones), and
/// <c>sides</c> names the two sides (<c>[British, American]</c>) for messages and for the house style
/// (<c>consistency: prefer:</c> in <c>.paperlint.yml</c>, which may name a side or any form of a family).
/// </para>
/// <para>
/// Not counted: the reference list and other sources' details (titles keep the spelling they were published
/// with), and unless the configuration or the rule's <c>quotations: true</c> says otherwise, quotations and titles
/// in italics. The common key <c>language</c> (our extension) names the language whose words the pairs are: text in
/// another language is not counted (French <c>randomisation</c> is no British spelling), text of no known language is.
/// </para>
/// </summary>
internal sealed class ConsistencyRule : PackRule
{
    internal static readonly PackKind Definition = new("consistency", ["either", "families", "sides", "exceptions", "nonword"], Create);

    private readonly PatternSet _forms;
    private readonly Pair[] _pairs;
    private readonly string[] _families;
    private readonly string[] _sides;
    private readonly LazyRegex? _exceptions;

    private ConsistencyRule(PackRuleSettings settings, PatternSet forms, Pair[] pairs, string[] families, string[] sides, LazyRegex? exceptions)
        : base(settings)
    {
        _forms = forms;
        _pairs = pairs;
        _families = families;
        _sides = sides;
        _exceptions = exceptions;
    }

    public override string Kind => Definition.Name;

    private protected override bool Fixes => true;

    internal override IEnumerable<PatternSet> PatternSets => [_forms];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        var counting = new CountingScope(context, Settings.Quotations, ofWords: true, ofConventions: true);
        var exceptions = new ExceptionRanges(_exceptions, context.Memory);
        var found = new List<Occurrence>();
        var blocks = document.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            // The language first: the paper's languages need none of the facts that whether a block is read needs (its
            // references list, its quotations), and are worked out while another rule's thread works those out.
            if (!InLanguage(context, block) || !counting.Reads(block))
            {
                continue;
            }

            var matches = _forms.Matches(context, b, block);
            for (int m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                if (!counting.Counts(block, match.Index, match.Length) || exceptions.Cover(block, match.Index, match.Length))
                {
                    continue;
                }

                int group = match.Pattern;
                if (group >= 0)
                {
                    found.Add(new Occurrence(block, found.Count, match.Index, match.Length, block.Text.Substring(match.Index, match.Length), group / 2, group % 2));
                }
            }
        }

        var reported = new List<(Occurrence At, Finding Finding)>();
        foreach (var byFamily in found.GroupBy(o => _pairs[o.Pair].Family))
        {
            var sides = new[] { byFamily.Where(o => o.Side == 0).ToList(), byFamily.Where(o => o.Side == 1).ToList() };
            if (sides[0].Count == 0 || sides[1].Count == 0)
            {
                continue;
            }

            // The house style, else the side used less is reported; on a tie, the side that came second.
            var houseStyle = Preferred(byFamily.Key, context.Settings<ConsistencyOptions>());
            int minority = houseStyle is { } preferred
                ? 1 - preferred
                : sides[0].Count != sides[1].Count
                    ? (sides[0].Count < sides[1].Count ? 0 : 1)
                    : (sides[0][0].Index < sides[1][0].Index ? 1 : 0);
            // The first occurrence of each pair on the side kept, found once for all the occurrences reported.
            var firstOfPair = new Dictionary<int, Occurrence>();
            foreach (var o in sides[1 - minority])
            {
                firstOfPair.TryAdd(o.Pair, o);
            }

            foreach (var at in sides[minority])
            {
                var pair = _pairs[at.Pair];
                var otherSeen = firstOfPair.GetValueOrDefault(at.Pair) ?? sides[1 - minority][0];
                string suggestion = Casing.LikeMatch(at.Text, pair.Counterpart(at.Text, minority, otherSeen.Text, Settings.IgnoreCase));
                string message = MessageTemplate.Format(
                    Message,
                    at.Text,
                    suggestion,
                    sides[minority].Count.ToString(CultureInfo.InvariantCulture),
                    sides[1 - minority].Count.ToString(CultureInfo.InvariantCulture),
                    _families[pair.Family],
                    _sides[minority],
                    _sides[1 - minority]);
                bool certain = houseStyle is not null || Tally.Settles(sides[1 - minority].Count, sides[minority].Count);
                reported.Add((at, FindingAt(document, at.Block, at.Start, at.Length, context, message, [suggestion], certain)));
            }
        }

        findings.AddRange(reported.OrderBy(r => r.At.Index).Select(r => r.Finding));
    }

    /// <summary>The side the house style wants in a family: a form of the family named in 'prefer', else a side's name.</summary>
    private int? Preferred(int family, ConsistencyOptions options)
    {
        if (options.Prefer.Count == 0)
        {
            return null;
        }

        foreach (string preferred in options.Prefer)
        {
            foreach (var pair in _pairs.Where(p => p.Family == family))
            {
                if (pair.First.Any(f => Casing.Same(f, preferred, ignoreCase: true)))
                {
                    return 0;
                }

                if (pair.Second.Any(f => Casing.Same(f, preferred, ignoreCase: true)))
                {
                    return 1;
                }
            }
        }

        foreach (string preferred in options.Prefer)
        {
            int side = Array.FindIndex(_sides, s => s.Length > 0 && Casing.Same(s, preferred, ignoreCase: true));
            if (side >= 0)
            {
                return side;
            }
        }

        return null;
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var either = yaml.Map("either");
        var families = yaml.Groups("families");
        if (either.Count == 0 && families.Count == 0)
        {
            throw yaml.Missing("either", "map each form to its other form, e.g. 'defence: defense'");
        }

        var entries = new List<(RuleYaml.Entry Key, RuleYaml.Entry Value, int Family)>();
        var familyNames = new List<string>();
        foreach (var (name, pairs) in families)
        {
            if (pairs.Count == 0)
            {
                throw yaml.Error($"family '{name.Text}' in 'families' has no pairs");
            }

            entries.AddRange(pairs.Select(p => (p.Key, p.Value, familyNames.Count)));
            familyNames.Add(name.Text);
        }

        // A pair of 'either' is a family of its own, named by its first forms.
        foreach (var (key, value) in either)
        {
            entries.Add((key, value, familyNames.Count));
            familyNames.Add($"{PatternCompiler.TopLevelAlternatives(key.Text)[0]}/{PatternCompiler.TopLevelAlternatives(value.Text)[0]}");
        }

        var sides = yaml.List("sides");
        if (sides.Count is not (0 or 2))
        {
            throw yaml.Error(yaml.Node("sides")!, "'sides' names the two sides of every pair, e.g. [British, American]");
        }

        var patterns = entries.SelectMany(e => new[] { e.Key, e.Value }).ToList();
        var pairList = entries.Select(e => new Pair(PatternCompiler.TopLevelAlternatives(e.Key.Text), PatternCompiler.TopLevelAlternatives(e.Value.Text), e.Family)).ToArray();
        return new ConsistencyRule(
            settings,
            Patterns.CompileSet(yaml, patterns, settings),
            pairList,
            [.. familyNames],
            sides.Count == 2 ? [sides[0].Text, sides[1].Text] : ["", ""],
            Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings));
    }

    private sealed record Occurrence(Block Block, int Index, int Start, int Length, string Text, int Pair, int Side);

    /// <summary>The two forms of a pair, each split into its top-level alternatives, and the family it is counted in.</summary>
    private sealed record Pair(IReadOnlyList<string> First, IReadOnlyList<string> Second, int Family)
    {
        /// <summary>The other form for <paramref name="text"/> found on <paramref name="side"/>.</summary>
        public string Counterpart(string text, int side, string otherSeen, bool ignoreCase)
        {
            var mine = side == 0 ? First : Second;
            var other = side == 0 ? Second : First;
            bool plain = mine.All(PatternCompiler.IsPlain) && other.All(PatternCompiler.IsPlain);
            if (plain && mine.Count == other.Count)
            {
                for (int i = 0; i < mine.Count; i++)
                {
                    if (Casing.Same(mine[i], text, ignoreCase))
                    {
                        return other[i];
                    }
                }
            }

            // A pattern that is not a plain word list: answer with the other form as the document writes it.
            return other.Count == 1 && PatternCompiler.IsPlain(other[0]) ? other[0] : otherSeen;
        }
    }
}
