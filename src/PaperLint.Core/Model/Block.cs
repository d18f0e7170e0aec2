namespace PaperLint.Core.Model;

/// <summary>
/// One unit of prose as a reader of the page sees it: a paragraph, heading, list item, table cell,
/// quotation or note paragraph. Rules match on <see cref="Text"/>; <see cref="Document.Locate"/> turns an
/// offset in it back into a place in the user's file.
/// </summary>
public sealed class Block
{
    /// <summary>Stands in the text for something that is not prose (inline code, a URL, raw HTML), so words on either side stay apart.</summary>
    public const char Placeholder = '\uFFFC';

    // Made by the first span: most blocks of a paper have none, and a long paper has tens of thousands of blocks.
    private List<InlineSpan>? _spans;

    // What only a Word file's paragraph says of itself: a Markdown or text block sets none of it and has none, and a long
    // document has tens of thousands of blocks. Written while the block is made, then shared by its moved copies (MovedBy).
    private WordParagraph? _word;

    // The hash of Text in the low half, and a bit above it once it is taken (TextKey); one field, written whole, so
    // that two rules asking at once see either nothing or the whole hash.
    private long _textHash;

    /// <summary>Where the last document made with this block holds it in its blocks (<see cref="Document.IndexOf"/> checks it).</summary>
    internal int PlaceHint { get; set; } = -1;

    // The text: a string; the document's source, where the text is the source's characters its map gives (HoldTextIn of
    // a CompactText); or a Utf8Text once it is held as UTF-8 in an arena (HoldTextIn of a TextArena). Written while the
    // block is read, before any rule asks; one field, so that a block that keeps its string is no larger than before.
    private object _text;

    // The last texts this thread decoded, and their blocks: a rule asks for one paragraph's text many times in a row.
    [ThreadStatic]
    private static Decoded? t_decoded;

    public Block(BlockKind kind, string text)
    {
        Kind = kind;
        _text = text;
    }

    /// <summary>What the reader saw. The references list is a fact of the analysis (<c>LintContext.KindOf</c>), not of the model.</summary>
    public BlockKind Kind { get; }

    /// <summary>The plain text, markup stripped.</summary>
    /// <remarks>
    /// A long text file's blocks hold no text of their own but read it from the source (or hold it as UTF-8 in a <see
    /// cref="TextArena"/>): the string is then decoded when asked for, the same characters each time though not always the
    /// same instance.
    /// </remarks>
    public string Text => _text as string ?? Decode();

    /// <summary>True when the text is not held as a string (<see cref="HoldTextIn(CompactText)"/>, <see cref="HoldTextIn(TextArena)"/>; for tests).</summary>
    internal bool HoldsTextCompactly => _text is not string;

    /// <summary>True when the text is read from the source (<see cref="HoldTextIn(CompactText)"/>; for tests).</summary>
    internal bool ReadsTextFromSource => _text is CompactText;

