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

    // Counts asks of every word; what it asks of the word's block is answered once a block. A scope belongs to one
    // rule's one check, so the memo is never shared between threads.
    private Block? _lastBlock;
    private bool _lastReads;

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
        if (!ReferenceEquals(block, _lastBlock))
        {
            _lastReads = Reads(block);
            _lastBlock = block;
        }

        if (!_lastReads || block.TouchesNonProse(start, length))
        {
            return false;
        }

        // A block read is no reference entry (Reads says so), so only a note's citing sentences are left to cover it.
        if (_cited is not null && (_cited.CoversInNote(block, start, length) || AddressWords.IsEmbedded(block.Text, start, length)))
        {
            return false;
        }

        if (_countQuoted)
        {
            return true;
        }

        return !block.IsInSpan(SpanKind.Emphasis, start, length) && !_context.Quotations.Covers(block, start, length, minWords: 0);
    }
}
