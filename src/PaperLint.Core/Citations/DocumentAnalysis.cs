using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// How a paper attributes what it quotes, worked out once per document from the shared facts (the references
/// list, the citations, the quotations): the paper's own citations, its citation style, and how each quotation
/// is attributed. The attribution rules read this through <c>LintContext.Attribution</c>; none parses again.
/// </summary>
public sealed partial class DocumentAnalysis
{
    /// <summary>A short paragraph after a quotation that may hold its citation ("— Ruskin (1865)").</summary>
    private const int ShortParagraphWords = 30;

    private readonly Dictionary<Block, IReadOnlyList<Citation>> _citations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(NoteKind, string), FootnoteDef> _notes = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FootnoteDef, bool> _citingNotes = new(ReferenceEqualityComparer.Instance);
    private readonly List<Block> _body;
    // Where each block of the document stands among the body blocks, by its place in the document (-1 for a note's).
    private readonly int[] _bodyIndex;
    private readonly Dictionary<Block, List<FootnoteRef>> _markers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, List<Quotation>> _quotationsByBlock = new(ReferenceEqualityComparer.Instance);

    // Filled while the constructor attributes the quotations (one thread), for the blocks they stand in.
    private readonly Dictionary<Block, QuotationSurroundings> _surroundings = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<IReadOnlyList<Misattribution>> _misattributions;
    private readonly HashSet<Block> _generated;

    /// <param name="document">The paper.</param>
    /// <param name="options">The attribution settings.</param>
    /// <param name="references">The references list (<see cref="ReferenceList.Find"/>).</param>
    /// <param name="found">Every citation in the text and notes (<see cref="FindCitations"/>), the quoted authors' own included.</param>
    /// <param name="quotations">The quotations (<see cref="QuotationFinder.Find"/>).</param>
    /// <param name="numeric">The citations by number (<see cref="NumericCitations.Find"/>), when the list is numbered.</param>
    internal DocumentAnalysis(
        Document document,
        AttributionOptions options,
        ReferenceList? references,
        IReadOnlyDictionary<Block, IReadOnlyList<Citation>> found,
        QuotationIndex quotations,
        NumericCitations? numeric = null)
    {
        Document = document;
        Options = options;
        References = references;
        QuotationIndex = quotations;
        found = WithNumeric(found, numeric);
        _body = [];
        _bodyIndex = new int[document.Blocks.Count];
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            _bodyIndex[i] = block.Kind == BlockKind.FootnoteBody ? -1 : _body.Count;
            if (block.Kind != BlockKind.FootnoteBody)
            {
                _body.Add(block);
            }
        }

        foreach (var marker in document.FootnoteRefs)
        {
            Add(_markers, marker.Block, marker);
        }

        _generated = new HashSet<Block>(document.BibliographyFields.SelectMany(f => f.Blocks), ReferenceEqualityComparer.Instance);
        _misattributions = new Lazy<IReadOnlyList<Misattribution>>(() => PaperLint.Core.Citations.Misattributions.Find(this));

        foreach (var note in document.FootnoteDefs)
        {
            _notes.TryAdd((note.Kind, note.Label.ToUpperInvariant()), note);
        }

        Quotations = quotations.Cited;
        foreach (var q in Quotations)
        {
            Add(_quotationsByBlock, q.First, q);
        }

        // The quoted author's own citations are not the paper's: keep only those that end a quoted passage.
        var inside = new Dictionary<Block, List<(int Start, int End)>>(ReferenceEqualityComparer.Instance);
        var trailing = new HashSet<Citation>(ReferenceEqualityComparer.Instance);
        foreach (var q in Quotations)
        {
            foreach (var block in q.Blocks)
            {
                if (!inside.TryGetValue(block, out var ranges))
                {
                    inside[block] = ranges = [];
                }

                ranges.Add(q.Kind == QuotationKind.Inline ? (q.Start + 1, q.End - 1) : (0, block.Text.Length));
                if (q.Kind == QuotationKind.Block && found.TryGetValue(block, out var list) && QuotationFinder.TrailingCitation(block, list) is { } end)
                {
                    trailing.UnionWith(list.Where(c => c.BracketStart == end.BracketStart));
                }
            }
        }

        var insideRanges = new Dictionary<Block, Ranges>(ReferenceEqualityComparer.Instance);
        foreach (var (block, ranges) in inside)
        {
            insideRanges[block] = new Ranges(ranges);
        }

