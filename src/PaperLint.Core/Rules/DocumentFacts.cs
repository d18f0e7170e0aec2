using System.Collections.Concurrent;
using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Rules;

/// <summary>
/// What the rules share about one document under one set of settings, each fact computed on first use and at
/// most once, whichever rule asks first and on whichever thread. No cache outlives the lint of the document and
/// no lock is shared between documents: each fact has its own. The one exception is the <see cref="Linting.LintMemory"/>
/// an editor's server passes in, which holds only what a paragraph's text alone decides, never a fact of the document.
/// </summary>
internal sealed class DocumentFacts
{
    private readonly Lazy<ReferenceList?> _references;
    private readonly Lazy<IReadOnlyDictionary<Block, IReadOnlyList<Citation>>> _citations;
    private readonly Lazy<QuotationIndex> _quotations;
    // Let go once no rule left to run may ask for it (LetGoOfAttribution), and made again if one asks after all.
    private Lazy<DocumentAnalysis> _attribution;
    private readonly Func<DocumentAnalysis> _analyse;
    private readonly Lazy<NumericCitations> _numeric;
    private readonly Lazy<NoteIndex> _notes;
    private readonly Lazy<DocumentLanguages> _languages;
    private readonly Lazy<IReadOnlyList<InlineQuotation>[]> _marks;
    private readonly Lazy<Bibliographies.CitationKeys> _keys;
    // The sentences of each block, by its place in the document.
    private IReadOnlyList<(int Start, int End)>?[]? _sentences;
    private readonly Packs.Terms.TermIndex? _terms;
    private readonly ConcurrentDictionary<string, Lazy<object>> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<Packs.Terms.TermIndex, Packs.Terms.TermScan> _scans = new(ReferenceEqualityComparer.Instance);

    private readonly Linting.LintMemory? _memory;

    /// <param name="memory">What the lint of the document's last version kept (an editor's server), for the answers a paragraph's text alone decides.</param>
    public DocumentFacts(Document document, LintSettings settings, Packs.Terms.TermIndex? terms, Linting.LintMemory? memory = null)
    {
        Document = document;
        Settings = settings;
        _terms = terms;
        _memory = memory;
        var attribution = settings.Get<AttributionOptions>();
        var quotations = settings.Get<QuotationSettings>();
        // ExecutionAndPublication: a fact is computed once even when two threads ask at the same time.
        const LazyThreadSafetyMode Once = LazyThreadSafetyMode.ExecutionAndPublication;
        _references = new(() => ReferenceList.Find(document, attribution.ReferenceHeadings, _memory), Once);
        _citations = new(() => DocumentAnalysis.FindCitations(document, References, _memory), Once);
        // The stretches in quotation marks of every block: the quotations are made of them, and the language guesses leave them out.
        _marks = new(() => [.. document.Blocks.Select(b => _memory is null ? InlineQuotations.Find(b.Text) : _memory.Marks.Get(b.TextKey, 0, static (key, _) => InlineQuotations.Find(key.Text)))], Once);
        _quotations = new(() => QuotationFinder.Find(document, References, _citations.Value, quotations.MinWords, _marks.Value), Once);
        _numeric = new(() => NumericCitations.Find(document, References), Once);
        _analyse = () => new DocumentAnalysis(document, attribution, References, _citations.Value, Quotations, _numeric.Value);
        _attribution = new(_analyse, Once);
        _notes = new(() => new NoteIndex(document, settings.Get<FootnoteOptions>(), _numeric.Value), Once);
        _languages = new(() => new DocumentLanguages(document, settings.Get<LanguageSettings>().Language, LanguageScores()), Once);
        _keys = new(() => new Bibliographies.CitationKeys(document, Bibliographies.BibliographyLoader.Load(document, attribution)), Once);
    }

    public Document Document { get; }

    /// <summary>What the lint of the document's last version kept, or null.</summary>
    public Linting.LintMemory? Memory => _memory;

    public LintSettings Settings { get; }

    public ReferenceList? References => _references.Value;

    public QuotationIndex Quotations => _quotations.Value;

    public DocumentAnalysis Attribution => Volatile.Read(ref _attribution).Value;

    /// <summary>
    /// Lets the attribution analysis go: the lint calls it once every rule that may ask for it has run (<see
    /// cref="Linting.FactUse"/>), so that the rules still to run have its room (on a long paper the largest of the facts,
    /// about half a byte a byte of text). A rule that asks after all has it made again.
    /// </summary>
    public void LetGoOfAttribution() => Volatile.Write(ref _attribution, new Lazy<DocumentAnalysis>(_analyse, LazyThreadSafetyMode.ExecutionAndPublication));

    public NoteIndex Notes => _notes.Value;