    /// <summary>
    /// Lets the string go where the text is <paramref name="source"/>'s characters that <see cref="Map"/> gives, each line
    /// break among them read as a space (a paragraph of a text file, whose lines are joined with spaces): the block then
    /// holds nothing of its text but the map it has anyway, and reads the text from the source when asked. False, the
    /// string kept, for any other text (a line indented with a tab, whose join is a space where the source has the tab):
    /// the text is decoded and compared here, so the block gives back exactly the text it was made with. A reader calls it
    /// once it has made the block, before the document is linted: nothing may ask for the text while it moves.
    /// </summary>
    internal bool HoldTextIn(CompactText source)
    {
        if (_text is not string text || text.Length == 0 || Map is not { } map || map.TextLength != text.Length
            || map.SourceBounds() is not (>= 0, var greatest) || greatest > source.Length)
        {
            return false;
        }

        // Compared in a rented buffer: a long paper's blocks are let go at once, and a string each would be garbage at the
        // reading's peak.
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var read = buffer.AsSpan(0, text.Length);
            CopyFromSource(source, map, read);
            if (!read.SequenceEqual(text))
            {
                return false;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        _text = source;
        return true;
    }

    /// <summary>The text <paramref name="map"/> gives of <paramref name="source"/>, with the line breaks among it read as spaces.</summary>
    private static string FromSource(CompactText source, SourceMap map) =>
        string.Create(map.TextLength, (source, map), static (chars, state) => CopyFromSource(state.source, state.map, chars));

    private static void CopyFromSource(CompactText source, SourceMap map, Span<char> chars)
    {
        foreach (var (textStart, sourceStart, length) in map.Segments)
        {
            var part = chars.Slice(textStart, length);
            source.CopyTo(sourceStart, part);
            part.Replace('\n', ' ');
            part.Replace('\r', ' ');
        }
    }

    /// <summary>
    /// Holds the text in <paramref name="arena"/> as UTF-8 where that is smaller, and lets the string go. A reader calls
    /// it once it has made the block, before the document is linted: nothing may ask for the text while it moves.
    /// </summary>
    internal void HoldTextIn(TextArena arena)
    {
        if (_text is string text && arena.TryPut(text, out var chunk, out int at, out int bytes))
        {
            _text = new Utf8Text(chunk, at, bytes, text.Length);
        }
    }

    private string Decode()
    {
        var decoded = t_decoded ??= new Decoded();
        if (decoded.Find(this) is { } kept)
        {
            return kept;
        }

        if (_text is CompactText source)
        {
            string read = FromSource(source, Map!);
            decoded.Keep(this, read);
            return read;
        }

        var utf8 = (Utf8Text)_text;
        string text = string.Create(utf8.Length, utf8, static (chars, utf8) =>
            System.Text.Encoding.UTF8.GetChars(utf8.Chunk.AsSpan(utf8.At, utf8.Bytes), chars));
        decoded.Keep(this, text);
        return text;
    }

    /// <summary>A text held as UTF-8: <c>Bytes</c> bytes of <c>Chunk</c> from <c>At</c> on, <c>Length</c> characters decoded.</summary>
    private sealed class Utf8Text(byte[] chunk, int at, int bytes, int length)
    {
        public byte[] Chunk { get; } = chunk;

        public int At { get; } = at;

        public int Bytes { get; } = bytes;

        public int Length { get; } = length;
    }

    /// <summary>A thread's last few decoded texts, the latest found first.</summary>
    private sealed class Decoded
    {
        private const int Size = 8;

        private readonly Block?[] _blocks = new Block?[Size];
        private readonly string?[] _texts = new string?[Size];
        private int _last;

        public string? Find(Block block)
        {
            for (int i = 0, at = _last; i < Size; i++, at = (at + Size - 1) % Size)
            {
                if (ReferenceEquals(_blocks[at], block))
                {
                    return _texts[at];
                }
            }

            return null;
        }

        public void Keep(Block block, string text)
        {
            _last = (_last + 1) % Size;
            _blocks[_last] = block;
            _texts[_last] = text;
        }
    }

    /// <summary>Text formats: maps offsets in <see cref="Text"/> to offsets in <see cref="Document.Source"/>.</summary>
    internal SourceMap? Map { get; init; }

    /// <summary>DOCX: the paragraph this block is.</summary>
    public DocxAnchor? Docx
    {
        get => _word?.Anchor;
        init => Word.Anchor = value;
    }

    /// <summary>The paragraph style name (DOCX), such as "Heading 1" or "Quote".</summary>
    public string? Style
    {
        get => _word?.Style;
        init => Word.Style = value;
    }

    /// <summary>1-6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>
    /// The language the file declares for this block's text (a BCP 47 tag such as <c>de-DE</c>): DOCX's <c>w:lang</c>
    /// on its runs or in its styles, the language of most of its letters. Null when the file says nothing here.
    /// </summary>
    public string? Language
    {
        get => _word?.Language;
        init => Word.Language = value;
    }

    /// <summary>
    /// DOCX: the colour of (nearly) all the paragraph's letters as an RGB hex string (<c>4472C4</c>), when it is
    /// neither automatic nor black. Writers mark a voice this way, such as the replies in a response to reviewers.
    /// </summary>
    public string? Color
    {
        get => _word?.Color;
        init => Word.Color = value;
    }

    /// <summary>Left indentation in twentieths of a point (DOCX), when the paragraph sets one.</summary>
    public int? IndentTwips
    {
        get => _word?.IndentTwips;
        init => Word.IndentTwips = value;
    }

    /// <summary>For a <see cref="BlockKind.FootnoteBody"/>: the note this paragraph belongs to.</summary>
    public FootnoteDef? Note { get; internal set; }

    /// <summary>Ranges of the text with a kind: code, URLs, emphasis, superscript, link text.</summary>
    public IReadOnlyList<InlineSpan> Spans => (IReadOnlyList<InlineSpan>?)_spans ?? [];

    /// <summary>
    /// Text formats: the offsets in <see cref="Text"/> of the spaces that stand for a line break of the source
    /// (a paragraph's lines are joined with a space). A references list in a text file may hold one entry a line.
    /// </summary>
    public IReadOnlyList<int> LineBreaks { get; internal set; } = [];

    /// <summary>
    /// The number a numbered list shows before this item when the format writes it, not the author (a Markdown
    /// ordered list, Word's automatic numbering): it is not in <see cref="Text"/>. Null for any other block.
    /// </summary>
    internal int? ListNumber { get; init; }

    /// <summary>
    /// True for an author line at the head of a paper or an affiliation under it (<c>Ana Ruiz¹², Li Wei²</c>): its
    /// raised numbers point to institutes, neither to notes nor to references.
    /// </summary>
    internal bool IsFrontMatter { get; init; }

    /// <summary>Markdown: an image's alt text, read by a Vale style's rules only (<see cref="Document.AltTexts"/>).</summary>
    internal bool IsAltText { get; init; }

    /// <summary>DOCX: the names of the bookmarks that begin in this paragraph, the places internal links lead to.</summary>
    internal IReadOnlyList<string> Bookmarks
    {
        get => _word?.Bookmarks ?? [];
        init => Word.Bookmarks = value;
    }

    /// <summary>DOCX: the links from this paragraph's text to bookmarks of the document.</summary>
    internal IReadOnlyList<InternalLink> InternalLinks
    {
        get => _word?.InternalLinks ?? [];
        init => Word.InternalLinks = value;
    }

    /// <summary>True where the text is inside a block quotation (the quoted author's words).</summary>
    public bool IsQuotation => Kind == BlockKind.Quote;

    public bool IsInSpan(SpanKind kind, int start, int length)
    {
        if (_spans is not { } spans)
        {
            return false;
        }

        if (spans.Count >= IndexedFrom)
        {
            return Stretches.Overlaps(Indexed((int)kind), start, length);
        }

        foreach (var span in spans)
        {
            if (span.Kind == kind && span.Overlaps(start, length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where a match must not be reported because it touches code, a URL or other non-prose.</summary>
    public bool TouchesNonProse(int start, int length)
    {
        if (_spans is not { } spans)
        {
            return false;
        }

        if (spans.Count >= IndexedFrom)
        {
            return Stretches.Overlaps(Indexed(NonProseKinds), start, length);
        }

        foreach (var span in spans)
        {
            if (IsNonProse(span.Kind) && span.Overlaps(start, length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNonProse(SpanKind kind) => kind is SpanKind.Code or SpanKind.Url or SpanKind.NonProse;

    // A paragraph with this many spans or more is asked about through its spans of each kind, in order and joined
    // (Stretches): a long text on one line has thousands, and its rules ask about each match.
    private const int IndexedFrom = 16;

    // The place in _indexed of the non-prose kinds together, after one place for each kind.
    private const int NonProseKinds = (int)SpanKind.LinkText + 1;

    // The spans of each kind (and of the non-prose kinds), in order and joined, made on the first question after the
    // spans last changed; rules on several threads may make one at once, and each makes the same.
    private (int Start, int End)[]?[]? _indexed;

    private (int Start, int End)[] Indexed(int kinds)
    {
        var indexed = Volatile.Read(ref _indexed);
        if (indexed is null)
        {
            indexed = new (int Start, int End)[]?[NonProseKinds + 1];
            indexed = Interlocked.CompareExchange(ref _indexed, indexed, null) ?? indexed;
        }

        if (Volatile.Read(ref indexed[kinds]) is { } made)
        {
            return made;
        }

        var stretches = new List<(int Start, int End)>();
        foreach (var span in _spans!)
        {
            if (kinds == NonProseKinds ? IsNonProse(span.Kind) : (int)span.Kind == kinds)
            {
                stretches.Add((span.Start, span.End));
            }
        }

        Stretches.Merge(stretches);
        made = [.. stretches];
        Volatile.Write(ref indexed[kinds], made);
        return made;
    }

    /// <summary>
    /// <see cref="Text"/> as a key of an editor's memory of the last lint, hashed on first use and then kept: the memos
    /// that ask about this paragraph hash it once between them.
    /// </summary>
    internal Linting.ParagraphText TextKey
    {
        get
        {
            long kept = Volatile.Read(ref _textHash);
            if (kept == 0)
            {
                kept = (1L << 32) | (uint)Linting.ParagraphText.Of(Text).GetHashCode();
                Volatile.Write(ref _textHash, kept);
            }

            return new Linting.ParagraphText(Text, (int)kept);
        }
    }

    /// <summary>
    /// This block as it stands in a later version of its source, where its text begins <paramref name="by"/> characters
    /// further on: the same text (and its hash, once taken), spans and line breaks, its map moved; no note (the caller
    /// gives it the note moved with it). The block and the copy share what neither changes once the document is read.
    /// </summary>
    internal Block MovedBy(int by) => new(Kind, string.Empty)
    {
        // A text read from the source is its own string again: the moved map no longer gives it.
        _text = _text is CompactText ? Text : _text,
        Map = Map?.MovedBy(by),
        HeadingLevel = HeadingLevel,
        LineBreaks = LineBreaks,
        ListNumber = ListNumber,
        IsFrontMatter = IsFrontMatter,
        IsAltText = IsAltText,
        _word = _word,
        _spans = _spans,
        _textHash = Volatile.Read(ref _textHash),
    };

    /// <summary>Readers add spans while they build the block; once the document is read, it does not change.</summary>
    internal void AddSpan(InlineSpan span)
    {
        (_spans ??= []).Add(span);
        _indexed = null;
    }

    internal void AddSpans(IReadOnlyCollection<InlineSpan> spans)
    {
        if (spans.Count > 0)
        {
            (_spans ??= new List<InlineSpan>(spans.Count)).AddRange(spans);
            _indexed = null;
        }
    }

    public override string ToString() => $"{Kind}: {Text}";

    private WordParagraph Word => _word ??= new WordParagraph();

    private sealed class WordParagraph
    {
        public DocxAnchor? Anchor { get; set; }

        public string? Style { get; set; }

        public string? Language { get; set; }

        public string? Color { get; set; }

        public int? IndentTwips { get; set; }

        public IReadOnlyList<string> Bookmarks { get; set; } = [];

        public IReadOnlyList<InternalLink> InternalLinks { get; set; } = [];
    }
}
