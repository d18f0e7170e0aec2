using System.Collections.Concurrent;
using PaperLint.Core.Model;

namespace PaperLint.Core.Linting;

/// <summary>
/// What the lint of one version of a document keeps for the lint of its next version, in an editor's server: the
/// answers to questions about a paragraph that its text alone decides, whatever the rest of the document says: its
/// stretches in quotation marks, its language score, the matches of the pack rules' patterns and exceptions in it, whether it reads as
/// a reference entry and the entries it holds, the citations in it, its words as a rule reads them; the forms of each
/// reference entry's title and the index of the list's titles; and the trees of a long Markdown document's sections. A writer changes a paragraph or two between two lints; the other paragraphs'
/// answers come from here. What a lint did not ask
/// about is let go when the next one ends, so the memory holds about one version's paragraphs. It serves one plan: the
/// patterns are the plan's, and a new configuration starts with a new memory.
/// </summary>
/// <remarks>
/// A fact of the document as a whole (the references list, the quotations, the citations) is never kept: only what a
/// function of the paragraph's own text gives, or of its text and what else is kept with the answer and checked before
/// it is used again (a reference entry's neighbours, a rule's stretches left out, the titles an index was made of), so that a lint with a memory
/// reports what a lint without one does (LintMemoryTests holds the two to the same findings over a writer's edits).
/// </remarks>
internal sealed class LintMemory(LintPlan plan)
{
    /// <summary>The plan whose lints this memory serves.</summary>
    public LintPlan Plan { get; } = plan;