        var all = new List<FoundCitation>();
        foreach (var (block, list) in found)
        {
            var kept = list.Where(c => trailing.Contains(c) || !insideRanges.TryGetValue(block, out var ranges) || !ranges.Overlap(c.Start, c.End))
                .Select(c => WithoutLeadingLabel(c, references))
                .ToList();
            if (kept.Count > 0)
            {
                _citations[block] = kept;
            }
        }

        foreach (var block in document.Blocks)
        {
            if (_citations.TryGetValue(block, out var kept))
            {
                all.AddRange(kept.Select(c => new FoundCitation(block, c)));
            }
        }

        Citations = all;
        Style = options.Style != CitationStyle.Auto
            ? options.Style
            : all.Any(c => c.Citation.Kind == CitationKind.Numeric) ? CitationStyle.Numeric
            : all.Any(c => c.Citation.IsAuthorDate && c.Citation.Kind != CitationKind.Continuation) ? CitationStyle.AuthorDate : CitationStyle.Notes;
        IsMlaList = Entries.Count > 0 && Entries.Count(e => e.Style == ReferenceStyle.Mla) * 2 > Entries.Count;
        Sources = AttributeAll();
    }

    private static void Add<T>(Dictionary<Block, List<T>> map, Block block, T item)
    {
        if (!map.TryGetValue(block, out var list))
        {
            map[block] = list = [];
        }

        list.Add(item);
    }

    /// <summary>
    /// Every citation in the paper's blocks outside the references list and headings, the quoted authors' own
    /// included; a title of a listed work followed by its year ("Culture and Anarchy (1869)") is not one.
    /// </summary>
    // pandoc citations, [@smith2020, p. 4] and @smith2020: whose work they cite is the bibliography's to say, so they
    // name no author here; they cite a quotation they follow like any other citation.
    private static void AddKeyCitations(Block block, List<Citation> list)
    {
        var uses = PandocCitationSyntax.Find(block.Text, block.TouchesNonProse);
        if (uses.Count == 0)
        {
            return;
        }

        foreach (var use in uses)
        {
            list.Add(new Citation
            {
                Kind = CitationKind.Key,
                Authors = [],
                Key = use.Key,
                Start = use.Start,
                Length = use.Length,
                BracketStart = use.BracketStart,
                BracketEnd = use.BracketEnd,
            });
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <param name="memory">What the lint of the document's last version kept (an editor's server): each paragraph's citations as the parser read them.</param>
    internal static IReadOnlyDictionary<Block, IReadOnlyList<Citation>> FindCitations(Document document, ReferenceList? references, Linting.LintMemory? memory = null)
    {
        var found = new Dictionary<Block, IReadOnlyList<Citation>>(ReferenceEqualityComparer.Instance);
        var fields = document.CitationFields.Where(f => f.HasData).ToLookup(f => f.Block, ReferenceEqualityComparer.Instance);
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Heading || references?.Contains(block) == true)
            {
                continue;
            }

            var parsed = memory is null || !block.Text.Contains('(', StringComparison.Ordinal)
                ? CitationParser.Find(block.Text, block.Spans)
                : memory.Citations.Get(block.TextKey, 0, static (_, _) => new KeptCitations()).Of(block);
            if (parsed.Count == 0 && !fields.Contains(block))
            {
                // Most paragraphs cite nothing: only a key typed in Markdown may be found in them.
                if (document.Format == SourceFormat.Markdown)
                {
                    var keys = new List<Citation>();
                    AddKeyCitations(block, keys);
                    if (keys.Count > 0)
                    {
                        found[block] = keys;
                    }
                }

                continue;
            }

            // A reference manager's citation is read from its data: the words it shows are not read again.
            var inFields = fields[block].ToList();
            var list = parsed
                .Where(c => !IsTitleYear(references, block, c) && !inFields.Any(f => c.Start < f.End && c.End > f.Start))
                .Concat(inFields.SelectMany(FieldCitations.Of))
                .OrderBy(c => c.Start)
                .ToList();
            if (document.Format == SourceFormat.Markdown)
            {
                AddKeyCitations(block, list);
            }

            if (list.Count > 0)
            {
                found[block] = list;
            }
        }

        return found;
    }

    /// <summary>
    /// What the citation parser reads in a paragraph's text, as an editor's server keeps it from one lint to the next, with
    /// the paragraph's spans (italics mark titles): read again when they differ. Each lint gets its own copies, as a
    /// citation is told from another by reference and two paragraphs may have the same text.
    /// </summary>
    internal sealed class KeptCitations
    {
        private InlineSpan[] _spans = [];
        private IReadOnlyList<Citation>? _citations;

        public IReadOnlyList<Citation> Of(Block block)
        {
            if (_citations is null || !block.Spans.SequenceEqual(_spans))
            {
                _citations = CitationParser.Find(block.Text, block.Spans);
                _spans = [.. block.Spans];
            }

            if (_citations.Count == 0)
            {
                return [];
            }

            var copies = new Citation[_citations.Count];
            for (int i = 0; i < copies.Length; i++)
            {
                copies[i] = _citations[i] with { };
            }

            return copies;
        }
    }

    /// <summary>The author-date citations with the numeric ones merged in, each block's in the order they stand.</summary>
    private static IReadOnlyDictionary<Block, IReadOnlyList<Citation>> WithNumeric(IReadOnlyDictionary<Block, IReadOnlyList<Citation>> found, NumericCitations? numeric)
    {
        if (numeric is null || !numeric.Any)
        {
            return found;
        }

        var merged = new Dictionary<Block, IReadOnlyList<Citation>>(found, ReferenceEqualityComparer.Instance);
        foreach (var (block, list) in numeric.ByBlock)
        {
            merged[block] = found.TryGetValue(block, out var own) ? own.Concat(list).OrderBy(c => c.Start).ToList() : list;
        }

        return merged;
    }

    public Document Document { get; }

    public AttributionOptions Options { get; }

    /// <summary>Every quotation of the paper, under the one definition the rules share.</summary>
    public QuotationIndex QuotationIndex { get; }

    /// <summary>The references list, or null when the paper has none.</summary>
    public ReferenceList? References { get; }

    public IReadOnlyList<ReferenceEntry> Entries => References?.Entries ?? [];

    /// <summary>The paper's citations in reading order, outside the references list and outside the words of quotations.</summary>
    public IReadOnlyList<FoundCitation> Citations { get; }

    /// <summary>The quotations that need a citation (<see cref="QuotationIndex.Cited"/>).</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>How each quotation is attributed, in the order of <see cref="Quotations"/>.</summary>
    public IReadOnlyList<QuotationSource> Sources { get; }

    /// <summary>Quotations introduced as from one work and cited as another of the same author.</summary>
    public IReadOnlyList<Misattribution> Misattributions => _misattributions.Value;

    /// <summary>The citation style in force (the configured one, or the one the paper uses).</summary>
    public CitationStyle Style { get; }

    /// <summary>The kind of a block as the analysis sees it: <see cref="BlockKind.ReferenceEntry"/> for the references list's blocks.</summary>
    public BlockKind KindOf(Block block) => ReferenceList.KindOf(References, block);

    public IReadOnlyList<Citation> CitationsIn(Block block) => _citations.TryGetValue(block, out var list) ? list : [];

    /// <summary>The note a marker points to, if it exists.</summary>
    public FootnoteDef? NoteOf(FootnoteRef marker) => _notes.GetValueOrDefault((marker.Kind, marker.Label.ToUpperInvariant()));

    /// <summary>True when the note gives a source (not only a comment).</summary>
    public bool IsCitingNote(FootnoteDef note)
    {
        return _citingNotes.GetOrAdd(note, n => NoteCitations.Cites(n, CitationsIn));
    }

    /// <summary>The entries whose first author is <paramref name="author"/>.</summary>
    public IReadOnlyList<ReferenceEntry> EntriesBy(string author) => References?.EntriesBy(author) ?? [];

    /// <summary>The entries whose first author is <paramref name="author"/>, indexed by year.</summary>
    internal AuthorEntries EntriesOf(string author) => References?.EntriesOf(author) ?? AuthorEntries.None;

    /// <summary>True when some entry lists <paramref name="author"/> at all, first or not.</summary>
    public bool IsListed(string author) => References?.Lists(author) == true;

    /// <summary>True when a citation's year is an entry's year; a year without its letter refers to the lettered ones too.</summary>
    public static bool YearRefersTo(string? cited, ReferenceEntry entry)
    {
        if (cited is null || entry.Year is null)
        {
            return cited is null;
        }

        if (string.Equals(cited, entry.Year, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        bool citedHasLetter = ReferenceEntry.IsLettered(cited);
        string bareCited = citedHasLetter ? cited[..4] : cited;
        return citedHasLetter != entry.HasYearLetter && bareCited == entry.BareYear;
    }

    /// <summary>The numeric citations in reading order (none unless the references list is numbered).</summary>
    public IEnumerable<FoundCitation> NumericCitations => Citations.Where(c => c.Citation.Kind == CitationKind.Numeric);

    /// <summary>True when the entry stands in a bibliography a reference manager generated, which lists what its citations cite.</summary>
    public bool IsGenerated(ReferenceEntry entry) => entry.Block is { } block && _generated.Contains(block);

    /// <summary>True when the list is mostly in MLA's shape, whose citations give author and page, no year.</summary>
    public bool IsMlaList { get; }

    /// <summary>The body blocks and notes outside the references list: where a name can be mentioned.</summary>
    public IEnumerable<Block> ProseBlocks => Document.Blocks.Where(b => References?.Contains(b) != true);

    /// <summary>
    /// A name before the authors that no entry of the list has, such as a data source or a project
    /// ("the Harbour Survey Panel, Chung and Chae (2021)", "(ManyReaders, Byers-Holt et al. 2020)"), is left out when
    /// the names after it are the first author of an entry of that year.
    /// </summary>
    private static Citation WithoutLeadingLabel(Citation citation, ReferenceList? references)
    {
        if (references is null || citation.Field is not null || citation.Authors.Count < 2 || citation.Year is null
            || references.Lists(citation.Authors[0]))
        {
            return citation;
        }

        for (int k = 1; k < citation.Authors.Count; k++)
        {
            string author = citation.Authors[k];
            if (references.EntriesOf(author).AnyReferredBy(citation.Year))
            {
                return citation with { Authors = citation.Authors.Skip(k).ToList() };
            }
        }

        return citation;
    }

    /// <summary>A narrative citation whose "names" are the title of a listed work: "Culture and Anarchy (1869)".</summary>
    private static bool IsTitleYear(ReferenceList? references, Block block, Citation citation)
    {
        if (citation.Kind != CitationKind.Narrative || references is null)
        {
            return false;
        }

        string run = TitleText.Normalize(block.Text[citation.Start..citation.BracketStart]);
        return run.Length > 0 && references.Titles.IsTitleOrEnding(run);
    }

    private List<QuotationSource> AttributeAll()
    {
        var sources = new List<QuotationSource>(Quotations.Count);
        var earlier = new EarlierQuotations();
        int next = 0;
        var all = QuotationIndex.All;
        foreach (var q in Quotations)
        {
            // The words of every inline quotation before this one, cited or not.
            for (; next < all.Count && !ReferenceEquals(all[next], q); next++)
            {
                if (all[next].Kind == QuotationKind.Inline)
                {
                    earlier.Add(all[next]);
                }
            }

            var source = q.Kind == QuotationKind.Inline ? AttributeInline(q) : AttributeBlock(q);
            if (!source.IsCited && q.Kind == QuotationKind.Inline && earlier.Repeat(q))
            {
                // Words quoted earlier in the paper, quoted again: a citation belongs at their first quotation.
                source = source with { IsCited = true };
            }

            sources.Add(source);
        }

        return sources;
    }

    private QuotationSource AttributeInline(Quotation q)
    {
        var block = q.First;
        string text = block.Text;
        var around = SurroundingsOf(block);

        // The quotation starts before it ends, so the first to start at its end or later is another.
        int nextQuotation = around.NextQuotationFrom(q.End, text.Length);

        // A citation after the quotation in the sentence where it ends, before the next quotation. (A citation
        // later in the paragraph belongs to what that later sentence says.)
        int resume = q.End;
        while (resume < text.Length && char.IsWhiteSpace(text[resume]))
        {
            resume++;
        }

        int endOfSentence = Sentences.EndOf(text, resume);
        var after = around.FirstBracketBetween(q.End - 1, endOfSentence, nextQuotation);
        if (after is not null)
        {
            return new QuotationSource(q, true, new FoundCitation(block, after));
        }

        // A page or year in brackets right after it, the author named before: "…" (1859, p. 4).
        int p = q.End;
        while (p < text.Length && (char.IsWhiteSpace(text[p]) || (QuotationFinder.IsClosing(text[p]) && text[p] is not '.')))
        {
            p++;
        }

        if (p < text.Length && text[p] == '(')
        {
            int close = text.IndexOf(')', p);
            if (close > p && CitationParser.IsPageOrYear(text[(p + 1)..close]))
            {
                var before = around.LastAuthorDateEndingBy(q.Start);
                return new QuotationSource(q, true, before is null ? null : new FoundCitation(block, before));
            }
        }

        // A citing note marker right after it (after a space too: "…” [^4]") or at the end of its sentence.
        int sentenceEnd = Math.Max(resume, Math.Min(nextQuotation, Sentences.EndOf(text, q.End)));
        if (CitingMarkerBetween(around, q.End - 1, sentenceEnd) || ClosingNoteCites(block, around, q.End, nextQuotation))
        {
            return new QuotationSource(q, true, null);
        }

        // A numbered citation right after it: "…" [18], "…" [3, 7].
        if (NumberedCitation().IsMatch(text.AsSpan(q.End, Math.Min(16, text.Length - q.End))))
        {
            return new QuotationSource(q, true, null);
        }

        // Attributed and dated in the sentence that introduces it: Rose (2001) writes that "…".
        int sentenceStart = Sentences.StartOf(text, q.Start);
        var intro = around.LastAuthorDateWithin(sentenceStart, q.Start);
        if (intro is not null)
        {
            return new QuotationSource(q, true, new FoundCitation(block, intro));
        }

        // Within a note that itself gives the source.
        if (block.Kind == BlockKind.FootnoteBody && block.Note is { } note && IsCitingNote(note))
        {
            return new QuotationSource(q, true, null);
        }

        if (QuotationFinder.OnlyClosingAfter(text, q.End) && FollowingCitation(block) is { } next)
        {
            return new QuotationSource(q, true, next);
        }

        // Located some other way: a locator or a legal citation in its lead-in or right after it (Id. at 5), or a
        // lead-in that links the source.
        if (SourceHints.Locates(text, sentenceStart, q.Start) || SourceHints.Follows(text, q.End) || SourceHints.LeadInNamesSource(block, sentenceStart, q.Start, around.LinksWithin))
        {
            return new QuotationSource(q, true, null);
        }

        return new QuotationSource(q, false, null);
    }

    private QuotationSource AttributeBlock(Quotation q)
    {
        var last = q.Last;
        string text = last.Text;
        var citations = CitationsIn(last);
        if (QuotationFinder.TrailingCitation(last, citations) is { } end)
        {
            var own = end.Kind == CitationKind.Continuation ? citations.LastOrDefault(c => c.IsAuthorDate && c.Kind != CitationKind.Continuation) ?? end : end;
            return new QuotationSource(q, true, new FoundCitation(last, own));
        }

        var introCitation = IntroducingCitation(q);

        // A page or year in brackets at the end, the source named in the sentence before: (p. 57).
        int close = text.TrimEnd().TrimEnd('.', ',', ';').TrimEnd().Length - 1;
        if (close > 0 && text[close] == ')')
        {
            int open = text.LastIndexOf('(', close);
            if (open >= 0)
            {
                string inner = text[(open + 1)..close];
                bool hasYear = CitationParser.IsPageOrYear(inner) && char.IsDigit(inner.TrimStart().FirstOrDefault()) && inner.Trim().Length >= 4 && int.TryParse(inner.Trim()[..4], out _);
                if (CitationParser.IsPageOrYear(inner) && (introCitation is not null || hasYear))
                {
                    return new QuotationSource(q, true, introCitation);
                }
            }
        }

        // A citing note marker at the end of the passage.
        foreach (var marker in MarkersIn(last))
        {
            if (QuotationFinder.OnlyClosingAfter(text, marker.Offset + marker.Length)
                && NoteOf(marker) is { } note && IsCitingNote(note))
            {
                return new QuotationSource(q, true, null);
            }
        }

        if (FollowingCitation(last) is { } next)
        {
            return new QuotationSource(q, true, next);
        }

        if (introCitation is not null)
        {
            return new QuotationSource(q, true, introCitation);
        }

        // A lead-in that locates the passage or links its source ("(line 107):", "From the project's website:"),
        // or a locator closing the passage.
        if (IntroducingBlock(q) is { } intro)
        {
            int start = Sentences.LastStart(intro.Text);
            if (SourceHints.Locates(intro.Text, start, intro.Text.Length) || SourceHints.LeadInNamesSource(intro, start, intro.Text.Length, SurroundingsOf(intro).LinksWithin))
            {
                return new QuotationSource(q, true, null);
            }
        }

        if (SourceHints.Locates(text, Sentences.LastStart(text), text.Length))
        {
            return new QuotationSource(q, true, null);
        }

        return new QuotationSource(q, false, null);
    }

    /// <summary>The paragraph right before a block quotation, when it is prose that may introduce it.</summary>
    private Block? IntroducingBlock(Quotation q) => BlockBefore(q.First);

    /// <summary>The body paragraph right before <paramref name="block"/>, when it is prose that may introduce it.</summary>
    internal Block? BlockBefore(Block block) =>
        BodyBlockBefore(block) is { } before && KindOf(before) is BlockKind.Paragraph or BlockKind.ListItem ? before : null;

    /// <summary>The body block right before <paramref name="block"/>, whatever it is; null for the first block and for a note.</summary>
    internal Block? BodyBlockBefore(Block block) => BodyIndexOf(block) is > 0 and var index ? _body[index - 1] : null;

    /// <summary>Where <paramref name="block"/> stands among the body blocks (notes left out), or -1.</summary>
    private int BodyIndexOf(Block block) => Document.IndexOf(block) is >= 0 and var index && index < _bodyIndex.Length ? _bodyIndex[index] : -1;

    /// <summary>What attributing a quotation asks of <paramref name="block"/>, indexed on first use.</summary>
    private QuotationSurroundings SurroundingsOf(Block block)
    {
        if (!_surroundings.TryGetValue(block, out var around))
        {
            _surroundings[block] = around = new QuotationSurroundings(block, CitationsIn(block), MarkersIn(block), _quotationsByBlock.GetValueOrDefault(block) ?? []);
        }

        return around;
    }

    /// <summary>The note markers in <paramref name="block"/>, in the document's order.</summary>
    private IReadOnlyList<FootnoteRef> MarkersIn(Block block) => _markers.TryGetValue(block, out var list) ? list : [];

    /// <summary>An author-date citation in the last sentence of the paragraph that introduces a block quotation: "Rose (2001, p. 12) recalls:".</summary>
    private FoundCitation? IntroducingCitation(Quotation q)
    {
        if (IntroducingBlock(q) is not { } intro)
        {
            return null;
        }

        int start = Sentences.LastStart(intro.Text);
        var citation = CitationsIn(intro).LastOrDefault(c => c.IsAuthorDate && c.Start >= start);
        return citation is null ? null : new FoundCitation(intro, citation);
    }

    /// <summary>The citation in a short paragraph right after <paramref name="block"/>: "(Ruskin, 1865)" or "— Ruskin, Sesame and Lilies".</summary>
    private FoundCitation? FollowingCitation(Block block)
    {
        int index = BodyIndexOf(block);
        if (index < 0 || index + 1 >= _body.Count)
        {
            return null;
        }

        var next = _body[index + 1];
        if (KindOf(next) is not (BlockKind.Paragraph or BlockKind.Quote) || InlineQuotations.CountWords(next.Text) > ShortParagraphWords)
        {
            return null;
        }

        if (CitationsIn(next).FirstOrDefault(c => c.Kind != CitationKind.Continuation) is { } citation)
        {
            return new FoundCitation(next, citation);
        }

        string t = next.Text.TrimStart();
        bool attributionLine = t.Length > 0 && t[0] is '\u2014' or '\u2013' or '-' && NoteCitations.Cites(next, []);
        return attributionLine ? new FoundCitation(next, new Citation
        {
            Kind = CitationKind.Continuation,
            Authors = [],
            Start = 0,
            Length = next.Text.Length,
            BracketStart = 0,
            BracketEnd = next.Text.Length,
        }) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s.,;:]*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")]
    private static partial System.Text.RegularExpressions.Regex NumberedCitation();

    /// <summary>
    /// True when the first note marker after <paramref name="from"/> closes the paragraph, cites, and comes before
    /// the next quotation with no citation between: the one note a paragraph gives for what it quotes.
    /// </summary>
    private bool ClosingNoteCites(Block block, QuotationSurroundings around, int from, int nextQuotation)
    {
        var marker = around.FirstMarkerFrom(from);
        return marker is not null
            && marker.Offset <= nextQuotation
            && QuotationFinder.OnlyClosingAfter(block.Text, marker.Offset + marker.Length)
            && !around.AnyWithin(from, marker.Offset)
            && NoteOf(marker) is { } note && IsCitingNote(note);
    }

    private bool CitingMarkerBetween(QuotationSurroundings around, int from, int to)
    {
        foreach (var marker in around.MarkersBetween(from, to))
        {
            if (NoteOf(marker) is { } note && IsCitingNote(note))
            {
                return true;
            }
        }

        return false;
    }
}
