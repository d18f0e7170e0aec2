using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Rules;

/// <summary>
/// What a rule is given: the document (immutable), the facts about it that rules share, each computed once per
/// document however many rules ask (the references list, the citations, the quotations under one definition,
/// sentences, the note index), the settings of every configuration section, and the level the rule runs at.
/// </summary>
public sealed class LintContext
{
    private readonly DocumentFacts _facts;
    private readonly Severity? _level;

    private LintContext(DocumentFacts facts, Severity? level)
    {
        _facts = facts;
        _level = level;
    }

    /// <summary>A context for <paramref name="document"/> under <paramref name="settings"/> (the defaults when null).</summary>
    public static LintContext For(Document document, LintSettings? settings = null) =>
        new(new DocumentFacts(document, settings ?? LintSettings.Default, null), null);

    /// <summary>A context whose pack rules find their terms in one pass of <paramref name="terms"/>.</summary>
    internal static LintContext For(Document document, LintSettings settings, Packs.Terms.TermIndex terms) =>
        new(new DocumentFacts(document, settings, terms), null);

    /// <summary>A context that takes what a paragraph's text alone decides from <paramref name="memory"/> (see <see cref="Linting.LintMemory"/>).</summary>
    internal static LintContext For(Document document, LintSettings settings, Packs.Terms.TermIndex terms, Linting.LintMemory? memory) =>
        new(new DocumentFacts(document, settings, terms, memory), null);

    /// <summary>What the lint of the document's last version kept, or null.</summary>
    internal Linting.LintMemory? Memory => _facts.Memory;

    /// <summary>The terms of <paramref name="set"/> in block number <paramref name="block"/>, by start.</summary>
    internal T Shared<T>(string name, Func<T> create)
        where T : class => _facts.Shared(name, create);

    internal ReadOnlySpan<Packs.Terms.TermHit> TermHits(Packs.PatternSet set, int block) => _facts.TermHits(set, block);

    /// <summary>The kept matches of the plan's pattern sets in a block, with a memory (<see cref="DocumentFacts.KeptMatches"/>).</summary>
    internal Packs.PatternMatch[]?[]? KeptMatches(Packs.PatternSet set, int block, out int slot) => _facts.KeptMatches(set, block, out slot);

    /// <summary>The same document and facts, for a rule that runs at <paramref name="level"/>.</summary>
    public LintContext AtLevel(Severity? level) => new(_facts, level);

    public Document Document => _facts.Document;

    /// <summary>The settings of a configuration section, such as <c>Settings&lt;FootnoteOptions&gt;()</c>.</summary>
    public T Settings<T>()
        where T : class => _facts.Settings.Get<T>();

    /// <summary>All the settings in force.</summary>
    public LintSettings AllSettings => _facts.Settings;

    /// <summary>The severity a rule's findings carry: the level the configuration gives it, else its default.</summary>
    public Severity SeverityFor(IRule rule) => _level ?? rule.DefaultSeverity;

    /// <summary>The references list, or null when the paper has none.</summary>
    public ReferenceList? References => _facts.References;

    /// <summary>Every quotation of the paper, under the one definition the rules share.</summary>
    public QuotationIndex Quotations => _facts.Quotations;

    /// <summary>How the paper cites and attributes its quotations: its citations, their style, the source of each quotation.</summary>
    public DocumentAnalysis Attribution => _facts.Attribution;

    /// <summary>The paper's citations in reading order (outside the references list and the words of quotations).</summary>
    public IReadOnlyList<FoundCitation> Citations => _facts.Attribution.Citations;

    /// <summary>
    /// The bibliography a Markdown document cites pandoc keys against (the command line's or configuration's files,
    /// else those its front matter names, and its inline <c>references:</c>), or null when it has none.
    /// </summary>
    /// <exception cref="Readers.InputException">A named bibliography is missing or cannot be read.</exception>
    public Bibliographies.Bibliography? Bibliography => _facts.Keys.Bibliography;

    internal Bibliographies.CitationKeys Keys => _facts.Keys;

    /// <summary>The sentences of a block, as ranges of its text.</summary>
    public IReadOnlyList<(int Start, int End)> SentencesOf(Block block) => _facts.SentencesOf(block);

    /// <summary>
    /// The language of a block as a primary subtag (<c>en</c>, <c>de</c>): a paragraph long enough to tell is taken
    /// for the language its words are in; a shorter one has what the file declares for it, else the document's
    /// language (Markdown front matter, else <c>language:</c> in the configuration, else a clear guess from the
    /// whole text, else Word's default language). Null when nothing says. Computed once per document.
    /// </summary>
    public string? LanguageOf(Block block) => _facts.Languages.Of(block);

    /// <summary>The kind of a block as the rules see it: <see cref="BlockKind.ReferenceEntry"/> for the blocks of the references list.</summary>
    public BlockKind KindOf(Block block) => ReferenceList.KindOf(_facts.References, block);

    /// <summary>
    /// True when a match is in the author's own prose: not code, a URL or other non-prose, and (unless
    /// <c>quotations: check: true</c> or <paramref name="includeQuotations"/>) not in a quotation, which holds
    /// another author's words. Rules that correct words use this.
    /// </summary>
    public bool IsAuthorsProse(Block block, int start, int length, bool includeQuotations = false)
    {
        if (block.TouchesNonProse(start, length))
        {
            return false;
        }

        return includeQuotations || Settings<QuotationSettings>().Check || !Quotations.Covers(block, start, length);
    }

    /// <summary>Lets the attribution analysis go once no rule left to run may ask for it (<see cref="DocumentFacts.LetGoOfAttribution"/>).</summary>
    internal void LetGoOfAttribution() => _facts.LetGoOfAttribution();

    /// <summary>The notes and markers the footnote rules consider, grouped into their numbering sequences.</summary>
    internal NoteIndex Notes => _facts.Notes;
}
