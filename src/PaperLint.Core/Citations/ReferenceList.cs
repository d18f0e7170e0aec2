using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// The references list of a paper: the blocks under a heading such as References, Bibliography or Works
/// Cited (a heading block, or a short line alone in a paragraph) up to the next heading of the same or a
/// higher level, read into entries. In a text file a paragraph may hold one entry a line. The entries of a list
/// of further reading (Further Reading, Other Resources) are read too, as sources a citation may mean, but their
/// blocks stay the paper's text. In Word, the bookmarks at an entry or at its number are kept, so that a link
/// from the text to them cites the entry.
/// </summary>
public sealed partial class ReferenceList
{
    /// <summary>
    /// Headings of a list of further reading: its entries are sources the paper may cite, but it does not promise
    /// that each one is cited, as a list of references does.
    /// </summary>
    internal static readonly IReadOnlyList<string> ReadingHeadings =
    [
        "Further Reading", "Further Readings", "Suggested Reading", "Suggested Readings", "Recommended Reading",
        "Recommended Readings", "Additional Reading", "Additional Readings", "Resources", "Other Resources",
        "Helpful Resources", "Other Helpful Resources", "Additional Resources", "Useful Resources", "Weiterführende Literatur",
    ];

    private static readonly HeadingNames ReadingHeadingNames = new(ReadingHeadings);

    private readonly HashSet<Block> _blocks;
    private readonly HashSet<Block> _readingBlocks;
    private readonly HashSet<ReferenceEntry> _reading;
    private readonly Dictionary<ReferenceEntry, IReadOnlyList<string>> _bookmarks;

    // Indexes built on first use (and once, whichever thread asks), so that a citation is looked up, not compared with every entry.
    private readonly Lazy<SurnameIndex<ReferenceEntry>> _byFirstAuthor;
    private readonly Lazy<SurnameIndex<ReferenceEntry>> _byAnyAuthor;
    private readonly Lazy<TitleIndex> _titles;
    private readonly Lazy<CaselessMentions> _words;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AuthorEntries> _byAuthorYear = new(StringComparer.Ordinal);

    // Each author's key (NameWords.Key), made once: the rules ask for an author's entries once per entry or citation.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _authorKeys = new(StringComparer.Ordinal);

    // Each entry's title forms (TitleText.Candidates), made once: the title index, Attribution.Uncited and the notes' check ask for them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ReferenceEntry, string[]> _entryTitles = new(ReferenceEqualityComparer.Instance);

    // What the lint of the document's last version kept (an editor's server): the title forms of each title, and the index of the last list's.
    private readonly Linting.LintMemory? _memory;

    private ReferenceList(IReadOnlyList<Block> blocks, IReadOnlyList<Block> readingBlocks, IReadOnlyList<ReferenceEntry> entries, HashSet<ReferenceEntry> reading, Dictionary<ReferenceEntry, IReadOnlyList<string>> bookmarks, Linting.LintMemory? memory)
    {
        _memory = memory;
        Blocks = blocks;
        Entries = entries;
        _blocks = new HashSet<Block>(blocks, ReferenceEqualityComparer.Instance);
        _readingBlocks = new HashSet<Block>(readingBlocks, ReferenceEqualityComparer.Instance);
        _reading = reading;
        _bookmarks = bookmarks;
        _byFirstAuthor = new(() => IndexAuthors(entries, firstOnly: true));
        _byAnyAuthor = new(() => IndexAuthors(entries, firstOnly: false));
        _titles = new(() => memory is null ? new TitleIndex(entries.Select(TitlesOf)) : memory.TitleIndex.Of([.. entries.Select(TitlesOf)]));
        _words = new(() => new CaselessMentions(Blocks.Concat(_readingBlocks).Select(b => b.Text)));
    }

