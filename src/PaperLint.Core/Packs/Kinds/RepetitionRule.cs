using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: repetition</c>: a word, or a run of up to <c>max</c> words (our extension; default 1),
/// written twice or more in a row with only white space between ("the the", "in his in his"). A line
/// break counts as white space; punctuation, a placeholder for code or a URL, or a note marker between
/// the copies does not, so "He said no. No one came." and "the¹ the" pass. Nor does white space that lays
/// words out in columns (a tab, or two spaces or more: the cells of a table typed with tabs, the answers of
/// a scale), nor the break after a line that holds the first copy alone (a speaker's name over the speech,
/// a label over its text). A word joined to more by <c>_</c>, <c>.</c>, <c>/</c> or <c>@</c> is part of a
/// name, not a word (<c>list list_items</c>, <c>Developer developer.example.org</c>). The entries of the
/// references list are left alone: their titles are the cited authors' words. The finding covers the whole
/// run and suggests a single copy, a replacement that can be applied as it stands; the message's
/// <c>%s</c> is the repeated copy.
/// <para>
/// <c>tokens</c> (optional) are patterns for what counts as a word; <c>alpha: true</c> takes only words
/// made of letters; <c>exceptions</c> are patterns for copies that may repeat, matched against the whole
/// copy (<c>that</c>, <c>had</c>) or the whole doubled phrase (<c>bye bye</c>) where it stands, so that
/// they may look around it (<see cref="RepetitionExceptions"/>).
/// </para>
/// </summary>
internal sealed partial class RepetitionRule : PackRule
{
    internal static readonly PackKind Definition = new("repetition", ["tokens", "alpha", "max", "exceptions"], Create);

    private const string DefaultWord = @"[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*";

