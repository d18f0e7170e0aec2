using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: consistency</c>: <c>either</c> maps one form to another (<c>defence: defense</c>). When
/// both forms of a pair occur in one document (footnotes included), every occurrence of the form used
/// less often is reported, with the other form as the suggestion; on a tie, the form that appeared
/// second. The message's arguments are: the form found, the form to use, how often each occurs
/// (<c>%[3]s</c>, <c>%[4]s</c>).
/// <para>
/// A pair may list inflections as parallel alternatives, <c>colour|colours|coloured: color|colors|colored</c>:
/// they count as one choice of spelling, and each one is answered with its counterpart. Reference-list
/// entries are not counted, as titles keep the spelling they were published with.
/// </para>
/// </summary>
public sealed class ConsistencyRule : PackRule
{
    internal static readonly PackKind Definition = new("consistency", ["either", "exceptions", "nonword"], Create);

    private readonly PatternSet _forms;
    private readonly Pair[] _pairs;
    private readonly Regex? _exceptions;

    private ConsistencyRule(PackRuleSettings settings, PatternSet forms, Pair[] pairs, Regex? exceptions)
        : base(settings)
    {
        _forms = forms;
        _pairs = pairs;
        _exceptions = exceptions;
    }

    public override string Kind => Definition.Name;

    private protected override void Collect(Document document, RuleContext context, ProseScope scope, List<Finding> findings)
    {
        var found = new List<Occurrence>();
        var blockIndex = new Dictionary<Block, int>();
        foreach (var (block, match) in Candidates(document, _forms.Any, scope, new ExceptionRanges(_exceptions)))
        {
            int group = _forms.Which(block.Text, match);
            if (block.Kind == BlockKind.ReferenceEntry || group < 0)
            {
                continue;
            }

            if (!blockIndex.TryGetValue(block, out int index))
            {
                index = blockIndex[block] = blockIndex.Count;
            }

            found.Add(new Occurrence(block, index, match.Index, match.Length, match.Value, group / 2, group % 2));
        }

        var reported = new List<(Occurrence At, Finding Finding)>();
        foreach (var byPair in found.GroupBy(o => o.Pair))
        {
            var sides = new[] { byPair.Where(o => o.Side == 0).ToList(), byPair.Where(o => o.Side == 1).ToList() };
            if (sides[0].Count == 0 || sides[1].Count == 0)
            {
                continue;
            }

            // The minority form is reported; on a tie, the form that came second in the document.
            int minority = sides[0].Count != sides[1].Count
                ? (sides[0].Count < sides[1].Count ? 0 : 1)
                : (Before(sides[0][0], sides[1][0]) ? 1 : 0);
            var pair = _pairs[byPair.Key];
            foreach (var at in sides[minority])
            {
                string suggestion = Casing.LikeMatch(at.Text, pair.Counterpart(at.Text, minority, sides[1 - minority][0].Text, Settings.IgnoreCase));
                string message = MessageTemplate.Format(
                    Message,
                    at.Text,
                    suggestion,
                    sides[minority].Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    sides[1 - minority].Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                reported.Add((at, FindingAt(document, at.Block, at.Start, at.Length, context, message, [suggestion])));
            }
        }

        findings.AddRange(reported.OrderBy(r => r.At.BlockIndex).ThenBy(r => r.At.Start).Select(r => r.Finding));
    }

    private static bool Before(Occurrence a, Occurrence b) => a.BlockIndex < b.BlockIndex || (a.BlockIndex == b.BlockIndex && a.Start < b.Start);

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var either = yaml.Map("either");
        if (either.Count == 0)
        {
            throw yaml.Missing("either", "map each form to its other form, e.g. 'defence: defense'");
        }

        var patterns = either.SelectMany(pair => new[] { pair.Key, pair.Value }).ToList();
        var pairs = either.Select(pair => new Pair(PatternCompiler.TopLevelAlternatives(pair.Key.Text), PatternCompiler.TopLevelAlternatives(pair.Value.Text))).ToArray();
        return new ConsistencyRule(
            settings,
            Patterns.CompileSet(yaml, patterns, settings),
            pairs,
            Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings));
    }

    private sealed record Occurrence(Block Block, int BlockIndex, int Start, int Length, string Text, int Pair, int Side);

    /// <summary>The two forms of a pair, each split into its top-level alternatives.</summary>
    private sealed record Pair(IReadOnlyList<string> First, IReadOnlyList<string> Second)
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