    public DocumentLanguages Languages => _languages.Value;

    /// <summary>The pandoc citation keys against the bibliography, read on first use.</summary>
    public Bibliographies.CitationKeys Keys => _keys.Value;

    /// <summary>
    /// The terms of <paramref name="set"/> in block number <paramref name="block"/>: from the run's one pass over the
    /// document when the run indexed the set with the others, else from a pass of the set's own. With a memory (an
    /// editor's server) the pattern sets' matches are kept by paragraph text (<see cref="KeptMatches"/>), and only a
    /// paragraph whose matches are not kept asks for its terms: the run's index then reads that paragraph alone, once
    /// per lint, not the whole document.
    /// </summary>
    public ReadOnlySpan<Packs.Terms.TermHit> TermHits(Packs.PatternSet set, int block)
    {
        var index = _terms;
        int owner = index?.OwnerOf(set) ?? -1;
        if (owner >= 0 && _memory is not null)
        {
            // Read before the initializer, whose delegate would be made at every call.
            var byBlock = Volatile.Read(ref _blockTerms) ?? LazyInitializer.EnsureInitialized(ref _blockTerms, () => new Packs.Terms.TermHit[]?[]?[Document.Blocks.Count]);
            return (byBlock[block] ??= index!.ScanAll(Document.Blocks[block].Text))[owner];
        }

        if (owner < 0)
        {
            index = set.OwnIndex;
            owner = 0;
        }

        Packs.Terms.TermScan? scan;
        lock (_scans)
        {
            if (!_scans.TryGetValue(index!, out scan))
            {
                scan = index!.Scan(Document);
                _scans[index!] = scan;
            }
        }

        return scan.Of(owner, block);
    }

    private Packs.Terms.TermHit[]?[]?[]? _blockTerms;

    /// <summary>
    /// With a memory (an editor's server), the kept matches of the plan's pattern sets in block number
    /// <paramref name="block"/>, by set, and the place of <paramref name="set"/> among them; null without a memory or for
    /// a set that is not the plan's. A block's text is looked up in the memory once per lint.
    /// </summary>
    public Packs.PatternMatch[]?[]? KeptMatches(Packs.PatternSet set, int block, out int slot)
    {
        var slots = _memory?.PatternSlots;
        if (slots is null || !slots.TryGetValue(set, out slot))
        {
            slot = -1;
            return null;
        }

        var byBlock = Volatile.Read(ref _keptMatches) ?? LazyInitializer.EnsureInitialized(ref _keptMatches, () => new Packs.PatternMatch[]?[]?[Document.Blocks.Count]);
        // Two threads may both look it up: the memory gives both the same entry.
        return byBlock[block] ??= _memory!.Matches.Get(Document.Blocks[block].TextKey, slots.Count, static (_, sets) => new Packs.PatternMatch[]?[sets]);
    }

    private Packs.PatternMatch[]?[]?[]? _keptMatches;

    /// <summary>The language score of each block's own words, by block number.</summary>
    private List<LanguageScore> LanguageScores()
    {
        var marks = _marks.Value;
        var blocks = Document.Blocks;
        var scores = new List<LanguageScore>(blocks.Count);
        for (int b = 0; b < blocks.Count; b++)
        {
            scores.Add(_memory is null
                ? DocumentLanguages.ScoreOwnWords(blocks[b].Text, marks[b])
                : _memory.LanguageScores.Get(blocks[b].TextKey, marks[b], static (key, blockMarks) => DocumentLanguages.ScoreOwnWords(key.Text, blockMarks)));
        }

        return scores;
    }

    /// <summary>A fact some rules share that this class does not name: made by the first rule that asks for <paramref name="name"/>.</summary>
    public T Shared<T>(string name, Func<T> create)
        where T : class =>
        (T)_shared.GetOrAdd(name, _ => new Lazy<object>(create, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public IReadOnlyList<(int Start, int End)> SentencesOf(Block block)
    {
        int index = Document.IndexOf(block);
        if (index < 0)
        {
            // A block outside the document (an image's alt text, short): split each time it is asked about.
            return Sentences.Split(block.Text);
        }

        var byBlock = Volatile.Read(ref _sentences) ?? LazyInitializer.EnsureInitialized(ref _sentences, () => new IReadOnlyList<(int Start, int End)>?[Document.Blocks.Count]);
        // Two threads may both split a block: each gets the same sentences, and one of the two lists is kept.
        var sentences = Volatile.Read(ref byBlock[index]);
        if (sentences is null)
        {
            sentences = Sentences.Split(block.Text);
            sentences = Interlocked.CompareExchange(ref byBlock[index], sentences, null) ?? sentences;
        }

        return sentences;
    }
}