    /// <summary>The stretches in quotation marks of a paragraph's text.</summary>
    public Memo<ParagraphText, IReadOnlyList<InlineQuotation>> Marks { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>The language score of a paragraph's own words (outside its quotation marks).</summary>
    public Memo<ParagraphText, Prose.LanguageScore> LanguageScores { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>
    /// The matches of every pattern set of the plan's pack rules in a paragraph's text, by set (<see cref="PatternSlots"/>);
    /// a set's slot is filled when a rule first asks for it. One entry per text, so that a paragraph's text is looked up
    /// once per lint, however many sets there are.
    /// </summary>
    public Memo<ParagraphText, Packs.PatternMatch[]?[]> Matches { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>The place of each pattern set of the plan's pack rules in an entry of <see cref="Matches"/>.</summary>
    public IReadOnlyDictionary<Packs.PatternSet, int> PatternSlots => Volatile.Read(ref _patternSlots) ?? LazyInitializer.EnsureInitialized(ref _patternSlots, () =>
    {
        var slots = new Dictionary<Packs.PatternSet, int>(ReferenceEqualityComparer.Instance);
        foreach (var set in Plan.Rules.Select(r => r.Rule).OfType<Packs.PackRule>().SelectMany(r => r.PatternSets))
        {
            slots.TryAdd(set, slots.Count);
        }

        return slots;
    });

    private Dictionary<Packs.PatternSet, int>? _patternSlots;

    /// <summary>Whether a paragraph's text reads as a reference entry (<c>CitedText</c>).</summary>
    public Memo<ParagraphText, bool> Entries { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>
    /// The reference entries a paragraph's text holds, each kept with what else they were read with (the paragraph's spans
    /// and lines, and what the list gives it before: the authors of the entry before, the next number): read again when
    /// any of it differs.
    /// </summary>
    public Memo<ParagraphText, Citations.ReferenceList.KeptEntries> ReferenceEntries { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>The citations the parser reads in a paragraph's text, kept with its spans (italics mark titles): read again when they differ.</summary>
    public Memo<ParagraphText, Citations.DocumentAnalysis.KeptCitations> Citations { get; } = new(EqualityComparer<ParagraphText>.Default);

    /// <summary>The forms of a reference entry's title a paper may name it by (<see cref="Citations.TitleText.Candidates"/>), by its title and plain title.</summary>
    public Memo<(string? Title, string? PlainTitle), string[]> TitleForms { get; } = new(EqualityComparer<(string?, string?)>.Default);

    /// <summary>The index of the title forms of the last references list, made again only when the list's titles change.</summary>
    public KeptTitleIndex TitleIndex { get; } = new();

    /// <summary>What one rule (the owner) finds in a paragraph's text alone, such as its words as the rule reads them.</summary>
    public OwnedMemo Owned { get; } = new();

    /// <summary>
    /// Markdig's tree of each section of a long Markdown document, by the text it was parsed from (the section's and its
    /// stand-ins, <see cref="Readers.Markdown.MarkdownSections"/>): an edit changes one section, and the others are not
    /// parsed again. The reader only reads a tree, so one tree serves every version that holds its section.
    /// </summary>
    public Memo<string, Markdig.Syntax.MarkdownDocument> Trees { get; } = new(StringComparer.Ordinal);

    /// <summary>Ends a lint: what it did not ask about is let go when the next one ends.</summary>
    public void Turn()
    {
        Owned.Turn();
        Marks.Turn();
        LanguageScores.Turn();
        Matches.Turn();
        Entries.Turn();
        ReferenceEntries.Turn();
        Citations.Turn();
        TitleForms.Turn();
        Trees.Turn();
    }

    /// <summary>
    /// The title index (<see cref="Citations.TitleIndex"/>) of the last references list, with the title forms it was made
    /// of: a list whose entries have the same forms, in the same order, gets it again. The forms of a title are kept by
    /// <see cref="TitleForms"/>, so an unchanged title gives the same array from one lint to the next, and the check is
    /// one comparison of references per entry. A writer who edits the text leaves the list's titles as they were; the
    /// index of a long list is made from thousands of titles and every run of words that ends one.
    /// </summary>
    internal sealed class KeptTitleIndex
    {
        private Kept? _kept;

        /// <summary>How many times the index was made (for tests).</summary>
        public int Made { get; private set; }

        public Citations.TitleIndex Of(string[][] forms)
        {
            if (Volatile.Read(ref _kept) is { } kept && kept.Forms.Length == forms.Length && SameForms(kept.Forms, forms))
            {
                return kept.Index;
            }

            var index = new Citations.TitleIndex(forms);
            Made++;
            Volatile.Write(ref _kept, new Kept(forms, index));
            return index;
        }

        private static bool SameForms(string[][] kept, string[][] forms)
        {
            for (int i = 0; i < forms.Length; i++)
            {
                if (!ReferenceEquals(kept[i], forms[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private sealed record Kept(string[][] Forms, Citations.TitleIndex Index);
    }

    /// <summary>
    /// Answers kept from one lint to the next: those of the lint before, and those of this one. Asked from the rules'
    /// threads at once; turned between two lints, never during one.
    /// </summary>
    /// <remarks>
    /// One dictionary, each answer marked with the last lint that asked for it: a paragraph's text is hashed once when its
    /// answer is found, where a dictionary of this lint's answers beside one of the last lint's hashed it three times (a
    /// look in each, then an add), and the dictionary of this lint's answers grew afresh at every lint, hashing its texts
    /// again. The texts are a long document's paragraphs, asked about by a dozen memos at every edit. What was let go is
    /// taken out every few lints: until then it holds the texts a writer replaced since.
    /// </remarks>
    internal sealed class Memo<TKey, TValue>(IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        // How many lints go by between two sweeps of the answers let go: a sweep reads every answer, which on a long
        // document costs a few milliseconds, while the writer waits for the lint that ends.
        private const int SweepEvery = 8;

        private readonly ConcurrentDictionary<TKey, Entry> _entries = new(comparer);

        // The lint now asking (turned at the end of each).
        private int _turn;

        /// <summary>How many answers were taken from the lint before (for tests and measurements).</summary>
        public int Recalled => _recalled;

        private int _recalled;

        /// <summary>How many answers are held, those let go and not yet swept included (for tests).</summary>
        public int Count => _entries.Count;

        /// <summary>The answer for <paramref name="key"/>: kept, or computed by <paramref name="compute"/> and kept.</summary>
        public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
        {
            int turn = _turn;
            if (_entries.TryGetValue(key, out var entry))
            {
                int asked = Volatile.Read(ref entry.Turn);
                if (asked == turn)
                {
                    return entry.Value;
                }

                if (asked == turn - 1)
                {
                    if (Interlocked.CompareExchange(ref entry.Turn, turn, asked) == asked)
                    {
                        Interlocked.Increment(ref _recalled);
                    }

                    return entry.Value;
                }

                // Asked before the lint before: let go, though not swept yet.
            }

            var fresh = new Entry(compute(key, state), turn);
            return _entries.AddOrUpdate(key, fresh, (_, kept) => kept.Turn == turn ? kept : fresh).Value;
        }

        /// <summary>
        /// Ends a lint: the answers it did not ask for (the lint before's alone) are let go, answered afresh when asked
        /// again, and taken out of the memory at the next sweep.
        /// </summary>
        public void Turn()
        {
            _turn++;
            if (_turn % SweepEvery == 0)
            {
                foreach (var pair in _entries)
                {
                    if (pair.Value.Turn < _turn - 1)
                    {
                        _entries.TryRemove(pair);
                    }
                }
            }
        }

        private sealed class Entry(TValue value, int turn)
        {
            public readonly TValue Value = value;
            public int Turn = turn;
        }
    }

    /// <summary>
    /// The answers of each owner (a rule, or a key of its own), by paragraph text: a memo of strings per owner. A string
    /// key is hashed with the dictionary's fast ordinal hash; a key of an owner and a text was hashed with the randomised
    /// one, which cost the server's lints a few per cent of their time on a long document.
    /// </summary>
    internal sealed class OwnedMemo
    {
        private readonly ConcurrentDictionary<object, Memo<ParagraphText, object>> _byOwner = new(ReferenceEqualityComparer.Instance);

        /// <summary>How many answers were taken from the lint before, of every owner (for tests and measurements).</summary>
        public int Recalled => _byOwner.Values.Sum(memo => memo.Recalled);

        /// <summary>The owner's answer for the text: kept, or computed by <paramref name="compute"/> and kept.</summary>
        public object Get<TState>((object Owner, string Text) key, TState state, Func<(object Owner, string Text), TState, object> compute) =>
            Get(key.Owner, ParagraphText.Of(key.Text), state, compute);

        /// <summary>The owner's answer for the block's text: kept, or computed by <paramref name="compute"/> and kept.</summary>
        public object Get<TState>(object owner, Block block, TState state, Func<(object Owner, string Text), TState, object> compute) =>
            Get(owner, block.TextKey, state, compute);

        private object Get<TState>(object owner, ParagraphText text, TState state, Func<(object Owner, string Text), TState, object> compute) =>
            _byOwner.GetOrAdd(owner, static _ => new Memo<ParagraphText, object>(EqualityComparer<ParagraphText>.Default))
                .Get(text, (Owner: owner, State: state, Compute: compute), static (key, asked) => asked.Compute((asked.Owner, key.Text), asked.State));

        public void Turn()
        {
            foreach (var memo in _byOwner.Values)
            {
                memo.Turn();
            }
        }
    }
}
