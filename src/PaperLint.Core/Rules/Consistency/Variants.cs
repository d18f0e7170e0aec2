using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// <c>Consistency.Variants</c>: one word written two ways in one paper, found without a list: forms that differ
/// only by diacritics (<c>Zizek</c>/<c>Žižek</c>), by hyphenation or spacing (<c>e-mail</c>/<c>email</c>,
/// <c>decision-making</c>/<c>decision making</c>), or a phrase with a singular and a plural possessive
/// (<c>worker's state</c>/<c>workers' state</c>). Every form is counted over the whole paper, notes included,
/// within one language, in the author's own words (not the details of sources, nor pieces of addresses: see
/// <see cref="CountingScope"/>); each use of a form that loses is reported where it is, with the counts. The form
/// that wins is the one the configuration prefers, else the spelling a Names pack gives the name, else the most
/// used (on a tie, the first).
/// </summary>
/// <remarks>
/// Where a name lacks its diacritics, <c>Names.Diacritics</c> reports it too, at the same place with the same
/// suggestion; the linter shows one of two such findings (see <see cref="Linting.Linter"/>), so this rule
/// need not know whether that one is on.
/// </remarks>
public sealed partial class Variants : IRule
{
    private const string Word = @"\p{L}[\p{L}\p{M}]*";

    // The shortest key compared: a word of one or two letters and its accented twin are two words in many languages (a/à, ou/où).
    private const int MinComparedLength = 3;

    // A possessive and the word it belongs to: "worker's state", "workers’ state".
    [GeneratedRegex(
        @"(?<![\p{L}\p{M}\p{N}'’])(?<stem>" + Word + @")(?<apostrophe>['’])(?<s>s?)(?![\p{L}\p{M}\p{N}])\s(?<next>" + Word + @")(?![\p{L}\p{M}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Possessives();

    // English words whose accented twin means something else: résumé is not resume, exposé is not expose.
    private static readonly HashSet<string> DistinctWithoutAccents = new(StringComparer.Ordinal)
    {
        "resume", "resumes", "expose", "exposes", "rose", "roses", "pate", "pates", "lame", "sake", "mate", "mates",
        "pique", "cure", "cures", "ole", "pere", "peres", "pore", "sale", "saute",
    };

    // Words after a hyphenated compound that show it is not modifying a noun ("decision-making is ..."):
    // before a noun a compound takes its hyphen by rule ("decision-making process"), whatever the paper
    // does elsewhere, so such uses are compared only with the same phrase written open.
    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "than", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "it", "its", "this", "these", "those", "into", "onto", "upon", "over", "under", "also", "itself",
        "remains", "remained", "became", "becomes", "seems", "seemed", "alone", "too", "not", "so", "if", "when",
        "while", "where", "because", "after", "before", "among", "between", "through", "during", "without", "within",
        "can", "could", "may", "might", "must", "should", "would", "will", "shall", "did", "does", "do",
    };

    // What Use.Next holds for a compound before code or a link, and for an adjective whose noun is not beside it; no folded word is either.
    private const string Unread = "\uFFFC";
    private const string Adjective = "=";

    // Linking verbs after which a compound describes the subject.
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "seem", "seems", "seemed", "become", "becomes", "became",
        "remain", "remains", "remained", "appear", "appears", "appeared",
    };

