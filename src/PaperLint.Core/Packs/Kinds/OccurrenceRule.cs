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
/// author's prose. A Vale style's rule counts inline code as Vale masks it (<see cref="ValeView"/>) and may read the
/// file as written (<c>scope: raw</c>).
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
        if (Settings.Scope.Raw && document.Source is { } source)
        {
            CollectRaw(document, source, context, findings);
            return;
        }

        foreach (var block in document.Blocks.Concat(ValeAltTexts(document)))
        {
            ValeView? vale = null;
            List<Match>? matches = null;
            foreach (var (start, end) in ScopeUnits.Of(context, block, _bySentence))
            {
                // A zero-length probe asks only whether the rule looks at this stretch at all (its block, its language).
                if (!InScope(context, block, start, 0))
                {
                    continue;
                }

                vale ??= ValeView.Of(Settings.Vale, document, block);
                matches ??= [.. _token.Value.Matches(vale?.Text ?? block.Text).Where(m => m.Length > 0)];
                int count = 0;
                int firstAt = -1, firstLength = 0;
                foreach (var match in matches)
                {
                    var (at, length, inCode) = vale is null ? (match.Index, match.Length, false) : vale.ToBlock(match.Index, match.Length);
                    if (at >= start && at + length <= end && (inCode || InScope(context, block, at, length)))
                    {
                        count++;
                        if (firstAt < 0 && !string.IsNullOrWhiteSpace(match.Value) && !(vale is not null && ValeView.IsMask(match.ValueSpan)))
                        {
                            (firstAt, firstLength) = (at, length);
                        }
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
                else if (firstAt >= 0)
                {
                    findings.Add(FindingAt(document, block, firstAt, firstLength, context, message));
                }
            }
        }
    }

    /// <summary>
    /// <c>scope: raw</c> (a Vale style's rule): the matches in the file as written, counted once for the whole file.
    /// As in Vale, the finding stands at the first match that is not white space, or at the file's first word when
    /// there is no match at all; an empty file has nothing to report.
    /// </summary>
    private void CollectRaw(Document document, string source, LintContext context, List<Finding> findings)
    {
        int count = 0;
        Match? first = null;
        foreach (Match match in _token.Value.Matches(source))
        {
            if (match.Length == 0)
            {
                continue;
            }

            count++;
            if (first is null && !string.IsNullOrWhiteSpace(match.Value) && !ValeView.IsMask(match.ValueSpan))
            {
                first = match;
            }
        }

        if ((_max == 0 || count <= _max) && (_min == 0 || count >= _min))
        {
            return;
        }

        string message = MessageTemplate.Format(Message, count.ToString(CultureInfo.InvariantCulture));
        if (count > 0)
        {
            if (first is not null)
            {
                findings.Add(RawFindingAt(document, first.Index, first.Length, context, message));
            }

            return;
        }

        int word = 0;
        while (word < source.Length && char.IsWhiteSpace(source[word]))
        {
            word++;
        }

        if (word < source.Length)
        {
            int end = word;
            while (end < source.Length && !char.IsWhiteSpace(source[end]))
            {
                end++;
            }

            findings.Add(RawFindingAt(document, word, end - word, context, message));
        }
    }

    /// <summary>
    /// A block as Vale counts in it: Vale masks inline code with one <c>*</c> for each character it has in the file
    /// (its backticks too) before it lints, so a token such as <c>.</c> counts the code's characters while a word
    /// token counts none of its words, and no finding is placed on the mask.
    /// </summary>
    private sealed class ValeView
    {
        private readonly int[] _toBlock;
        private readonly bool[] _masked;

        private ValeView(string text, int[] toBlock, bool[] masked)
        {
            Text = text;
            _toBlock = toBlock;
            _masked = masked;
        }

        public string Text { get; }

        /// <summary>Vale's view of <paramref name="block"/>, or null where it is the block's own text (not a Vale rule, no inline code, no source).</summary>
        public static ValeView? Of(bool vale, Document document, Block block)
        {
            // The block's spans are asked first: a source held compactly is decoded only for a block with inline code.
            if (!vale || !document.HasSource || block.Map is not { IsEmpty: false } map || !block.Spans.Any(s => s.Kind == SpanKind.Code) || document.Source is not { } source)
            {
                return null;
            }

            string text = block.Text;
            var masked = new System.Text.StringBuilder(text.Length + 16);
            var toBlock = new List<int>(text.Length + 16);
            var isMask = new List<bool>(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                int width = text[i] == Block.Placeholder && IsCode(block, i) ? CodeWidth(source, map.ToSource(i)) : 0;
                if (width == 0)
                {
                    masked.Append(text[i]);
                    toBlock.Add(i);
                    isMask.Add(false);
                    continue;
                }

                masked.Append('*', width);
                for (int k = 0; k < width; k++)
                {
                    toBlock.Add(i);
                    isMask.Add(true);
                }
            }

            return new ValeView(masked.ToString(), [.. toBlock], [.. isMask]);
        }

        /// <summary>Where a match in <see cref="Text"/> is in the block's text, and whether it lies wholly in masked code.</summary>
        public (int Start, int Length, bool InCode) ToBlock(int index, int length)
        {
            int last = index + length - 1;
            int start = _toBlock[index];
            bool inCode = true;
            for (int i = index; i <= last && inCode; i++)
            {
                inCode = _masked[i];
            }

            return (start, _toBlock[last] - start + 1, inCode);
        }

        /// <summary>Vale's test for a match it will not place a finding on: nothing but <c>*</c> and <c>@</c>, its masks.</summary>
        public static bool IsMask(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (c is not ('*' or '@'))
                {
                    return false;
                }
            }

            return text.Length > 0;
        }

        private static bool IsCode(Block block, int index)
        {
            foreach (var span in block.Spans)
            {
                if (span.Kind == SpanKind.Code && span.Contains(index, 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The width in the file of the code span whose opening backticks start at <paramref name="at"/>: both runs of backticks and what is between them.</summary>
        private static int CodeWidth(string source, int at)
        {
            int ticks = 0;
            while (at + ticks < source.Length && source[at + ticks] == '`')
            {
                ticks++;
            }

            if (ticks == 0)
            {
                return 1;
            }

            for (int i = at + ticks; i < source.Length; i++)
            {
                if (source[i] != '`')
                {
                    continue;
                }

                int run = 0;
                while (i + run < source.Length && source[i + run] == '`')
                {
                    run++;
                }

                if (run == ticks)
                {
                    return i + run - at;
                }

                i += run - 1;
            }

            return 1;
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