    /// <summary>The blocks that hold entries.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>
    /// True when a surname stands as a word anywhere in the list's text (accents and case aside), read entries or
    /// not: an entry the parser could not read may still be the one a citation means.
    /// </summary>
    public bool Mentions(string surname) => _words.Value.Mentions(surname);

    /// <summary>The entries whose first author is <paramref name="author"/> (<see cref="NameWords.SameSurname"/>), in the list's order.</summary>
    internal IReadOnlyList<ReferenceEntry> EntriesBy(string author) => _byFirstAuthor.Value.Matching(author);

    /// <summary><see cref="EntriesBy"/> indexed by year, built once per author.</summary>
    internal AuthorEntries EntriesOf(string author) => _byAuthorYear.GetOrAdd(_authorKeys.GetOrAdd(author, NameWords.Key), (_, name) => new AuthorEntries(EntriesBy(name)), author);

    /// <summary>True when some entry lists <paramref name="author"/> at all, first or not.</summary>
    internal bool Lists(string author) => _byAnyAuthor.Value.Any(author);

    /// <summary>The forms of an entry's title a paper may name it by (<see cref="TitleText.Candidates"/>), made once per entry.</summary>
    internal string[] TitlesOf(ReferenceEntry entry) => _entryTitles.GetOrAdd(entry, static (e, memory) => memory is null
        ? [.. TitleText.Candidates(e)]
        : memory.TitleForms.Get((e.Title, e.PlainTitle), e, static (_, e) => [.. TitleText.Candidates(e)]), _memory);

    /// <summary>The forms of the entries' titles (<see cref="TitleText.Candidates"/>).</summary>
    internal TitleIndex Titles => _titles.Value;

    private static SurnameIndex<ReferenceEntry> IndexAuthors(IReadOnlyList<ReferenceEntry> entries, bool firstOnly)
    {
        var index = new SurnameIndex<ReferenceEntry>();
        foreach (var entry in entries)
        {
            foreach (string author in firstOnly ? entry.Authors.Take(1) : entry.Authors)
            {
                index.Add(author, entry);
            }
        }

        return index;
    }

    /// <summary>The kind of a block as the analysis sees it: <see cref="BlockKind.ReferenceEntry"/> for a block of <paramref name="list"/>.</summary>
    internal static BlockKind KindOf(ReferenceList? list, Block block) => list?.Contains(block) == true ? BlockKind.ReferenceEntry : block.Kind;

    /// <summary>
    /// True when the list is numbered (Vancouver, IEEE, MDPI): most of its entries, two or more, carry a number, written
    /// before them or printed by Word's or Markdown's numbering. Its citations may then be numbers.
    /// </summary>
    public bool IsNumbered
    {
        get
        {
            int numbered = Entries.Count(e => e.Number is not null && !_reading.Contains(e));
            return numbered >= 2 && numbered * 2 > Entries.Count(e => !_reading.Contains(e));
        }
    }

    /// <summary>True when <paramref name="block"/> holds entries of the list.</summary>
    public bool Contains(Block block) => _blocks.Contains(block);

    public IReadOnlyList<ReferenceEntry> Entries { get; }

    /// <summary>
    /// True when the entry stands in a list of further reading ("Further Reading", "Other Resources"): its entries are
    /// sources a citation may mean, but need not all be cited, and its blocks are not the references list
    /// (<see cref="Contains"/> is false for them), so the other rules read them as before.
    /// </summary>
    internal bool IsFurtherReading(ReferenceEntry entry) => _reading.Contains(entry);

    /// <summary>True when <paramref name="block"/> holds entries of a list of further reading (see <see cref="IsFurtherReading"/>).</summary>
    internal bool InFurtherReading(Block block) => _readingBlocks.Contains(block);

    /// <summary>
    /// The bookmarks that mark the entry (DOCX): those in its paragraph and in the paragraphs between it and the
    /// entry before, such as the number "[12]" of a numbered list set as a paragraph of its own.
    /// </summary>
    internal IReadOnlyList<string> BookmarksOf(ReferenceEntry entry) => _bookmarks.GetValueOrDefault(entry) ?? [];

