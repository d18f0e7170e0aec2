using System.Text.RegularExpressions;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// Bibliographic text outside the references list, whose words and dates are those of the works it names (a
/// title keeps the spelling it was published with; a publisher dates as it dates): a paragraph that reads as a
/// reference entry or gives a DOI or an ISBN (an entry of a list the paper heads in its own words, or writes in
/// a style not read as entries), and in a note each sentence that gives a source's details: an address, or a
/// year with a title, publication details in brackets, or "available at", "accessed", "retrieved". The other
/// sentences of a note are the author's prose, and so is a name alone ("Csikszentmihalyi, Mihaly.").
/// </summary>
internal sealed partial class CitedText
{
    private readonly LintContext _context;
    // Shared by the rules that count words in one document, which may run on different threads.
    // Whether each paragraph reads as an entry, by its place in the document: 0 not asked yet, 1 no, 2 yes. A block of no
    // place (an alt text) is asked each time.
    private readonly byte[] _entries;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Block, IReadOnlyList<(int Start, int End)>> _ranges = new(ReferenceEqualityComparer.Instance);

    // Made once: a lambda written at the call would be a new delegate at every word asked about.
    private readonly Func<Block, IReadOnlyList<(int Start, int End)>> _citingSentences;
    private readonly Func<Block, bool> _readsAsEntry;

    public CitedText(LintContext context)
    {
        _context = context;
        _entries = new byte[context.Document.Blocks.Count];
        _citingSentences = block => [.. _context.SentencesOf(block).Where(s => Cites(block, s.Start, s.End))];
        // Whether a paragraph reads as an entry is its text's question alone: an editor's server keeps the answer.
        var memory = context.Memory;
        _readsAsEntry = memory is null ? block => ReadsAsEntry(block.Text) : block => memory.Entries.Get(block.TextKey, 0, static (key, _) => ReadsAsEntry(key.Text));
    }

    /// <summary>True when the whole block is a reference entry that the references list does not hold.</summary>
    public bool IsEntry(Block block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || _context.KindOf(block) == BlockKind.ReferenceEntry)
        {
            return false;
        }

        int index = _context.Document.IndexOf(block);
        if (index < 0)
        {
            return _readsAsEntry(block);
        }

        // Two threads may both ask of a paragraph: each gets the same answer and writes the same byte.
        byte known = Volatile.Read(ref _entries[index]);
        if (known == 0)
        {
            known = _readsAsEntry(block) ? (byte)2 : (byte)1;
            Volatile.Write(ref _entries[index], known);
        }

        return known == 2;
    }

    /// <summary>True when text[start..start+length] is in a sentence of a note that gives a source's details.</summary>
    public bool CoversInNote(Block block, int start, int length)
    {
        if (block.Kind != BlockKind.FootnoteBody)
        {
            return false;
        }

        var ranges = _ranges.GetOrAdd(block, _citingSentences);

        foreach (var (from, to) in ranges)
        {
            if (start < to && start + length > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds to <paramref name="ranges"/> the sentences of <paramref name="block"/> that <see cref="CoversInNote"/> covers.</summary>
    public void AddCitingInNote(Block block, List<(int Start, int End)> ranges)
    {
        if (block.Kind == BlockKind.FootnoteBody)
        {
            ranges.AddRange(_ranges.GetOrAdd(block, _citingSentences));
        }
    }

    /// <summary>True when a paragraph's text gives a DOI or an ISBN, or parses as a reference entry whose authors have a comma or an ampersand (the spans would give the entry's title only).</summary>
    private static bool ReadsAsEntry(string text)
    {
        if (Identifier().IsMatch(text))
        {
            return true;
        }

        // A paragraph that opens with a citation in the text ("Smith and Jones (2010) argue") parses too; an
        // entry's authors are listed with commas ("Smith, J., & Jones, K."). Without either anywhere, the paragraph's
        // authors have neither, and it is not parsed: this is asked of every paragraph.
        if (text.AsSpan().IndexOfAny(',', '&') < 0)
        {
            return false;
        }

        var entry = ReferenceEntryParser.Parse(text, 0, text.Length);
        return entry is not null && text.AsSpan(entry.Start, entry.AuthorsLength).IndexOfAny(',', '&') >= 0;
    }

    private static bool Cites(Block block, int start, int end)
    {
        string sentence = block.Text[start..end];
        if (Signal().IsMatch(sentence) || block.Spans.Any(s => s.Kind == SpanKind.Url && s.Start < end && s.End > start) || Identifier().IsMatch(sentence) || AddressWords.HasWebAddress(sentence))
        {
            return true;
        }

        if (!Years.Standalone().IsMatch(sentence))
        {
            return false;
        }

        bool italicTitle = block.Spans.Any(s => s.Kind == SpanKind.Emphasis && s.Length > 1 && s.Start < end && s.End > start);
        bool quotedTitle = InlineQuotations.Find(sentence).Any(q => QuotationFinder.IsTitle(sentence.AsSpan(q.Start, q.Length).Trim().TrimEnd(',')));
        return italicTitle || quotedTitle || Publication().IsMatch(sentence) || Retrieval().IsMatch(sentence);
    }

    // A DOI or an ISBN names one publication.
    [GeneratedRegex(@"\bdoi(?::\s*|\.org/)10\.\d{4,}|\bISBN(?:-1[03])?:?\s*(?:97[89][-\s]?)?\d[\d\s-]{8,}[\dX]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();


    // Place and publisher, or a date, in brackets: (New York: Monad Press, 1974), (3 April 2001).
    [GeneratedRegex(@"\((?:[^()]*:[^()]*|[^()]*\d{1,2}\s+\p{L}+)\s+(?:1[5-9]|20)\d\d[^()]{0,3}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Publication();

    // A citation signal before a name or a title: "See Online Entertainment…", "Cf. Smith", "Vgl. Freud".
    [GeneratedRegex(@"^(?:See(?:\s+also)?|Cf\.|Compare|Vgl\.|Siehe|Voir|Véase|Ver|Vedi|Cfr\.)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Signal();

    [GeneratedRegex(@"\b(?:available\s+(?:at|from|online)|accessed|retrieved|URL:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Retrieval();
}
