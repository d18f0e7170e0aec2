using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: repetition</c>: a word, or a run of up to <c>max</c> words (our extension; default 1),
/// written twice or more in a row with only white space between ("the the", "in his in his"). A line
/// break counts as white space; punctuation, a placeholder for code or a URL, or a note marker between
/// the copies does not, so "He said no. No one came." and "the¹ the" pass. The finding covers the whole
/// run and suggests a single copy, a replacement that can be applied as it stands; the message's
/// <c>%s</c> is the repeated copy.
/// <para>
/// <c>tokens</c> (optional) are patterns for what counts as a word; <c>alpha: true</c> takes only words
/// made of letters; <c>exceptions</c> are patterns for copies that may repeat, matched against the whole
/// copy (<c>that</c>, <c>had</c>) or the whole doubled phrase (<c>bye bye</c>).
/// </para>
/// </summary>
internal sealed class RepetitionRule : PackRule
{
    internal static readonly PackKind Definition = new("repetition", ["tokens", "alpha", "max", "exceptions"], Create);

    private const string DefaultWord = @"[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*";

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly Regex _word;
    private readonly Regex? _exceptions;
    private readonly bool _alpha;
    private readonly int _max;

    private RepetitionRule(PackRuleSettings settings, Regex word, Regex? exceptions, bool alpha, int max)
        : base(settings)
    {
        _word = word;
        _exceptions = exceptions;
        _alpha = alpha;
        _max = max;
    }

    public override string Kind => Definition.Name;

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        var markers = document.FootnoteRefs.ToLookup(r => r.Block);
        foreach (var block in document.Blocks)
        {
            var words = Words(block);
            var markerOffsets = markers[block].Select(r => r.Offset).ToList();
            int i = 0;
            while (i < words.Count)
            {
                var run = RunAt(block.Text, words, markerOffsets, i);
                if (run is not { } found)
                {
                    i++;
                    continue;
                }

                var (length, copies) = found;
                int start = words[i].Index;
                var lastWord = words[i + (length * copies) - 1];
                int end = lastWord.Index + lastWord.Length;
                string copy = Span(block.Text, words, i, length);
                if (InScope(context, block, start, end - start))
                {
                    findings.Add(FindingAt(document, block, start, end - start, context, MessageTemplate.Format(Message, copy), [copy]));
                }

                i += length * copies;
            }
        }
    }

    /// <summary>The shortest run at word i that is repeated right after itself, and how many copies there are.</summary>
    private (int Length, int Copies)? RunAt(string text, List<Match> words, List<int> markers, int i)
    {
        for (int length = 1; length <= _max && i + (2 * length) <= words.Count; length++)
        {
            int copies = 1;
            while (i + ((copies + 1) * length) <= words.Count && IsCopy(text, words, markers, i, i + (copies * length), length))
            {
                copies++;
            }

            if (copies > 1 && !IsException(Span(text, words, i, length), Span(text, words, i, 2 * length)))
            {
                return (length, copies);
            }
        }

        return null;
    }

    // Words first..first+length (and everything up to the copy at second) joined by white space only, word for word equal.
    private bool IsCopy(string text, List<Match> words, List<int> markers, int first, int second, int length)
    {
        for (int k = 0; k < length; k++)
        {
            if (!Casing.Same(words[first + k].Value, words[second + k].Value, Settings.IgnoreCase))
            {
                return false;
            }
        }

        for (int w = first; w < second + length - 1; w++)
        {
            if (!OnlySpaceBetween(text, words[w], words[w + 1], markers))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpaceBetween(string text, Match left, Match right, List<int> markers)
    {
        int from = left.Index + left.Length;
        int to = right.Index;
        if (from == to)
        {
            return false;
        }

        for (int c = from; c < to; c++)
        {
            if (!char.IsWhiteSpace(text[c]))
            {
                return false;
            }
        }

        // A note marker with no characters of its own in the text (a native Word reference) still parts the words.
        return !markers.Any(m => m >= from && m <= to);
    }

    // An exception may name the copy ("bye") or the doubled phrase ("bye bye"), with any white space between.
    private bool IsException(string copy, string doubled) =>
        _exceptions is not null && (_exceptions.IsMatch(copy) || _exceptions.IsMatch(WhiteSpace.Replace(doubled, " ")));

    private List<Match> Words(Block block)
    {
        var words = new List<Match>();
        foreach (Match m in _word.Matches(block.Text))
        {
            if (m.Length > 0 && (!_alpha || m.Value.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                words.Add(m);
            }
        }

        return words;
    }

    private static string Span(string text, List<Match> words, int first, int length)
    {
        var last = words[first + length - 1];
        return text[words[first].Index..(last.Index + last.Length)];
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var tokens = yaml.List("tokens");
        var word = tokens.Count == 0
            ? new Regex(DefaultWord, PatternCompiler.Options(settings.IgnoreCase), PatternCompiler.MatchTimeout)
            : Patterns.Compile(yaml, tokens, settings with { NonWord = true });
        var exceptions = yaml.List("exceptions");
        foreach (var exception in exceptions)
        {
            PatternCompiler.Validate(yaml, exception);
        }

        // An exception names a whole copy ("that", "bye"), so it is anchored at both ends.
        var exceptionRegex = exceptions.Count == 0
            ? null
            : new Regex($"^(?:{string.Join("|", exceptions.Select(e => $"(?:{e.Text})"))})$", PatternCompiler.Options(settings.IgnoreCase), PatternCompiler.MatchTimeout);
        return new RepetitionRule(settings, word, exceptionRegex, yaml.Bool("alpha", false), yaml.Int("max", 1, 1, 10));
    }
}
