using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// What the consistency rules count: the author's own text, footnotes included; never code, URLs or the
/// reference list; and, unless the configuration says otherwise, not quotations (passages, and words in
/// quotation marks of any length) nor titles of works set in italics, which keep the spelling of their own authors.
/// Rules that count words or dates leave out the details of sources outside the reference list too
/// (<see cref="CitedText"/>: reference entries the list does not hold, and the sentences of notes that cite),
/// and words that are pieces of an address or a key (<see cref="AddressWords"/>). Rules that count a writer's
/// conventions (a style of dates, a national spelling) leave out sections signed by another writer, such as a
/// preface or a letter (<see cref="SignedSections"/>), and the reviewers' comments in a response to reviewers
/// (<see cref="ReviewerComments"/>).
/// </summary>
internal sealed class CountingScope
{
    private readonly LintContext _context;
    private readonly bool _countQuoted;
    private readonly CitedText? _cited;
    private readonly IReadOnlySet<Block>? _signed;

    // Counts asks of every word; what it asks of the word's block is answered once a block: whether the block is read at
    // all, and the stretches of it that are not counted (code, addresses, quotations, a note's citing sentences). A scope
    // belongs to one rule's one check, so the memo is never shared between threads.
    private Block? _lastBlock;
    private bool _lastReads;
    private readonly List<(int Start, int End)> _lastLeftOut = [];

    /// <param name="context">Quotations count when the configuration says so (<c>consistency: titlesAndQuotations: count</c>, or <c>quotations: check: true</c>).</param>
    /// <param name="ruleCountsQuoted">A pack rule's own <c>quotations: true</c>.</param>
    /// <param name="ofWords">True for rules that count words or dates, which are the sources' own in their details.</param>
    /// <param name="ofConventions">True for rules that count a writer's conventions, which a signed preface or letter has its own of.</param>
    public CountingScope(LintContext context, bool ruleCountsQuoted = false, bool ofWords = false, bool ofConventions = false)
    {
        _context = context;
        _countQuoted = ruleCountsQuoted || context.Settings<QuotationSettings>().Check || context.Settings<ConsistencyOptions>().CountQuoted;
        // What is cited text and what another writer signed is the same for every rule that asks: found once a document.
        _cited = ofWords ? context.Shared(nameof(CitedText), () => new CitedText(context)) : null;
        if (ofConventions)
        {
            _signed = context.Shared(nameof(SignedSections), () =>
            {
                var signed = SignedSections.Find(context.Document);
                signed.UnionWith(ReviewerComments.Find(context.Document));
                return signed;
            });
        }
    }

    public bool IsReferenceList(Block block) => _context.References?.Contains(block) == true;

    /// <summary>Whether a block may hold anything counted at all.</summary>
    public bool Reads(Block block) =>
        !IsReferenceList(block) && (_countQuoted || !_context.Quotations.IsPassage(block)) && _cited?.IsEntry(block) != true && _signed?.Contains(block) != true;

    public bool Counts(Block block, int start, int length)
    {
        if (!Prime(block))
        {
            return false;
        }

        // In order and apart (Prime): a binary search finds the one stretch a word may overlap. A paragraph may be a whole
        // text on one line, with thousands of quotations, titles and addresses.
        if (Stretches.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_lastLeftOut), start, length))
        {
            return false;
        }

        // A piece of an address or a key is a word's own question, not its block's.
        return _cited is null || !AddressWords.IsEmbedded(block.Text, start, length);
    }

    /// <summary>
    /// The stretches of a block that is read whose words are not counted, as <see cref="Counts"/> asks of them: with the
    /// block's text (and its addresses), they decide which of its words count. Valid until another block is asked about.
    /// </summary>
    public ReadOnlySpan<(int Start, int End)> LeftOutOf(Block block)
    {
        Prime(block);
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_lastLeftOut);
    }

    // Answers once a block whether it is read, and gathers the stretches left out of it.
    private bool Prime(Block block)
    {
        if (!ReferenceEquals(block, _lastBlock))
        {
            _lastReads = Reads(block);
            _lastBlock = block;
            _lastLeftOut.Clear();
            if (_lastReads)
            {
                LeftOut(block, _lastLeftOut);
                Stretches.Merge(_lastLeftOut);
            }
        }

        return _lastReads;
    }

    /// <summary>
    /// The stretches of a block that is read whose words are not counted: a word that overlaps one is not. Non-prose;
    /// a note's sentences that give a source's details (for rules of words; a block read is no reference entry, as
    /// <see cref="Reads"/> says); and, unless quotations count, emphasis (titles) and quotations of any length.
    /// </summary>
    private void LeftOut(Block block, List<(int Start, int End)> ranges)
    {
        foreach (var span in block.Spans)
        {
            if (span.Kind is SpanKind.Code or SpanKind.Url or SpanKind.NonProse || (!_countQuoted && span.Kind == SpanKind.Emphasis))
            {
                ranges.Add((span.Start, span.End));
            }
        }

        _cited?.AddCitingInNote(block, ranges);
        if (!_countQuoted)
        {
            _context.Quotations.AddCovered(block, minWords: 0, ranges);
        }
    }
}