    /// <summary>The references list of <paramref name="document"/>, or null when it has none (every such section of the paper, merged).</summary>
    /// <param name="memory">What the lint of the document's last version kept (an editor's server): each paragraph's entries, as read with the same neighbours.</param>
    internal static ReferenceList? Find(Document document, IReadOnlyList<string> headings, Linting.LintMemory? memory = null)
    {
        var blocks = new List<Block>();
        var readingBlocks = new List<Block>();
        var entries = new List<ReferenceEntry>();
        var reading = new HashSet<ReferenceEntry>(ReferenceEqualityComparer.Instance);
        var bookmarks = new Dictionary<ReferenceEntry, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        var body = document.Blocks.Where(b => b.Kind != BlockKind.FootnoteBody).ToList();
        var names = new HeadingNames(headings);
        for (int i = 0; i < body.Count; i++)
        {
            var block = body[i];
            bool further = false;
            bool headingBlock = block.Kind is BlockKind.Heading or BlockKind.Paragraph
                && (IsHeading(block.Text, names) || (further = IsHeading(block.Text, ReadingHeadingNames)));
            // A paragraph whose first line is the heading: "References" and the entries under it, one line each.
            bool headingLine = !headingBlock && block.Kind == BlockKind.Paragraph && block.Text.Length > 0 && block.LineBreaks.Count > 0
                && (IsHeading(block.Text.AsSpan(0, block.LineBreaks[0]), names) || (further = IsHeading(block.Text.AsSpan(0, block.LineBreaks[0]), ReadingHeadingNames)));
            if (!headingBlock && !headingLine)
            {
                continue;
            }

            var lines = Lines(block);

            int first = entries.Count;
            var claimed = further ? readingBlocks : blocks;
            int claimedBefore = claimed.Count;
            int level = block.Kind == BlockKind.Heading ? block.HeadingLevel : int.MaxValue;
            if (headingLine)
            {
                Read(block, lines.Skip(1).ToList(), claimed, entries, first, null, memory);
            }

            int j = i + 1;
            var section = new List<Block>();
            var marks = new List<string>();

            // A paragraph that is only a number ("12", "[12]") gives its number to the entry after it; when none of the
            // paragraphs up to the next such number reads as an entry, the first of them is the entry, known by its number.
            int? label = null;
            Block? unread = null;
            void TakeUnreadEntry()
            {
                if (label is { } number && unread is not null && number == NextNumber(entries, first))
                {
                    entries.Add(ReferenceEntryParser.ParseNumbered(unread.Text, 0, unread.Text.Length, unread.Spans) with { Block = unread, Number = number });
                    claimed.Add(unread);
                    if (marks.Count > 0)
                    {
                        bookmarks[entries[^1]] = marks.ToList();
                        marks.Clear();
                    }
                }

                label = null;
                unread = null;
            }

            for (; j < body.Count; j++)
            {
                var next = body[j];
                if (next.Kind == BlockKind.Heading && (next.HeadingLevel <= level || level == int.MaxValue))
                {
                    break;
                }

                // A sub-heading or a paragraph that is only a number ("12", "[12]") labels the entry after it.
                var numberLabel = NumberLabel().Match(next.Text);
                if (next.Kind == BlockKind.Heading || numberLabel.Success)
                {
                    TakeUnreadEntry();
                    marks.Clear();
                    label = numberLabel.Success && int.TryParse(numberLabel.Groups["n"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;
                }

                marks.AddRange(next.Bookmarks);
                if (next.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote)
                {
                    section.Add(next);
                    int before = entries.Count;
                    if (next.Kind != BlockKind.Quote && !numberLabel.Success)
                    {
                        Read(next, Lines(next), claimed, entries, first, label, memory);
                    }

                    if (entries.Count > before)
                    {
                        label = null;
                        unread = null;
                    }
                    else if (label is not null && !numberLabel.Success)
                    {
                        unread ??= next;
                    }

                    if (entries.Count > before && marks.Count > 0)
                    {
                        bookmarks[entries[before]] = marks.ToList();
                        marks.Clear();
                    }
                }
            }

            TakeUnreadEntry();
            if (further)
            {
                reading.UnionWith(entries.Skip(first));
            }

            AddUnreadEntries(section, claimed, claimedBefore);
            i = j - 1;
        }

        AddGeneratedBibliographies(document, blocks, readingBlocks, entries);

        // A list of further reading alone is no references list: the paper does not say where its sources are.
        return entries.Count == reading.Count ? null : new ReferenceList(blocks, readingBlocks, entries, reading, bookmarks, memory);
    }

    /// <summary>
    /// The paragraphs of a bibliography a reference manager generated (Zotero, Mendeley, EndNote) are a references list
    /// under any heading or none: those no heading claimed are read as one.
    /// </summary>
    private static void AddGeneratedBibliographies(Document document, List<Block> blocks, List<Block> readingBlocks, List<ReferenceEntry> entries)
    {
        var claimed = new HashSet<Block>(blocks.Concat(readingBlocks), ReferenceEqualityComparer.Instance);
        int before = blocks.Count;
        int first = entries.Count;
        foreach (var block in document.BibliographyFields.SelectMany(f => f.Blocks))
        {
            if (block.Kind == BlockKind.FootnoteBody || claimed.Contains(block))
            {
                continue;
            }

            Read(block, Lines(block), blocks, entries, first, null, null);
            if (!blocks.Contains(block))
            {
                blocks.Add(block);
            }
        }

        if (blocks.Count > before)
        {
            var order = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < document.Blocks.Count; i++)
            {
                order[document.Blocks[i]] = i;
            }

            blocks.Sort((a, b) => order[a].CompareTo(order[b]));
        }
    }

    /// <summary>
    /// Paragraphs of the section that the entry parser could not read (an entry with twenty authors, one split over
    /// two paragraphs, a hanging indent that looks like a quotation) are still part of the list: those between its
    /// first and last entries, and those after the last that are set in the same paragraph style (Word's
    /// "Bibliography"). Their entries are not known, but no rule takes them for the paper's prose.
    /// </summary>
    private static void AddUnreadEntries(List<Block> section, List<Block> blocks, int sectionStart)
    {
        // Only this section's blocks can have been read from it, and they were claimed after sectionStart: looking at
        // them alone keeps a paper with many references sections linear.
        var read = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        for (int k = sectionStart; k < blocks.Count; k++)
        {
            read.Add(blocks[k]);
        }

        int first = section.FindIndex(read.Contains);
        int last = section.FindLastIndex(read.Contains);
        if (first < 0)
        {
            return;
        }

        string? style = section[last].Style;
        int insertAt = blocks.IndexOf(section[first], sectionStart);
        for (int k = first; k < section.Count; k++)
        {
            var block = section[k];
            if (read.Contains(block))
            {
                insertAt = blocks.IndexOf(block, sectionStart) + 1;
                continue;
            }

            bool between = k < last;
            bool sameStyle = k > last && style is not null && block.Style == style;
            if (!between && !sameStyle)
            {
                break;
            }

            blocks.Insert(insertAt++, block);
        }
    }

    /// <summary>True when a block's text is a references heading: "References", "Works Cited:", "7. Bibliography".</summary>
    private static bool IsHeading(ReadOnlySpan<char> text, HeadingNames headings)
    {
        // Asked of every paragraph of a paper, so it reads the text in place and copies nothing.
        var t = text.Trim().TrimEnd(":.").Trim();
        int space = t.IndexOf(' ');
        if (space > 0 && IsSectionNumber(t[..space].TrimEnd('.')))
        {
            t = t[(space + 1)..].Trim();
        }

        return !t.IsEmpty && headings.Contains(t);
    }

    /// <summary>
    /// The names a heading may have, without case. Asked of every paragraph of a paper at every edit in an editor's server:
    /// a paragraph longer than the longest name is none of them, and one that is no longer is looked up, not compared with
    /// each name in turn through the list's interface (which cost a long document's lint a few milliseconds).
    /// </summary>
    private sealed class HeadingNames
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;
        private readonly int _longest;

        public HeadingNames(IReadOnlyList<string> names)
        {
            var set = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
            _names = set.GetAlternateLookup<ReadOnlySpan<char>>();
            _longest = set.Count == 0 ? 0 : set.Max(name => name.Length);
        }

        public bool Contains(ReadOnlySpan<char> name) => name.Length <= _longest && _names.Contains(name);
    }