    // The default word, compiled at build time: a pattern built at run time is interpreted in the native tool, and this
    // one is tried at every word of every paper. One for each setting of ignorecase, as PatternCompiler.Options gives,
    // with PatternCompiler.MatchTimeout (2 s).
    [GeneratedRegex(DefaultWord, RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DefaultWordRegex();

    [GeneratedRegex(DefaultWord, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex DefaultWordIgnoringCase();

    // What joins a word to more of a name: an identifier (list_items), a host name or path (developer.example.org), an address.
    private const string Joiners = "_./@";

    private readonly Regex _word;

    // The rule's words are the default word (DefaultWord), read by DefaultWords without the regular expression's machinery.
    private readonly bool _defaultWord;
    private readonly RepetitionExceptions _exceptions;
    private readonly bool _alpha;
    private readonly int _max;

    private RepetitionRule(PackRuleSettings settings, Regex word, RepetitionExceptions exceptions, bool alpha, int max)
        : base(settings)
    {
        _word = word;
        _defaultWord = ReferenceEquals(word, DefaultWordRegex()) || ReferenceEquals(word, DefaultWordIgnoringCase());
        _exceptions = exceptions;
        _alpha = alpha;
        _max = max;
    }

    public override string Kind => Definition.Name;

    private protected override bool Fixes => true;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        var markers = document.FootnoteRefs.ToLookup(r => r.Block);
        // One list for the words of every block in turn: a new one for each block left its growth to the collector.
        var list = new List<Word>();
        var startList = new List<int>();
        // An editor's server keeps each paragraph's words, which its text alone decides, from one version to the next.
        var memory = context.Memory;
        foreach (var block in document.Blocks.Concat(ValeAltTexts(document)))
        {
            if (context.KindOf(block) == BlockKind.ReferenceEntry)
            {
                continue;
            }

            ReadOnlySpan<Word> words;
            IReadOnlyList<Run> runs;
            if (memory is null)
            {
                FindWords(block.Text, list);
                words = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
                FindStarts(block.Text, words, startList);
                if (startList.Count == 0)
                {
                    continue;
                }

                runs = Runs(block, words, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(startList), MarkerOffsets(markers, block));
            }
            else
            {
                var read = (ReadText)memory.Owned.Get(this, block, this, static (key, rule) => rule.Read(key.Text));
                if (read.Starts.Length == 0)
                {
                    continue;
                }

                words = read.Words;
                runs = read.RunsOf(this, block, MarkerOffsets(markers, block));
            }

            foreach (var (i, length, copies) in runs)
            {
                int start = words[i].Index;
                var lastWord = words[i + (length * copies) - 1];
                int end = lastWord.Index + lastWord.Length;
                string copy = Span(block.Text, words, i, length);
                if (InScope(context, block, start, end - start))
                {
                    findings.Add(FindingAt(document, block, start, end - start, context, MessageTemplate.Format(Message, copy), [copy]));
                }
            }
        }
    }

    private static int[] MarkerOffsets(ILookup<Block, FootnoteRef> markers, Block block) =>
        markers.Contains(block) ? [.. markers[block].Select(r => r.Offset).Order()] : [];

    /// <summary>A run of words written again right after itself: its first word, its length in words, and how many copies.</summary>
    private readonly record struct Run(int At, int Length, int Copies);

    /// <summary>
    /// The runs of a block, left to right: at each word a run may begin at (<paramref name="starts"/>), the shortest run
    /// found there (<see cref="RunAt"/>); the words a run covers begin none. What they are depends on the block's text,
    /// its line breaks and its note markers (<paramref name="markers"/>, their offsets in order).
    /// </summary>
    private List<Run> Runs(Block block, ReadOnlySpan<Word> words, ReadOnlySpan<int> starts, int[] markers)
    {
        var runs = new List<Run>();
        string? flat = null;
        int i = 0;
        foreach (int at in starts)
        {
            // A run begins only where a word is written again within a run's length; what a run found covers is passed.
            if (at < i)
            {
                continue;
            }

            i = at;
            if (RunAt(block, words, markers, ref flat, i) is { } found)
            {
                runs.Add(new Run(i, found.Length, found.Copies));
                i += found.Length * found.Copies;
            }
        }

        return runs;
    }

    /// <summary>The shortest run at word i that is repeated right after itself, and how many copies there are.</summary>
    /// <remarks>
    /// The copies are counted only once the run is known to be reported, and each further copy is checked from where
    /// the last one ended: a line of thousands of one word costs as much as thousands of words.
    /// </remarks>
    private (int Length, int Copies)? RunAt(Block block, ReadOnlySpan<Word> words, int[] markers, ref string? flat, int i)
    {
        string text = block.Text;
        for (int length = 1; length <= _max && i + (2 * length) <= words.Length; length++)
        {
            if (!IsCopy(text, words, markers, i, i + length, length, i)
                || IsException(text, ref flat, words, i, length)
                || FillsItsLine(block, words, i, length))
            {
                continue;
            }

            int copies = 2;
            while (i + ((copies + 1) * length) <= words.Length && IsCopy(text, words, markers, i, i + (copies * length), length, i + (copies * length) - 1))
            {
                copies++;
            }

            return (length, copies);
        }

        return null;
    }

    // Words first..first+length and the copy at second word for word equal, and the words from gapsFrom up to the end of
    // the copy joined by white space only (those before gapsFrom were checked with the copy before).
    private bool IsCopy(string text, ReadOnlySpan<Word> words, int[] markers, int first, int second, int length, int gapsFrom)
    {
        for (int k = 0; k < length; k++)
        {
            if (!text.AsSpan(words[first + k].Index, words[first + k].Length).Equals(
                text.AsSpan(words[second + k].Index, words[second + k].Length),
                Settings.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (int w = gapsFrom; w < second + length - 1; w++)
        {
            if (!OnlySpaceBetween(text, words[w], words[w + 1], markers))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpaceBetween(string text, Word left, Word right, int[] markers)
    {
        int from = left.Index + left.Length;
        int to = right.Index;
        if (from == to)
        {
            return false;
        }

        for (int c = from; c < to; c++)
        {
            // A tab or a second space sets the words in columns: they stand in different cells, not in one sentence.
            bool column = text[c] == '\t' || (c > from && IsSpace(text[c]) && IsSpace(text[c - 1]));
            if (!char.IsWhiteSpace(text[c]) || column)
            {
                return false;
            }
        }

        // A note marker with no characters of its own in the text (a native Word reference) still parts the words.
        int next = Array.BinarySearch(markers, from);
        next = next >= 0 ? next : ~next;
        return next == markers.Length || markers[next] > to;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) && c is not ('\n' or '\r');

    private bool IsException(string text, ref string? flat, ReadOnlySpan<Word> words, int first, int length)
    {
        var copyEnd = words[first + length - 1];
        var doubledEnd = words[first + (2 * length) - 1];
        flat ??= Flat(text);
        return _exceptions.Cover(flat, words[first].Index, copyEnd.Index + copyEnd.Length, doubledEnd.Index + doubledEnd.Length);
    }

    /// <summary>
    /// True when the first copy is a line of its own in a text format and the next copy opens the next line: a
    /// name over what its bearer says (a play's speaker, then the stage direction), a label over its text.
    /// </summary>
    private static bool FillsItsLine(Block block, ReadOnlySpan<Word> words, int first, int length)
    {
        int start = words[first].Index;
        var last = words[first + length - 1];
        int end = last.Index + last.Length;
        bool startsLine = start == 0 || block.LineBreaks.Contains(start - 1);
        return startsLine && block.LineBreaks.Contains(end);
    }

    // White space as one space each, so that an exception written with spaces ("bye bye") matches across a line break.
    private static string Flat(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int c = 0; c < source.Length; c++)
        {
            span[c] = char.IsWhiteSpace(source[c]) ? ' ' : source[c];
        }
    });

    /// <summary>The words of a text and the words a run may begin at, kept apart for a memory of them.</summary>
    private ReadText Read(string text)
    {
        var words = new List<Word>();
        FindWords(text, words);
        var starts = new List<int>();
        FindStarts(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), starts);
        return new ReadText([.. words], [.. starts]);
    }

    /// <summary>
    /// The words a run may begin at, in order: those written again (as <see cref="IsCopy"/> compares them) within the
    /// longest run the rule looks for. <see cref="RunAt"/> finds nothing elsewhere, as a copy's first word is the run's.
    /// </summary>
    private void FindStarts(string text, ReadOnlySpan<Word> words, List<int> starts)
    {
        starts.Clear();
        var comparison = Settings.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (int i = 0; i < words.Length; i++)
        {
            var first = text.AsSpan(words[i].Index, words[i].Length);
            for (int length = 1; length <= _max && i + (2 * length) <= words.Length; length++)
            {
                if (first.Equals(text.AsSpan(words[i + length].Index, words[i + length].Length), comparison))
                {
                    starts.Add(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A text's words, and the words a run may begin at (<see cref="FindStarts"/>), as an editor's server keeps them for
    /// the rule; and the runs found in the text the last time, with the line breaks and note markers they were found
    /// with: found again when either differs. The exceptions are tried at every run, each a regular expression of its
    /// own, and a long paper has hundreds of runs that an exception covers.
    /// </summary>
    private sealed class ReadText(Word[] words, int[] starts)
    {
        private Found? _found;

        public Word[] Words { get; } = words;

        public int[] Starts { get; } = starts;

        public IReadOnlyList<Run> RunsOf(RepetitionRule rule, Block block, int[] markers)
        {
            // Asked by one rule at a time: the rule owns its memory's answers, and a server lints a document once at a time.
            if (Volatile.Read(ref _found) is { } found && found.Markers.AsSpan().SequenceEqual(markers) && found.LineBreaks.SequenceEqual(block.LineBreaks))
            {
                return found.Runs;
            }

            var runs = rule.Runs(block, Words, Starts, markers);
            Volatile.Write(ref _found, new Found(markers, [.. block.LineBreaks], [.. runs]));
            return runs;
        }

        private sealed record Found(int[] Markers, int[] LineBreaks, Run[] Runs);
    }

    private void FindWords(string text, List<Word> words)
    {
        // Where each word is, and nothing more: a long paper has a million words, and a Match object for each was
        // most of what this rule allocated.
        words.Clear();
        if (_defaultWord)
        {
            DefaultWords(text, words);
            return;
        }

        foreach (var m in _word.EnumerateMatches(text))
        {
            Keep(text, new Word(m.Index, m.Length), words);
        }
    }

    private void Keep(string text, Word word, List<Word> words)
    {
        if (word.Length > 0 && !JoinedToMore(text, word) && (!_alpha || IsLetters(text.AsSpan(word.Index, word.Length))))
        {
            words.Add(word);
        }
    }

    /// <summary>The matches of <see cref="DefaultWord"/> in <paramref name="text"/>, each kept as <see cref="Keep"/> says.</summary>
    private void DefaultWords(string text, List<Word> words)
    {
        int at = 0;
        while (NextDefaultWord(text, ref at) is { } word)
        {
            Keep(text, word, words);
        }
    }

    /// <summary>
    /// The next match of <see cref="DefaultWord"/> in text[at..], as its regular expression finds them one after another,
    /// with <paramref name="at"/> moved past it; null when there is none. A run of letters, marks and digits, then each
    /// apostrophe that has a letter or mark after it, with the letters and marks that follow. The rule reads every word
    /// of every paper, and this reads them without the regular expression's machinery.
    /// </summary>
    internal static Word? NextDefaultWord(string text, ref int at)
    {
        int i = at;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            at = i;
            return null;
        }

        int start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        while (i + 1 < text.Length && text[i] is '\'' or '\u2019' && IsLetterOrMark(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsLetterOrMark(text[i]))
            {
                i++;
            }
        }

        at = i;
        return new Word(start, i - start);
    }

    /// <summary>The default word's regular expression, against which <see cref="NextDefaultWord"/> is tested.</summary>
    internal static Regex DefaultWordPattern => DefaultWordRegex();

    // [\p{L}\p{M}\p{Nd}], by the categories the regular expression reads.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && (IsLetterOrMark(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DecimalDigitNumber));

    // [\p{L}\p{M}].
    private static bool IsLetterOrMark(char c) =>
        char.IsAsciiLetter(c) || (c >= 0x80 && char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark);

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return true;
    }

    private static bool JoinedToMore(string text, Word word)
    {
        int before = word.Index - 1;
        int after = word.Index + word.Length;
        return (before > 0 && Joiners.Contains(text[before]) && char.IsLetterOrDigit(text[before - 1]))
            || (after + 1 < text.Length && Joiners.Contains(text[after]) && char.IsLetterOrDigit(text[after + 1]));
    }

    private static string Span(string text, ReadOnlySpan<Word> words, int first, int length)
    {
        var last = words[first + length - 1];
        return text[words[first].Index..(last.Index + last.Length)];
    }

    /// <summary>A word of a block: where it starts, and its length.</summary>
    internal readonly record struct Word(int Index, int Length);

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var tokens = yaml.List("tokens");
        var word = tokens.Count == 0
            ? settings.IgnoreCase ? DefaultWordIgnoringCase() : DefaultWordRegex()
            : Patterns.Compile(yaml, tokens, settings with { NonWord = true });
        var exceptions = RepetitionExceptions.Compile(yaml, yaml.List("exceptions"), settings.IgnoreCase);
        return new RepetitionRule(settings, word, exceptions, yaml.Bool("alpha", false), yaml.Int("max", 1, 1, 10));
    }
}