    // Determiners that belong to the possessor of a possessive, not to the noun it possesses.
    private static readonly HashSet<string> PossessorDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "your", "his", "her", "its", "our", "their", "each", "every", "either", "neither", "one", "this", "that",
        "these", "those", "all", "both", "many", "several", "few", "some", "any", "no", "another", "other", "whose",
    };

    // The key of the folded words in an editor's server's memory (LintMemory.Owned), apart from any paragraph's text.
    private readonly object _foldsKey = new();

    // The keys of a paragraph's possessives and hyphenated words in that memory (the paragraph's words are under this rule).
    private readonly object _possessivesKey = new();
    private readonly object _compoundsKey = new();

    // The key of the paper's count of its words' forms in that memory (see Totals).
    private readonly object _totalsKey = new();

    public string Id => "Consistency.Variants";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "One word or name written two ways: with and without diacritics (Zizek/Žižek), hyphenated or not (e-mail/email), or a singular and a plural possessive in one phrase.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var scope = new CountingScope(context, ofWords: true);
        // Every word of a long paper is seen, but only the words written two ways are placed, in a second pass over the
        // paragraphs they stand in: the first notes each word's forms and the paragraphs it is in, so that memory
        // follows the paper's vocabulary and paragraphs, not its every word.
        var places = new Chains<Place>();
        var inBlocks = new Chains<int>();
        var seenWords = new Dictionary<Key, Seen>();
        var seenOpen = new Dictionary<Key, Seen>();
        var possessives = new Dictionary<Key, List<Use>>();
        var memory = context.Memory;
        var compounds = HyphenatedKeys(document, scope, memory);
        var compoundKeys = new CompoundKeys(compounds);
        // Without a server's count, the first pass notes the paragraphs of a word only where it may be written two ways.
        var marked = memory is null ? MarkedKeys(document, scope, compounds) : null;
        // An editor's server keeps the folded words from one version to the next, and each paragraph's words with them;
        // and the paper's count of every word's forms, to which only the paragraphs an edit changed are added again.
        var folds = memory is null ? new Folds() : (Folds)memory.Owned.Get((_foldsKey, ""), 0, static (_, _) => new Folds());
        var totals = memory is null ? null : TotalsIn(memory);
        totals?.Begin(compounds);
        var reading = new List<Counted>();
        int order = 0;
        var blocks = document.Blocks;
        // Each paragraph read, with its language and the number of its first word (in the server, with its counted words in `counted`).
        var read = new List<(int Block, string Language, int Order)>();
        var counted = new List<CountedParagraph>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (!scope.Reads(block))
            {
                continue;
            }

            // Forms are compared within one language: French 'différent' is no variant of English 'different'.
            string language = context.LanguageOf(block) ?? "";
            read.Add((b, language, order));
            if (totals is null)
            {
                var reader = new WordReader(block, scope, folds, reading);
                for (var batch = reader.Next(); !batch.IsEmpty; batch = reader.Next())
                {
                    AddWords(block, b, language, batch, places, inBlocks, seenWords, seenOpen, compounds, compoundKeys, marked!, ref order);
                }
            }
            else
            {
                var paragraph = totals.Of(KeptWords(block, scope, folds, memory!, reading), language);
                counted.Add(paragraph);
                AddPairs(block, b, paragraph, places, seenOpen, compounds, compoundKeys, order, totals.CompoundsVersion);
                order += paragraph.Numbers;
            }

            CollectPossessives(block, language, scope, memory, possessives, ref order);
        }

        if (totals is null)
        {
            PlaceTwoWayWords(read, blocks, scope, folds, reading, places, inBlocks, seenWords, seenOpen);
        }
        else
        {
            totals.Count();
            PlaceTwoWayWords(read, counted, totals, places, seenWords, seenOpen);
        }

        var words = new Dictionary<Key, List<Use>>();
        var open = new Dictionary<Key, List<Use>>();
        foreach (var (key, seen) in seenWords)
        {
            if (!seen.Compared)
            {
                continue;
            }

            words[key] = seen.Uses(places, blocks);
            if (seen.Joined)
            {
                open[key] = seenOpen[key].Uses(places, blocks);
            }
        }

        // An open form ("decision making") is a variant only of a compound the paper also hyphenates. Before a noun
        // the hyphen is the rule ("decision-making process"), so there the compound is compared only with the same
        // phrase written open ("decision making process"); elsewhere it is compared with every open use.
        var groups = new List<(Key Key, List<Use> Uses)>();
        foreach (var (key, group) in words)
        {
            if (!open.TryGetValue(key, out var uses) || !group.Any(u => u.Form.Contains('-', StringComparison.Ordinal)))
            {
                groups.Add((key, group));
                continue;
            }

            var phrases = group.Select(u => u.Next).Intersect(uses.Select(u => u.Next), StringComparer.Ordinal).OfType<string>().ToHashSet(StringComparer.Ordinal);
            groups.Add((key, [.. group.Concat(uses).Where(u => u.Next is not null && phrases.Contains(u.Next))]));
            groups.Add((key, [.. group.Where(u => u.Next is null), .. uses]));
        }

        var findings = new List<(int Order, Finding Finding)>();
        foreach (var (key, uses) in groups)
        {
            if (IsComparable(key.Word, uses) && !AccentsMakeWords(key.Word, key.Language, uses))
            {
                Report(document, context, uses, WordChoice(key.Word, context.Settings<ConsistencyOptions>()), findings);
            }
        }

        foreach (var uses in possessives.Values)
        {
            Report(document, context, uses, null, findings);
        }

        // An open use may lose in both comparisons of its compound; it is reported once.
        return findings.OrderBy(f => f.Order).DistinctBy(f => f.Order).Select(f => f.Finding).ToList();
    }

    /// <summary>How many paragraphs the last lint with <paramref name="memory"/> added to the paper's count, and how many the count holds (for tests and measurements).</summary>
    internal (int Added, int Held) ParagraphsCounted(Linting.LintMemory memory) => (TotalsIn(memory).Added, TotalsIn(memory).Held);

    /// <summary>What differs between the paper's count in <paramref name="memory"/> and a count made afresh of the paragraphs it holds; null when nothing does (for tests).</summary>
    internal string? CountDiffers(Linting.LintMemory memory) => TotalsIn(memory).Differs();

    private Totals TotalsIn(Linting.LintMemory memory) => (Totals)memory.Owned.Get((_totalsKey, ""), 0, static (_, _) => new Totals());

    /// <summary>
    /// The keys of the words a paper hyphenates (or more): an open pair of words is kept only when a compound with its
    /// key may be among them, so that not every pair of neighbouring words of the paper is kept.
    /// </summary>
    private HashSet<string> HyphenatedKeys(Document document, CountingScope scope, Linting.LintMemory? memory)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            if (block.Text.AsSpan().IndexOfAny(Hyphens) < 0 || !scope.Reads(block))
            {
                continue;
            }

            var ofText = memory is null ? HyphenatedKeys(block.Text) : (string[])memory.Owned.Get(_compoundsKey, block, 0, static (key, _) => HyphenatedKeys(key.Text));
            keys.UnionWith(ofText);
        }

        return keys;
    }

    /// <summary>The keys of a text's hyphenated words.</summary>
    private static string[] HyphenatedKeys(string text)
    {
        var keys = new List<string>();
        foreach (var m in WordScanner.All(text))
        {
            if (m.ValueSpan.IndexOfAny(Hyphens) >= 0)
            {
                keys.Add(TextFold.Key(m.Value));
            }
        }

        return [.. keys];
    }

    private static readonly System.Buffers.SearchValues<char> Hyphens = System.Buffers.SearchValues.Create("-\u2010\u2011");

    /// <summary>
    /// The keys of the words the paper writes with a hyphen (<paramref name="compounds"/>) or with a letter beyond ASCII:
    /// only such a key may be written two ways, as two forms of one key differ in a hyphen or a diacritic, so only its
    /// word's paragraphs need noting for the second pass. Most words of a paper are neither, and noting every word's
    /// paragraphs was the largest thing the rule held (about 5 MB on 5.7 MB of text).
    /// </summary>
    private static HashSet<string> MarkedKeys(Document document, CountingScope scope, HashSet<string> compounds)
    {
        var keys = new HashSet<string>(compounds, StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            if (!HasLetterBeyondAscii(block.Text) || !scope.Reads(block))
            {
                continue;
            }

            foreach (var m in WordScanner.All(block.Text))
            {
                if (!System.Text.Ascii.IsValid(m.ValueSpan))
                {
                    keys.Add(TextFold.Key(m.Value));
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// True when the text holds a letter or a combining mark beyond ASCII, of which a word's characters are made (curly
    /// quotation marks and dashes, which most paragraphs hold, are neither).
    /// </summary>
    private static bool HasLetterBeyondAscii(string text)
    {
        var rest = text.AsSpan();
        for (int at = rest.IndexOfAnyExceptInRange('\0', '\x7F'); at >= 0; at = rest.IndexOfAnyExceptInRange('\0', '\x7F'))
        {
            if (char.GetUnicodeCategory(rest[at]) <= System.Globalization.UnicodeCategory.EnclosingMark)
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    /// <summary>
    /// A paragraph's counted words, as an editor's server kept them from the last lint when the stretches left out of
    /// the paragraph and its addresses are still those they were read with; else read again and kept.
    /// </summary>
    private Counted[] KeptWords(Block block, CountingScope scope, Folds folds, Linting.LintMemory memory, List<Counted> reading)
    {
        var kept = (KeptParagraph)memory.Owned.Get(this, block, 0, static (_, _) => new KeptParagraph());
        var leftOut = scope.LeftOutOf(block);
        if (kept.Words is null || !kept.ReadWith(leftOut, block))
        {
            kept.Keep(leftOut, block, new WordReader(block, scope, folds, reading).All());
        }

        return kept.Words!;
    }

    /// <summary>
    /// The words of a paragraph that count, in order, folded, each with the noun a compound stands before and where the
    /// open pair it ends begins (a pair of lower-case words that may be a compound written open): what the paragraph's
    /// text and the stretches left out of it decide. Read a batch at a time (<see cref="Next"/>): a paragraph may be a
    /// whole text written on one line, and its words at once were 40 bytes each (a 10 MB line's took 220 MB).
    /// </summary>
    private struct WordReader(Block block, CountingScope scope, Folds folds, List<Counted> reading)
    {
        // Words a batch holds at most: all of them for All.
        private int _batch = 4_096;

        private readonly string _text = block.Text;
        private readonly HashSet<string>? _sites = AddressWords.SiteKeys(block);
        private Words.Enumerator _words = WordScanner.All(block.Text).GetEnumerator();
        private WordMatch? _previous;
        private WordMatch? _before;

        /// <summary>The paragraph's next words (none when it has no more), valid until the next call.</summary>
        public ReadOnlySpan<Counted> Next()
        {
            reading.Clear();
            while (reading.Count < _batch && _words.MoveNext())
            {
                var m = _words.Current;
                if (!scope.Counts(block, m.Index, m.Length))
                {
                    _previous = _before = null;
                    continue;
                }

                var folded = folds.Of(m.ValueSpan);
                if (_sites is not null && _sites.Contains(folded.Key))
                {
                    _previous = _before = null;
                    continue;
                }

                bool hyphenated = folded.Hyphenated;
                string? noun = hyphenated ? NounAfter(_text, m.Index + m.Length) ?? (IsPredicative(_text, _before, m) || InSeries(_text, _before, m) ? Adjective : null) : null;
                bool pair = _previous is { } first && !hyphenated && IsOpenPair(_text, first, m);
                reading.Add(pair
                    ? new Counted(folded, m.Index, m.Length, noun, _previous!.Value.Index, _previous!.Value.Length, IsOwnKey(_previous!.Value.ValueSpan, m.ValueSpan))
                    : new Counted(folded, m.Index, m.Length, noun, -1, 0, false));
                _previous = hyphenated ? null : m;
                _before = m;
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(reading);
        }

        /// <summary>
        /// Every word of the paragraph that counts, in one array (an editor's server keeps them): read in one batch, into
        /// the list every paragraph is read into, and copied once.
        /// </summary>
        public Counted[] All()
        {
            _batch = int.MaxValue;
            return Next().ToArray();
        }
    }

    /// <summary>
    /// Counts a paragraph's words, and the open pairs among them that the paper also writes as a compound: each word's
    /// form is noted, with the paragraph it stands in; <see cref="PlaceTwoWayWords"/> places the words written two ways
    /// once every paragraph is counted. An open pair is placed at once: only pairs the paper also hyphenates are kept.
    /// </summary>
    private static void AddWords(Block block, int blockIndex, string language, ReadOnlySpan<Counted> counted, Chains<Place> places, Chains<int> inBlocks, Dictionary<Key, Seen> words, Dictionary<Key, Seen> open, HashSet<string> compounds, CompoundKeys compoundKeys, HashSet<string> marked, ref int order)
    {
        string text = block.Text;
        foreach (var word in counted)
        {
            var seen = word.Folded.SeenIn(language, words);
            seen.Note(word.Folded.Form, word.Folded.Hyphenated);
            seen.MayVary ??= marked.Contains(word.Folded.Key);
            if (seen.MayVary == true)
            {
                seen.NoteBlock(inBlocks, blockIndex);
            }

            order++;
            if (word.PairStart < 0)
            {
                continue;
            }

            // Numbered all the same, so that findings keep the order of the text.
            AddPair(text, blockIndex, language, word, order++, places, open, compounds, compoundKeys);
        }
    }

    /// <summary>
    /// Places the open pairs of a paragraph's words that the paper also writes as a compound, numbered from
    /// <paramref name="order"/> (the number of the paragraph's first word) as <see cref="AddWords"/> numbers them: the
    /// words of the paragraph themselves are in the paper's count (<see cref="Totals"/>).
    /// </summary>
    private static void AddPairs(Block block, int blockIndex, CountedParagraph paragraph, Chains<Place> places, Dictionary<Key, Seen> open, HashSet<string> compounds, CompoundKeys compoundKeys, int order, int compoundsVersion)
    {
        // The pairs found the last time are kept while the paper hyphenates the same words.
        if (paragraph.Compounds is null || paragraph.CompoundsVersion != compoundsVersion)
        {
            var words = paragraph.Words;
            var pairs = paragraph.Pairs;
            var found = new List<FoundPair>();
            for (int k = 0; k < pairs.Length; k++)
            {
                int i = pairs[k];
                // The word's number is order + i + k (each pair before it took one more); its pair's is the next.
                if (PairIn(block.Text, words[i], compounds, compoundKeys) is { } pair)
                {
                    found.Add(pair with { Offset = i + k + 1 });
                }
            }

            paragraph.Compounds = [.. found];
            paragraph.CompoundsVersion = compoundsVersion;
        }

        foreach (var pair in paragraph.Compounds)
        {
            Add(places, open, new Key(paragraph.Language, pair.Key), pair.Form, new Place(blockIndex, pair.Start, pair.Length, order + pair.Offset, pair.Next));
        }
    }

    /// <summary>Places the open pair a word ends when the paper also writes it as a compound.</summary>
    private static void AddPair(string text, int blockIndex, string language, in Counted word, int at, Chains<Place> places, Dictionary<Key, Seen> open, HashSet<string> compounds, CompoundKeys compoundKeys)
    {
        if (PairIn(text, word, compounds, compoundKeys) is { } pair)
        {
            Add(places, open, new Key(language, pair.Key), pair.Form, new Place(blockIndex, pair.Start, pair.Length, at, pair.Next));
        }
    }

    /// <summary>The open pair a word ends, when the paper also writes it as a compound (its key is in <paramref name="compounds"/>).</summary>
    private static FoundPair? PairIn(string text, in Counted word, HashSet<string> compounds, CompoundKeys compoundKeys)
    {
        int end = word.Start + word.Length;
        int length = end - word.PairStart;
        if ((!word.PairIsOwnKey || compoundKeys.MayHold(text.AsSpan(word.PairStart, word.PairFirstLength), text.AsSpan(word.Start, word.Length))) && TextFold.Key(text.Substring(word.PairStart, length)) is var pairKey && compounds.Contains(pairKey))
        {
            return new FoundPair(pairKey, TextFold.Form(text.Substring(word.PairStart, length)), word.PairStart, length, NounAfter(text, end), 0);
        }

        return null;
    }

    /// <summary>An open pair the paper also writes as a compound: its key and form, where it stands, the noun after it, and its number after its paragraph's first word's.</summary>
    private readonly record struct FoundPair(string Key, string Form, int Start, int Length, string? Next, int Offset);

    /// <summary>
    /// The second pass: the places of the words written in two forms, or hyphenated and open both, numbered as the first
    /// pass numbered them (a word, then the open pair it ends). Only the paragraphs those words stand in are read again.
    /// </summary>
    private static void PlaceTwoWayWords(List<(int Block, string Language, int Order)> read, IReadOnlyList<Block> blocks, CountingScope scope, Folds folds, List<Counted> reading, Chains<Place> places, Chains<int> inBlocks, Dictionary<Key, Seen> words, Dictionary<Key, Seen> open)
    {
        bool[]? again = null;
        foreach (var (key, seen) in words)
        {
            seen.Joined = seen.Hyphenated && open.ContainsKey(key);
            // A word of one or two letters is never compared (see IsComparable): 'a' and 'à' are two words.
            seen.Compared = (seen.Forms > 1 || seen.Joined) && key.Word.Length >= MinComparedLength;
            if (seen.Compared)
            {
                // Two forms of a key differ in a hyphen or a diacritic: a word written two ways has its paragraphs noted.
                again ??= new bool[blocks.Count];
                seen.MarkBlocks(inBlocks, again);
            }
        }

        if (again is null)
        {
            return;
        }

        foreach (var (block, language, first) in read)
        {
            if (!again[block])
            {
                continue;
            }

            int order = first;
            var reader = new WordReader(blocks[block], scope, folds, reading);
            for (var batch = reader.Next(); !batch.IsEmpty; batch = reader.Next())
            {
                foreach (var word in batch)
                {
                    var seen = word.Folded.SeenIn(language, words);
                    if (seen.Compared)
                    {
                        seen.Place(places, new Place(block, word.Start, word.Length, order, word.Noun));
                    }

                    order += word.PairStart < 0 ? 1 : 2;
                }
            }
        }
    }

    /// <summary>
    /// The second pass in an editor's server: the words the paper's count (<see cref="Totals"/>) finds written in two
    /// forms, or hyphenated and open both, are placed as the second pass of a lint without it places them, in the
    /// paragraphs the count says they stand in; <paramref name="words"/> gets those words alone (a word's forms are
    /// the count's to know, so its <see cref="Seen"/> has no first form).
    /// </summary>
    private static void PlaceTwoWayWords(List<(int Block, string Language, int Order)> read, List<CountedParagraph> counted, Totals totals, Chains<Place> places, Dictionary<Key, Seen> words, Dictionary<Key, Seen> open)
    {
        // A word of one or two letters is never compared (see IsComparable): 'a' and 'à' are two words.
        foreach (var key in totals.TwoWay)
        {
            if (key.Word.Length >= MinComparedLength)
            {
                words[key] = new Seen("") { Compared = true };
            }
        }

        foreach (var key in open.Keys)
        {
            if (key.Word.Length >= MinComparedLength && totals.IsHyphenated(key))
            {
                if (!words.TryGetValue(key, out var seen))
                {
                    seen = words[key] = new Seen("") { Compared = true };
                }

                seen.Joined = true;
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        foreach (var key in words.Keys)
        {
            foreach (var paragraph in totals.ParagraphsOf(key))
            {
                paragraph.Again = true;
            }
        }

        for (int r = 0; r < read.Count; r++)
        {
            var paragraph = counted[r];
            if (!paragraph.Again)
            {
                continue;
            }

            var (block, language, order) = read[r];
            foreach (var word in paragraph.Words)
            {
                if (word.Folded.Find(language, words) is { } seen)
                {
                    seen.Place(places, new Place(block, word.Start, word.Length, order, word.Noun));
                }

                order += word.PairStart < 0 ? 1 : 2;
            }
        }

        foreach (var paragraph in counted)
        {
            paragraph.Again = false;
        }
    }

    private void CollectPossessives(Block block, string language, CountingScope scope, Linting.LintMemory? memory, Dictionary<Key, List<Use>> possessives, ref int order)
    {
        if (block.Text.AsSpan().IndexOfAny('\'', '’') < 0)
        {
            return;
        }

        var found = memory is null ? PossessivesIn(block.Text) : (Found[])memory.Owned.Get(_possessivesKey, block, 0, static (key, _) => PossessivesIn(key.Text));
        foreach (var possessive in found)
        {
            if (!scope.Counts(block, possessive.Index, possessive.Length))
            {
                continue;
            }

            string value = block.Text.Substring(possessive.Index, possessive.Length);
            Add(possessives, new Key(language, possessive.Key), new Use(block, possessive.Index, possessive.Length, value, possessive.Singular ? "'s" : "s'", order++, null, possessive.Possessive));
        }
    }

    /// <summary>The possessives of a text that classify their noun (no determiner of their own), in order.</summary>
    private static Found[] PossessivesIn(string text)
    {
        // The pattern needs an apostrophe, straight or curly; most paragraphs of a long text have none.
        if (text.AsSpan().IndexOfAny('\'', '\u2019') < 0)
        {
            return [];
        }

        var found = new List<Found>();
        foreach (Match m in Possessives().Matches(text))
        {
            string stem = m.Groups["stem"].Value;
            bool singular = m.Groups["s"].Length > 0;
            if (!singular)
            {
                // "workers'" is the plural possessive of "worker"; a bare apostrophe after another letter is not a possessive.
                if (stem.Length < 3 || char.ToLowerInvariant(stem[^1]) != 's')
                {
                    continue;
                }

                stem = stem[..^1];
            }

            if (stem.Length < 2 || HasOwnDeterminer(text, m.Index))
            {
                continue;
            }

            string next = m.Groups["next"].Value;
            found.Add(new Found(m.Index, m.Length, singular, TextFold.Key(stem) + "|" + TextFold.Key(next), new Possessive(stem, m.Groups["apostrophe"].Value[0], next)));
        }

        return [.. found];
    }

    /// <summary>A possessive as its text alone shows it: where it stands, its number, its key and its parts.</summary>
    private readonly record struct Found(int Index, int Length, bool Singular, string Key, Possessive Possessive);

    private static void Add(Chains<Place> places, Dictionary<Key, Seen> seen, Key key, string form, Place place)
    {
        if (!seen.TryGetValue(key, out var entry))
        {
            entry = seen[key] = new Seen(form);
        }

        entry.Add(places, form, place);
    }

    private static void Add(Dictionary<Key, List<Use>> groups, Key key, Use use)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = groups[key] = [];
        }

        list.Add(use);
    }

    /// <summary>
    /// True when two words of an open pair are their key written together: plain ASCII lower case, and not too long for
    /// the sieve. Nearly every pair of words in a paper is no compound written open, and its key would cost a string
    /// each: such a pair is looked up without one (<see cref="CompoundKeys.MayHold"/>); any other is left to the full fold.
    /// Decided once per paragraph's reading, which the server keeps.
    /// </summary>
    private static bool IsOwnKey(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        System.Text.Ascii.IsValid(a) && System.Text.Ascii.IsValid(b) && a.IndexOfAnyInRange('A', 'Z') < 0 && b.IndexOfAnyInRange('A', 'Z') < 0 && a.Length + b.Length <= CompoundKeys.LongestSifted;

    /// <summary>
    /// The keys of the compounds a paper writes, with a sieve before the set: one bit of 65,536 for each key, chosen by its
    /// length and its first two and last two letters. A pair of lower-case words is looked up (its two words copied and
    /// hashed) only when the bit of the two written together is set, which few pairs' is: a long paper hyphenates
    /// hundreds of words, and writes a hundred thousand pairs. A sieve of the first and the last letter for each length
    /// let nearly every pair through on such a paper.
    /// </summary>
    private sealed class CompoundKeys
    {
        /// <summary>The longest pair the sieve reads; a longer pair is left to the full fold.</summary>
        public const int LongestSifted = 256;

        private const int SieveBits = 16;

        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keys;
        private readonly ulong[] _sieve = new ulong[(1 << SieveBits) / 64];

        public CompoundKeys(HashSet<string> keys)
        {
            _keys = keys.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (string key in keys)
            {
                if (key.Length >= 2)
                {
                    int bit = Bit(key.Length, key[0], key[1], key[^2], key[^1]);
                    _sieve[bit >> 6] |= 1UL << bit;
                }
            }
        }

        /// <summary>False when no key is the words <paramref name="a"/> and <paramref name="b"/> written together (both ASCII lower case, not too long).</summary>
        public bool MayHold(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int length = a.Length + b.Length;
            char second = a.Length > 1 ? a[1] : b[0];
            char beforeLast = b.Length > 1 ? b[^2] : a[^1];
            int bit = Bit(length, a[0], second, beforeLast, b[^1]);
            if ((_sieve[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }

            Span<char> key = stackalloc char[length];
            a.CopyTo(key);
            b.CopyTo(key[a.Length..]);
            return _keys.Contains(key);
        }

        // The sieve's bit for a key of this length, first two and last two letters (a key of two letters is read twice).
        private static int Bit(int length, char first, char second, char beforeLast, char last)
        {
            uint hash = ((uint)length * 0x9E3779B1u) ^ (((uint)first << 16 | second) * 0x85EBCA6Bu) ^ (((uint)beforeLast << 16 | last) * 0xC2B2AE35u);
            return (int)((hash ^ (hash >> 15)) & ((1u << SieveBits) - 1));
        }
    }

    // Two lower-case words parted by one space only: a candidate open form of a compound.
    private static bool IsOpenPair(string text, WordMatch first, WordMatch second)
    {
        int gap = second.Index - (first.Index + first.Length);
        return gap == 1 && text[first.Index + first.Length] == ' ' && char.IsLower(text[first.Index]) && char.IsLower(text[second.Index]);
    }

    // The noun a compound stands before, folded: a lower-case word that is no function word, a capitalised one
    // ("nineteenth-century French lawyer", "THE EIDER-DOWN HUNTER"), or code or a link ("a plain-text `Makefile`",
    // whose words are not read). Null when no noun follows.
    private static string? NounAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return null;
        }

        if (text[end + 1] == Block.Placeholder)
        {
            return Unread;
        }

        return WordScanner.First(text, end + 1) is { } next && next.Index == end + 1 && (char.IsUpper(text[next.Index]) || !NotNouns.Contains(next.Value)) ? TextFold.Key(next.Value) : null;
    }

    // After a linking verb with no article, a compound is an adjective ("the plan is high-level"), as before a noun.
    private static bool IsPredicative(string text, WordMatch? previous, WordMatch compound) =>
        previous is { } word
        && Copulas.Contains(word.Value)
        && text.AsSpan(word.Index + word.Length, compound.Index - word.Index - word.Length).IsWhiteSpace();

    // Inside a series of compound modifiers, each is an adjective ("text-based, command-line, file-system-dependent
    // tools"); the first of two may also be a noun in apposition ("as plain-text, Markdown-formatted notes").
    private static bool InSeries(string text, WordMatch? previous, WordMatch compound)
    {
        int end = compound.Index + compound.Length;
        if (previous is not { } word || !word.Value.Any(TextFold.IsJoiner) || !text.AsSpan(word.Index + word.Length, compound.Index - word.Index - word.Length).SequenceEqual(", "))
        {
            return false;
        }

        return text.AsSpan(end).StartsWith(", ") && WordScanner.First(text, Math.Min(end + 2, text.Length)) is { } next && next.Index == end + 2 && next.Value.Any(TextFold.IsJoiner);
    }

    // "each member's", "my master's", "their masters'": the possessor has a determiner of its own, so the apostrophe
    // says how many possess; only a possessive that classifies its noun ("the workers' state") has a fixed form.
    private static bool HasOwnDeterminer(string text, int possessive)
    {
        int end = possessive;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && PossessorDeterminers.Contains(text[start..end]);
    }

    private static bool IsComparable(string key, List<Use> uses)
    {
        var forms = uses.Select(u => u.Form).Distinct(StringComparer.Ordinal).ToList();
        if (forms.Count < 2 || key.Length < MinComparedLength)
        {
            return false;
        }

        // "re-form" is not "reform", "re-cover" not "recover"; a co-op is not a coop.
        if (forms.Any(f => f.StartsWith("re-", StringComparison.Ordinal)) || key == "coop")
        {
            return false;
        }

        return !forms.Any(f => DistinctWithoutAccents.Contains(f));
    }

    /// <summary>
    /// In a language that marks words with accents (French, Spanish, German, Portuguese…), two lower-case forms that
    /// differ only by accents are two words as often as a slip (trouve/trouvé, como/cómo, wurde/würde), and which is
    /// which takes a dictionary: they are left alone. Names (always capitalised) are still compared, except in
    /// German, where every noun is capitalised. A short word and its accented twin are two words in so many languages
    /// (een/één, ou/où, mas/más, nos/nós) that they are left alone in any paper, an English one quoting them too;
    /// English loses little by it, as few of its loans are that short (née).
    /// </summary>
    private static bool AccentsMakeWords(string key, string language, List<Use> uses)
    {
        if (uses.Select(u => Diacritics.Remove(u.Form)).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return false;
        }

        if (key.Length <= 3 && !uses.All(u => char.IsUpper(u.Text[0])))
        {
            return true;
        }

        if (language is "" or "en")
        {
            return false;
        }

        // German writes every noun with a capital (Note/Nöte), so there a capital does not make a name.
        return language == "de" || !uses.All(u => char.IsUpper(u.Text[0]));
    }

    private static Choice? WordChoice(string key, ConsistencyOptions options)
    {
        foreach (string preferred in options.Prefer)
        {
            if (TextFold.Key(preferred) == key)
            {
                return new Choice(TextFold.Form(preferred), preferred, " (house style)");
            }
        }

        return options.Names.For(key) is { } name
            ? new Choice(TextFold.Form(name), name, ", the spelling of the name")
            : null;
    }

    private void Report(Document document, LintContext context, List<Use> uses, Choice? choice, List<(int, Finding)> findings)
    {
        var forms = uses.GroupBy(u => u.Form, StringComparer.Ordinal).OrderBy(g => g.Min(u => u.Order)).ToList();
        if (forms.Count < 2)
        {
            return;
        }

        // Each form's count and the way the paper writes it most are the same for every use reported: worked out once,
        // so a word used a thousand times costs a thousand steps, not a million.
        int[] counts = [.. forms.Select(f => f.Count())];
        Use[] typical = [.. forms.Select(MostWritten)];
        var formIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < forms.Count; i++)
        {
            formIndex[forms[i].Key] = i;
        }

        string winner = choice?.Form ?? forms[Tally.Majority(counts, [.. forms.Select(f => f.Min(u => u.Order))])].Key;
        int winnerIndex = formIndex.GetValueOrDefault(winner, -1);

        // A word the paper ever writes in lower case is no name: a capital is the start of a sentence.
        bool name = uses.All(u => char.IsUpper(u.Text[0]));
        foreach (var use in uses.Where(u => u.Form != winner))
        {
            // This form first, as written here; the others as the paper writes them most often.
            int mine = formIndex[use.Form];
            var listed = new List<(string, int)>(forms.Count) { (Display(use, use), counts[mine]) };
            for (int i = 0; i < forms.Count; i++)
            {
                if (i != mine)
                {
                    listed.Add((AsWord(Display(typical[i], use), name), counts[i]));
                }
            }

            string target = winnerIndex >= 0 ? AsWord(Display(typical[winnerIndex], use), name) : choice!.Text;
            string suggestion = Casing.LikeMatch(use.Text, target);
            string message = $"{Tally.AreUsed(listed)}; use '{suggestion}'{choice?.Reason ?? ""}";
            bool certain = choice is not null || Tally.Settles(winnerIndex >= 0 ? counts[winnerIndex] : 0, counts[mine]);
            findings.Add((use.Order, Finding.At(document, use.Block, use.Start, use.Length, Id, context.SeverityFor(this), message, [suggestion]) with { Fixable = certain }));
        }
    }

    private static string AsWord(string text, bool name) =>
        name || !char.IsUpper(text[0]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    // Lower case where the paper ever writes it so (a capital may be only the start of a sentence), then the most used.
    private static Use MostWritten(IEnumerable<Use> uses) =>
        uses.GroupBy(u => u.Text, StringComparer.Ordinal)
            .OrderBy(g => char.IsUpper(g.Key[0]) ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(u => u.Order))
            .First()
            .First();

    // A possessive is shown with the apostrophe of the place reported, as the apostrophe's shape is Consistency.QuoteMarks' concern.
    private static string Display(Use form, Use at) => form.Possessive is { } p && at.Possessive is { } here
        ? (form.Form == "'s" ? $"{p.Stem}{here.Apostrophe}s {p.Next}" : $"{p.Stem}s{here.Apostrophe} {p.Next}")
        : form.Text;

    private readonly record struct Key(string Language, string Word);

    /// <summary>
    /// The form and key of each word a document writes, folded once: a paper writes "the" thousands of times, and
    /// each time costs a lookup, not three new strings.
    /// </summary>
    private sealed class Folds
    {
        private readonly Dictionary<string, Folded> _byText = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Folded>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Folds()
        {
            _lookup = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Folded Of(ReadOnlySpan<char> word)
        {
            if (_lookup.TryGetValue(word, out var folded))
            {
                return folded;
            }

            string text = word.ToString();
            folded = new Folded(text, TextFold.Form(text), TextFold.Key(text));
            _byText[text] = folded;
            return folded;
        }
    }

    /// <summary>A word that counts: its folded forms, where it stands, the noun it stands before (a compound), and where the open pair it ends begins (-1 for none) with the length of the pair's first word, and whether the pair is its own key (<see cref="IsOwnKey"/>).</summary>
    private readonly record struct Counted(Folded Folded, int Start, int Length, string? Noun, int PairStart, int PairFirstLength, bool PairIsOwnKey);

    /// <summary>
    /// A paragraph's counted words as an editor's server keeps them, with what they were read with besides the text: the
    /// stretches left out of the paragraph and its addresses (which name sites whose names do not count).
    /// </summary>
    private sealed class KeptParagraph
    {
        private (int Start, int End)[] _leftOut = [];
        private InlineSpan[] _urls = [];

        public Counted[]? Words { get; private set; }

        public bool ReadWith(ReadOnlySpan<(int Start, int End)> leftOut, Block block)
        {
            if (!leftOut.SequenceEqual(_leftOut))
            {
                return false;
            }

            var spans = block.Spans;
            int k = 0;
            for (int i = 0; i < spans.Count; i++)
            {
                if (spans[i].Kind != SpanKind.Url)
                {
                    continue;
                }

                if (k == _urls.Length || _urls[k] != spans[i])
                {
                    return false;
                }

                k++;
            }

            return k == _urls.Length;
        }

        public void Keep(ReadOnlySpan<(int Start, int End)> leftOut, Block block, Counted[] words)
        {
            _leftOut = leftOut.ToArray();
            _urls = [.. block.Spans.Where(span => span.Kind == SpanKind.Url)];
            Words = words;
        }
    }

    /// <summary>
    /// A word as written, its form and key, and where its key's places are kept in the language it was last seen in, by
    /// the check that last asked: an editor's server keeps the folded words from one lint of a document to the next,
    /// and a check asks of them one after another, never two at once.
    /// </summary>
    private sealed class Folded(string text, string form, string key)
    {
        public string Key { get; } = key;

        private Dictionary<Key, Seen>? _words;
        private string? _language;
        private Seen? _seen;

        public string Text { get; } = text;

        public string Form { get; } = form;

        public bool Hyphenated { get; } = form.Contains('-', StringComparison.Ordinal);

        /// <summary>
        /// The places of this word's key in <paramref name="language"/>: looked up in <paramref name="words"/> when the
        /// language is not the one of the last time (a paper is mostly in one), and made on the first use of the key.
        /// </summary>
        public Seen SeenIn(string language, Dictionary<Key, Seen> words)
        {
            if (_seen is not null && ReferenceEquals(words, _words) && string.Equals(language, _language, StringComparison.Ordinal))
            {
                return _seen;
            }

            var wordKey = new Key(language, Key);
            if (!words.TryGetValue(wordKey, out var seen))
            {
                seen = words[wordKey] = new Seen(Form);
            }

            _words = words;
            _language = language;
            return _seen = seen;
        }

        /// <summary>The places of this word's key in <paramref name="language"/> when <paramref name="words"/> holds them, else null; looked up as <see cref="SeenIn"/> does.</summary>
        public Seen? Find(string language, Dictionary<Key, Seen> words)
        {
            if (ReferenceEquals(words, _words) && string.Equals(language, _language, StringComparison.Ordinal))
            {
                return _seen;
            }

            words.TryGetValue(new Key(language, Key), out var seen);
            _words = words;
            _language = language;
            return _seen = seen;
        }
    }

    /// <summary>
    /// The words of a paragraph as the paper's count in an editor's server takes them (one for every paragraph that writes the
    /// same counted words in the same language): each key and form once, the words that end an open pair,
    /// how many numbers the paragraph's words take, and the open pairs found in it while the paper hyphenated the same words.
    /// </summary>
    private sealed class CountedParagraph(Counted[] words, string language)
    {
        public Counted[] Words { get; } = words;

        public string Language { get; } = language;

        /// <summary>The places in <see cref="Words"/> of the words that end an open pair.</summary>
        public int[] Pairs { get; } = [.. Enumerable.Range(0, words.Length).Where(i => words[i].PairStart >= 0)];

        /// <summary>How many numbers the paragraph's words take: one a word, one more an open pair (see <see cref="AddWords"/>).</summary>
        public int Numbers => Words.Length + Pairs.Length;

        /// <summary>Each key and form of the paragraph's words once, and whether the form is hyphenated.</summary>
        public (string Key, string Form, bool Hyphenated)[] Forms { get; } =
            [.. words.Select(w => (w.Folded.Key, w.Folded.Form, w.Folded.Hyphenated)).Distinct()];

        /// <summary>The open pairs found in the paragraph that the paper writes as a compound, as of <see cref="CompoundsVersion"/>.</summary>
        public FoundPair[]? Compounds { get; set; }

        public int CompoundsVersion { get; set; }

        /// <summary>The last lint whose paper has the paragraph.</summary>
        public int Lint { get; set; }

        /// <summary>Whether the paragraph's words are in the count.</summary>
        public bool Counted { get; set; }

        /// <summary>Set while a lint places its words written two ways: the paragraph holds one.</summary>
        public bool Again { get; set; }
    }

    /// <summary>
    /// The paper's count of its words' forms in an editor's server, kept from one version to the next: a paragraph's
    /// words are added when it comes and taken away when it goes, so that a lint counts the words of the paragraphs an
    /// edit changed, not every word of the paper. It answers what the first pass of a lint without it finds (see
    /// <see cref="AddWords"/>): which words are written in two forms or more, which are hyphenated, and the paragraphs
    /// each stands in. A count that fails midway is begun again from nothing at the next lint.
    /// </summary>
    private sealed class Totals
    {
        private readonly Dictionary<(Counted[] Words, string Language), CountedParagraph> _paragraphs = [];
        private readonly Dictionary<Key, KeyTotal> _keys = [];
        private readonly HashSet<Key> _twoWay = [];
        private HashSet<string> _compounds = new(StringComparer.Ordinal);
        private int _lint;
        private bool _counting;

        /// <summary>Changes when the words the paper hyphenates change: the open pairs a paragraph held are then sought again.</summary>
        public int CompoundsVersion { get; private set; }

        /// <summary>The keys written in two forms or more.</summary>
        public IReadOnlyCollection<Key> TwoWay => _twoWay;

        /// <summary>The paragraphs the last count added (for tests and measurements).</summary>
        public int Added { get; private set; }

        /// <summary>How many paragraphs' words the count holds (each paragraph of the last version counted once).</summary>
        public int Held => _paragraphs.Count;

        /// <summary>Begins a lint of a paper that hyphenates the words of <paramref name="compounds"/>.</summary>
        public void Begin(HashSet<string> compounds)
        {
            _lint++;
            if (_counting)
            {
                _paragraphs.Clear();
                _keys.Clear();
                _twoWay.Clear();
                _counting = false;
                CompoundsVersion++;
            }

            if (!compounds.SetEquals(_compounds))
            {
                _compounds = compounds;
                CompoundsVersion++;
            }
        }

        /// <summary>The counted words of a paragraph in a language, kept while a paragraph of the paper has them.</summary>
        public CountedParagraph Of(Counted[] words, string language)
        {
            ref var paragraph = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_paragraphs, (words, language), out _);
            paragraph ??= new CountedParagraph(words, language);
            paragraph.Lint = _lint;
            return paragraph;
        }

        /// <summary>Counts the paragraphs of this lint's paper: those new to the count are added, those gone are taken away.</summary>
        public void Count()
        {
            _counting = true;
            Added = 0;
            List<(Counted[], string)>? gone = null;
            foreach (var (words, paragraph) in _paragraphs)
            {
                if (paragraph.Lint != _lint)
                {
                    if (paragraph.Counted)
                    {
                        Change(paragraph, -1);
                    }

                    (gone ??= []).Add(words);
                }
                else if (!paragraph.Counted)
                {
                    Change(paragraph, +1);
                    Added++;
                }
            }

            foreach (var words in gone ?? [])
            {
                _paragraphs.Remove(words);
            }

            _counting = false;
        }

        public bool IsHyphenated(Key key) => _keys.TryGetValue(key, out var total) && total.HyphenatedForms > 0;

        public IEnumerable<CountedParagraph> ParagraphsOf(Key key) => _keys[key].Paragraphs;

        /// <summary>What differs between this count and one made afresh of the paragraphs it holds; null when nothing does.</summary>
        public string? Differs()
        {
            var fresh = new Totals();
            foreach (var paragraph in _paragraphs.Values.Where(paragraph => paragraph.Counted))
            {
                fresh.Change(paragraph, +1);
            }

            foreach (var (key, total) in _keys)
            {
                if (!fresh._keys.TryGetValue(key, out var other) || total.Forms != other.Forms || total.HyphenatedForms != other.HyphenatedForms
                    || !total.Paragraphs.ToHashSet().SetEquals(other.Paragraphs) || total.Paragraphs.Count() != other.Paragraphs.Count()
                    || !total.FormCounts.Order().SequenceEqual(other.FormCounts.Order()))
                {
                    return $"the count of '{key.Word}' ({key.Language}) differs";
                }
            }

            return _keys.Count != fresh._keys.Count ? "the count lacks words"
                : !_twoWay.SetEquals(fresh._twoWay) ? "the words written two ways differ"
                : null;
        }

        private void Change(CountedParagraph paragraph, int by)
        {
            paragraph.Counted = by > 0;
            foreach (var (word, form, hyphenated) in paragraph.Forms)
            {
                var key = new Key(paragraph.Language, word);
                ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_keys, key, out _);
                total ??= new KeyTotal();
                if (by > 0)
                {
                    total.Add(paragraph);
                }
                else
                {
                    total.Remove(paragraph);
                }

                // A form the count gains or loses.
                if (total.ChangeForm(form, by) == (by > 0 ? 1 : 0))
                {
                    total.Forms += by;
                    total.HyphenatedForms += hyphenated ? by : 0;
                    if (total.Forms >= 2)
                    {
                        _twoWay.Add(key);
                    }
                    else
                    {
                        _twoWay.Remove(key);
                    }
                }

                if (total.Forms == 0)
                {
                    _keys.Remove(key);
                }
            }
        }

        /// <summary>
        /// What the count holds of one key: its forms with how many paragraphs write each, and the paragraphs. Most words
        /// of a paper are written in one form, and many in one paragraph: those are held in fields, the rest in a list and a set.
        /// </summary>
        private sealed class KeyTotal
        {
            private string? _form;
            private int _formCount;
            private List<(string Form, int Count)>? _otherForms;
            private CountedParagraph? _paragraph;
            private HashSet<CountedParagraph>? _otherParagraphs;

            public int Forms { get; set; }

            public int HyphenatedForms { get; set; }

            public IEnumerable<CountedParagraph> Paragraphs =>
                _paragraph is null ? _otherParagraphs ?? [] : _otherParagraphs is null ? [_paragraph] : _otherParagraphs.Prepend(_paragraph);

            public IEnumerable<(string Form, int Count)> FormCounts =>
                (_form is null ? [] : new[] { (_form, _formCount) }).Concat(_otherForms ?? []);

            /// <summary>Adds a paragraph that writes the key (a paragraph that writes it in two forms is added twice, and held once).</summary>
            public void Add(CountedParagraph paragraph)
            {
                if (ReferenceEquals(_paragraph, paragraph) || _otherParagraphs?.Contains(paragraph) == true)
                {
                    return;
                }

                if (_paragraph is null)
                {
                    _paragraph = paragraph;
                }
                else
                {
                    (_otherParagraphs ??= new(ReferenceEqualityComparer.Instance)).Add(paragraph);
                }
            }

            public void Remove(CountedParagraph paragraph)
            {
                if (ReferenceEquals(_paragraph, paragraph))
                {
                    _paragraph = null;
                }
                else
                {
                    _otherParagraphs?.Remove(paragraph);
                }
            }

            /// <summary>Changes how many paragraphs write the key in <paramref name="form"/>, and gives the new number.</summary>
            public int ChangeForm(string form, int by)
            {
                if (string.Equals(_form, form, StringComparison.Ordinal))
                {
                    _formCount += by;
                    if (_formCount == 0)
                    {
                        _form = null;
                    }

                    return _formCount;
                }

                var others = _otherForms ?? [];
                for (int i = 0; i < others.Count; i++)
                {
                    if (string.Equals(others[i].Form, form, StringComparison.Ordinal))
                    {
                        int count = others[i].Count + by;
                        if (count == 0)
                        {
                            others.RemoveAt(i);
                        }
                        else
                        {
                            others[i] = (form, count);
                        }

                        return count;
                    }
                }

                if (_form is null)
                {
                    (_form, _formCount) = (form, by);
                }
                else
                {
                    (_otherForms ??= []).Add((form, by));
                }

                return by;
            }
        }
    }

    /// <summary>Where a word or open pair stands; its text and form are read again from the block when it is kept as a use.</summary>
    private readonly record struct Place(int Block, int Start, int Length, int Order, string? Next);

    /// <summary>The places of one key, and whether it is written in more than one form or with a hyphen.</summary>
    private sealed class Seen(string firstForm)
    {
        // This word's places in the arena, first to last: each place names the next.
        private int _first = -1;
        private int _last = -1;

        public int Forms { get; private set; } = 1;

        public bool Hyphenated { get; private set; }

        // The paragraphs this word stands in, first to last, in the chains; and the last of them.
        private int _firstBlock = -1;
        private int _lastLink = -1;
        private int _lastBlock = -1;

        /// <summary>Set once every paragraph is counted: hyphenated, and also written open (see <see cref="PlaceTwoWayWords"/>).</summary>
        public bool Joined { get; set; }

        /// <summary>Whether the paper writes this word's key with a hyphen or a letter beyond ASCII (see <see cref="MarkedKeys"/>): set at its first use.</summary>
        public bool? MayVary { get; set; }

        /// <summary>Set once every paragraph is counted: written two ways (two forms, or joined), and long enough to compare; only such a word is placed.</summary>
        public bool Compared { get; set; }

        /// <summary>Notes that the word stands in the paragraph <paramref name="block"/>; paragraphs come in order.</summary>
        public void NoteBlock(Chains<int> chains, int block)
        {
            if (block == _lastBlock)
            {
                return;
            }

            chains.Append(ref _firstBlock, ref _lastLink, block);
            _lastBlock = block;
        }

        /// <summary>Marks the paragraphs the word stands in.</summary>
        public void MarkBlocks(Chains<int> chains, bool[] marks)
        {
            for (int link = _firstBlock; link >= 0; link = chains.Next(link))
            {
                marks[chains[link]] = true;
            }
        }

        public void Add(Chains<Place> places, string form, Place place)
        {
            Note(form, form.Contains('-', StringComparison.Ordinal));
            Place(places, place);
        }

        /// <summary>Notes a use's form, without its place.</summary>
        public void Note(string form, bool hyphenated)
        {
            if (Forms == 1 && !string.Equals(form, firstForm, StringComparison.Ordinal))
            {
                Forms = 2;
            }

            Hyphenated |= hyphenated;
        }

        /// <summary>Keeps a use's place, after the places kept before it.</summary>
        public void Place(Chains<Place> places, Place place)
        {
            places.Append(ref _first, ref _last, place);
        }

        public List<Use> Uses(Chains<Place> places, IReadOnlyList<Block> blocks)
        {
            var uses = new List<Use>();
            for (int at = _first; at >= 0; at = places.Next(at))
            {
                var p = places[at];
                string text = blocks[p.Block].Text.Substring(p.Start, p.Length);
                uses.Add(new Use(blocks[p.Block], p.Start, p.Length, text, TextFold.Form(text), p.Order, p.Next));
            }

            return uses;
        }
    }

    /// <summary>
    /// Values of many chains in one store, each chain linked from its first value to its last: every word's places, and
    /// every word's paragraphs. A paper has tens of thousands of words, and a list of its own for each grew and was
    /// copied, word by word, a garbage of its own. The store grows a chunk at a time, never copied, each chunk small
    /// enough to stay out of the large-object heap.
    /// </summary>
    private sealed class Chains<T>
        where T : struct
    {
        private const int ChunkBits = 11;
        private const int ChunkSize = 1 << ChunkBits;
        private const int InChunk = ChunkSize - 1;

        private readonly List<T[]> _values = [];
        private readonly List<int[]> _next = [];
        private int _count;

        public T this[int at] => _values[at >> ChunkBits][at & InChunk];

        public int Next(int at) => _next[at >> ChunkBits][at & InChunk];

        /// <summary>Adds a value at the end of the chain whose first and last places are given (-1 for an empty chain).</summary>
        public void Append(ref int first, ref int last, T value)
        {
            if ((_count & InChunk) == 0)
            {
                _values.Add(new T[ChunkSize]);
                _next.Add(new int[ChunkSize]);
            }

            _values[^1][_count & InChunk] = value;
            _next[^1][_count & InChunk] = -1;
            if (last < 0)
            {
                first = _count;
            }
            else
            {
                _next[last >> ChunkBits][last & InChunk] = _count;
            }

            last = _count++;
        }
    }

    private sealed record Possessive(string Stem, char Apostrophe, string Next);

    /// <param name="Next">The noun a compound modifies (folded), <see cref="Unread"/> or <see cref="Adjective"/>; null when it modifies nothing.</param>
    private sealed record Use(Block Block, int Start, int Length, string Text, string Form, int Order, string? Next, Possessive? Possessive = null);

    private sealed record Choice(string Form, string Text, string Reason);
}