    // "7", "2.1" (its last dot trimmed before), "IV": a number a heading may carry before its words.
    private static bool IsSectionNumber(ReadOnlySpan<char> number)
    {
        foreach (char c in number)
        {
            if (!char.IsDigit(c) && c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads the entries of one block: one per line when several lines open an entry, else the whole block.
    /// <paramref name="first"/> is the first entry of the section; <paramref name="labelled"/> the number a paragraph of
    /// its own gave the entry (it numbers an entry read, but makes none).
    /// </summary>
    private static void Read(Block block, List<(int Start, int End)> lines, List<Block> blocks, List<ReferenceEntry> entries, int first, int? labelled, Linting.LintMemory? memory)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var previous = entries.Count > 0 ? entries[^1].Authors : null;
        int expected = NextNumber(entries, first);
        var found = memory is null
            ? ReadEntries(block, lines, previous, expected, labelled)
            : memory.ReferenceEntries.Get(block.TextKey, 0, static (_, _) => new KeptEntries()).Of(block, lines, previous, expected, labelled);
        if (found.Count > 0)
        {
            blocks.Add(block);
            foreach (var entry in found)
            {
                entries.Add(entry with { Block = block });
            }
        }
    }

    /// <summary>
    /// The entries one block holds, without their block: one per line when several lines open an entry, else the whole
    /// block. What they are depends on the block's text, its spans and lines, its list number, and what the list gives it
    /// before: the authors of the entry before (a dash repeats them) and the number the next entry would have.
    /// </summary>
    private static List<ReferenceEntry> ReadEntries(Block block, List<(int Start, int End)> lines, IReadOnlyList<string>? previous, int expected, int? labelled)
    {
        var found = new List<ReferenceEntry>();
        var opening = new List<ReferenceEntry?>();
        if (lines.Count > 1 && block.ListNumber is null)
        {
            int expectedHere = expected;
            foreach (var (start, end) in lines)
            {
                var entry = Open(block, start, end, previous, null, expectedHere);
                opening.Add(entry);
                if (entry?.Number is { } n)
                {
                    expectedHere = n + 1;
                }
            }
        }

        if (opening.Count(e => e is not null) >= 2)
        {
            // One entry a line; a line that opens none continues the entry before it.
            for (int k = 0; k < lines.Count; k++)
            {
                if (opening[k] is not { } opened)
                {
                    continue;
                }

                int end = lines[k].End;
                for (int m = k + 1; m < lines.Count && opening[m] is null; m++)
                {
                    end = lines[m].End;
                }

                var entry = Open(block, lines[k].Start, end, found.Count > 0 ? found[^1].Authors : previous, null, opened.Number ?? -1);
                if (entry is not null)
                {
                    found.Add(entry);
                }
            }
        }
        else if (Open(block, lines[0].Start, lines[^1].End, previous, block.ListNumber ?? labelled, labelled is null ? expected : -1) is { } entry)
        {
            found.Add(entry);
        }

        return found;
    }

    /// <summary>
    /// A paragraph's entries as an editor's server keeps them from one lint to the next, by the paragraph's text, with
    /// everything else they were read with: read again when any of it differs.
    /// </summary>
    internal sealed class KeptEntries
    {
        private InlineSpan[] _spans = [];
        private (int Start, int End)[] _lines = [];
        private int? _listNumber;
        private string[]? _previous;
        private int _expected;
        private int? _labelled;
        private List<ReferenceEntry>? _entries;

        public List<ReferenceEntry> Of(Block block, List<(int Start, int End)> lines, IReadOnlyList<string>? previous, int expected, int? labelled)
        {
            if (_entries is null || !ReadWith(block, lines, previous, expected, labelled))
            {
                _entries = ReadEntries(block, lines, previous, expected, labelled);
                _spans = [.. block.Spans];
                _lines = [.. lines];
                _listNumber = block.ListNumber;
                _previous = previous is null ? null : [.. previous];
                _expected = expected;
                _labelled = labelled;
            }

            return _entries;
        }

        private bool ReadWith(Block block, List<(int Start, int End)> lines, IReadOnlyList<string>? previous, int expected, int? labelled) =>
            expected == _expected && labelled == _labelled && block.ListNumber == _listNumber
            && block.Spans.SequenceEqual(_spans) && lines.SequenceEqual(_lines)
            && (previous is null ? _previous is null : _previous is not null && previous.SequenceEqual(_previous, StringComparer.Ordinal));
    }

    /// <summary>
    /// The entry that text[start..end] of <paramref name="block"/> opens, with its number: the one written before it
    /// (<c>12.</c>, <c>[12]</c>), else <paramref name="printed"/> (Word's or Markdown's numbering, or a number in a
    /// paragraph of its own). An entry none of the author-date shapes reads is still one when its number is
    /// <paramref name="expected"/>, the next of the list.
    /// </summary>
    private static ReferenceEntry? Open(Block block, int start, int end, IReadOnlyList<string>? previous, int? printed, int expected)
    {
        string text = block.Text;
        var label = ReferenceEntryParser.NumberLabel(text, start, end);
        int? number = label?.Number ?? printed;
        int body = label?.Body ?? start;
        while (body < end && char.IsWhiteSpace(text[body]))
        {
            body++;
        }

        // A numbered entry in the shapes of the numbered styles is read so; the author-date shapes misread their authors.
        var entry = number is not null && body < end ? ReferenceEntryParser.ParseNumberedShape(text, body, end, block.Spans) : null;
        entry ??= ReferenceEntryParser.Parse(text, start, end, block.Spans, previous);
        if (entry is null && number is { } n && n == expected && body < end)
        {
            entry = ReferenceEntryParser.ParseNumbered(text, body, end, block.Spans);
        }

        return entry is null || number is null ? entry : entry with
        {
            Number = number,
            NumberStart = label?.Start ?? -1,
            NumberLength = label?.Length ?? 0,
        };
    }

    /// <summary>The number the next entry of the section that began at entry <paramref name="first"/> would have: one after the last numbered one, else 1.</summary>
    private static int NextNumber(List<ReferenceEntry> entries, int first)
    {
        for (int k = entries.Count - 1; k >= first; k--)
        {
            if (entries[k].Number is { } n)
            {
                return n + 1;
            }
        }

        return 1;
    }

    /// <summary>The lines of a block: in a text format, the reader recorded which spaces stand for line breaks.</summary>
    private static List<(int Start, int End)> Lines(Block block)
    {
        var lines = new List<(int, int)>();
        if (block.Text.Length == 0)
        {
            return lines;
        }

        int start = 0;
        foreach (int at in block.LineBreaks)
        {
            lines.Add((start, at));
            start = at + 1;
        }

        lines.Add((start, block.Text.Length));
        return lines;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[\[(]?(?<n>\d{1,4})[\])]?[.:]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex NumberLabel();
}
