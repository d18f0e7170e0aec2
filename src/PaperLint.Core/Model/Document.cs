namespace PaperLint.Core.Model;

/// <summary>
/// A paper read into the format-neutral model: its prose blocks in reading order, its note markers and
/// note bodies as written, and the means to turn an offset in a block back into a place in the file.
/// </summary>
public sealed class Document
{
    private const int ExcerptRadius = 40;

    private LineIndex? _lines;

    // The place of each block in Blocks, made on first use when a block's own hint does not hold (a block that stands
    // in two documents).
    private Dictionary<Block, int>? _places;

    // The source of a text format: as a string, or as UTF-8 once the document holds it compactly (HoldSourceCompactly).
    private string? _source;
    private CompactText? _compact;

    public Document(string path, SourceFormat format, IReadOnlyList<Block> blocks, string? source = null)
    {
        Path = path;
        Format = format;
        Blocks = blocks;
        _source = source;
        for (int i = 0; i < blocks.Count; i++)
        {
            blocks[i].PlaceHint = i;
        }
    }

    public string Path { get; }

    public SourceFormat Format { get; }

    /// <summary>The source text of a text format (null for DOCX).</summary>
    /// <remarks>
    /// A document read from a file holds its source compactly (<see cref="HoldSourceCompactly"/>): the string is then
    /// decoded when asked for, and kept only while a caller holds it. <see cref="HasSource"/> asks whether there is one.
    /// </remarks>
    public string? Source => _source ?? _compact?.Whole();

    /// <summary>True for a text format, which has a <see cref="Source"/> (without decoding it).</summary>
    internal bool HasSource => _source is not null || _compact is not null;

    /// <summary>source[start..start+length] of a text format, decoding only that stretch of a source held compactly.</summary>
    internal string SourceSlice(int start, int length) =>
        _compact is { } compact ? compact.Slice(start, length) : (_source ?? throw new InvalidOperationException("A Word document has no source text.")).Substring(start, length);

    /// <summary>
    /// Holds the source in <paramref name="utf8"/>, the bytes it was decoded from as UTF-8 from <paramref name="start"/>
    /// on, where they are smaller than the string (<see cref="CompactText"/>); null bytes (a file in another encoding)
    /// leave the string. A reader of files calls it once the blocks are read: nothing after that needs the whole string
    /// at once but a raw-scoped rule or a fix, which decode it. A long paper's source was as large as its paragraphs'
    /// texts, held to the end of the run for the few lines its excerpts show; an editor's server, which holds the text
    /// anyway, reads it as a string and keeps it so.
    /// </summary>
    internal void HoldSourceCompactly(byte[]? utf8, int start)
    {
        if (utf8 is null || _source is not { Length: > 0 } source)
        {
            return;
        }

        _lines ??= new LineIndex(source);
        if (CompactText.Of(source, utf8, start) is { } compact)
        {
            _compact = compact;
            _source = null;
        }
    }

    /// <summary>Holds the source as <paramref name="compact"/>: a reader that never made the whole string (a long text file's).</summary>
    internal void HoldSource(CompactText compact)
    {
        _compact = compact;
        _source = null;
    }

    /// <summary>True when the source is held as UTF-8 (for tests).</summary>
    internal bool HoldsSourceCompactly => _compact is not null;

    /// <summary>All prose blocks in reading order; note bodies included, as blocks of kind <see cref="BlockKind.FootnoteBody"/>.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>
    /// The language the file declares for the whole document (DOCX's default run language, <c>lang:</c> in
    /// Markdown front matter), as a BCP 47 tag; null when it says nothing.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Every note marker as written, in reading order.</summary>
    public IReadOnlyList<FootnoteRef> FootnoteRefs { get; init; } = [];

    /// <summary>Every note body as written, in source order.</summary>
    public IReadOnlyList<FootnoteDef> FootnoteDefs { get; init; } = [];

    /// <summary>Markdown: the alt text of each image, as blocks of their own that only a Vale style's rules read.</summary>
    internal IReadOnlyList<Block> AltTexts { get; init; } = [];

    /// <summary>Where the author asked, in the file, that rules not be reported (<c>paperlint-disable</c> comments and directives).</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>
    /// The full path of the folder the document's file is in, when it was read from disk: files the document names,
    /// such as its bibliography, are found from there. Null for a document read from memory.
    /// </summary>
    public string? Folder { get; internal set; }

    /// <summary>Markdown: how many code blocks (fenced or indented) the source holds; their text is not in <see cref="Blocks"/>.</summary>
    internal int CodeBlocks { get; init; }

    /// <summary>Markdown: the pandoc citation keys the document cites, in source order.</summary>
    public IReadOnlyList<KeyCitation> KeyCitations { get; init; } = [];

    /// <summary>Markdown: what the YAML front matter says of the bibliography (<c>bibliography:</c>, <c>references:</c>, <c>nocite:</c>).</summary>
    internal Readers.Markdown.PandocMetadata? Metadata { get; init; }

    /// <summary>DOCX: the citations reference managers (Zotero, Mendeley, EndNote, Citavi) inserted, in reading order.</summary>
    public IReadOnlyList<CitationField> CitationFields { get; init; } = [];

    /// <summary>DOCX: the bibliographies reference managers generated, each with the paragraphs it fills.</summary>
    public IReadOnlyList<BibliographyField> BibliographyFields { get; init; } = [];

    /// <summary>True when <paramref name="block"/> is a paragraph of a bibliography a reference manager generated.</summary>
    public bool IsGeneratedBibliography(Block block) => BibliographyFields.Any(f => f.Blocks.Contains(block));

    /// <summary>
    /// Whether findings in this document carry the excerpt that shows their spot (<see cref="ExcerptOf"/>, <see
    /// cref="ExcerptAt(TextLocation)"/>): true unless the reader of the findings shows none, as the JSON report and the
    /// language server do, which are then spared a copy of a line for each finding.
    /// </summary>
    internal bool Excerpts { get; set; } = true;

    /// <summary>
    /// Where <paramref name="block"/> stands in <see cref="Blocks"/>, or -1 (an alt text, a block of no document): the
    /// facts of a document about each block are kept in arrays by this number, not in tables keyed by the block.
    /// </summary>
    internal int IndexOf(Block block)
    {
        int hint = block.PlaceHint;
        if ((uint)hint < (uint)Blocks.Count && ReferenceEquals(Blocks[hint], block))
        {
            return hint;
        }

        var places = Volatile.Read(ref _places) ?? LazyInitializer.EnsureInitialized(ref _places, () =>
        {
            var made = new Dictionary<Block, int>(Blocks.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < Blocks.Count; i++)
            {
                made.TryAdd(Blocks[i], i);
            }

            return made;
        });
        return places.TryGetValue(block, out int index) ? index : -1;
    }

    /// <summary>Where the lines of <see cref="Source"/> begin: built on first use, or given by the reader that built one.</summary>
    internal LineIndex? Lines
    {
        get => _lines ?? (_source is { } source ? _lines = new LineIndex(source) : null);
        init => _lines = value;
    }

    /// <summary>The place in the user's file of text[start..start+length] of <paramref name="block"/>.</summary>
    public SourceLocation Locate(Block block, int start, int length)
    {
        if (block.Docx is { } anchor)
        {
            return new DocxLocation(anchor.Part, anchor.Paragraph, start, length, anchor.NoteKind, anchor.Note, anchor.NoteParagraph);
        }

        if (block.Map is { } map && Lines is { } lines)
        {
            var (sourceStart, sourceEnd) = map.ToSourceRange(start, length);
            var (line, column) = lines.ToLineColumn(sourceStart);
            var (endLine, endColumn) = lines.ToLineColumn(sourceEnd);
            return new TextLocation(line + 1, column + 1, endLine + 1, endColumn + 1);
        }

        return new TextLocation(1, 1, 1, 1);
    }

    /// <summary>The place of source[start..start+length] of a text format (null for DOCX, which has no source text).</summary>
    internal TextLocation? LocateSource(int start, int length)
    {
        if (Lines is not { } lines)
        {
            return null;
        }

        var (line, column) = lines.ToLineColumn(start);
        var (endLine, endColumn) = lines.ToLineColumn(start + length);
        return new TextLocation(line + 1, column + 1, endLine + 1, endColumn + 1);
    }

    /// <summary>
    /// The text a person needs to recognise the spot: the source line in text formats, a window of the
    /// paragraph in DOCX; the match's range within it is given for marking.
    /// </summary>
    public Excerpt? ExcerptOf(Block block, int start, int length)
    {
        if (!Excerpts)
        {
            return null;
        }

        if (block.Map is { } map && Lines is { } lines && HasSource)
        {
            var (sourceStart, sourceEnd) = map.ToSourceRange(start, length);
            var (line, column) = lines.ToLineColumn(sourceStart);
            int lineEnd = LineEnd(lines, line);
            int matchLength = Math.Max(0, Math.Min(sourceEnd, lineEnd) - sourceStart);
            return LineWindow(lines, line, lineEnd, column, matchLength);
        }

        return Window(block.Text, start, length);
    }

    /// <summary>
    /// The excerpt for something whose place the reader recorded itself (a note marker, a note): its source line
    /// in text formats, where the place may hold characters the block's text does not (<c>[^4]</c>); otherwise
    /// the block's text around <paramref name="start"/>.
    /// </summary>
    public Excerpt? ExcerptAt(SourceLocation location, Block? block, int start, int length) =>
        location is TextLocation at ? ExcerptAt(at) : block is null ? null : ExcerptOf(block, start, length);

    /// <summary>The source line of a text location with its range marked (null for DOCX, which has no source text).</summary>
    public Excerpt? ExcerptAt(TextLocation location)
    {
        if (!Excerpts || !HasSource || Lines is not { } lines || location.Line > lines.LineCount)
        {
            return null;
        }

        int line = location.Line - 1;
        int lineEnd = LineEnd(lines, line);
        int column = location.Column - 1;
        int length = location.EndLine == location.Line ? location.EndColumn - location.Column : lineEnd - lines.LineStart(line) - column;
        return LineWindow(lines, line, lineEnd, column, length);
    }

    private int LineEnd(LineIndex lines, int line) => _compact is { } compact ? compact.LineEnd(lines, line) : lines.LineEnd(line, _source!);

    /// <summary>
    /// The excerpt of line <paramref name="line"/> (ending at <paramref name="lineEnd"/>) around the range that begins at
    /// <paramref name="column"/>: what <see cref="Window"/> makes of the whole line, from the stretch of it that the
    /// window can reach, so that a source held compactly decodes a few dozen characters, not a line that may be the
    /// whole file.
    /// </summary>
    private Excerpt LineWindow(LineIndex lines, int line, int lineEnd, int column, int length)
    {
        int lineStart = lines.LineStart(line);
        int lineLength = lineEnd - lineStart;
        if (_compact is not { } compact)
        {
            return Window(_source.AsSpan(lineStart, lineLength), column, length);
        }

        // Window reads at most one character beyond its radius on either side of the range (as clamped to the line), and
        // marks a cut where its window ends short of the text's ends: given the stretch one character wider than its
        // window, it cuts, marks and places everything as it would in the whole line.
        column = Math.Clamp(column, 0, lineLength);
        length = Math.Clamp(length, 0, lineLength - column);
        int from = Math.Max(0, column - ExcerptRadius - 1);
        int to = Math.Min(lineLength, column + length + ExcerptRadius + 1);
        return Window(compact.Slice(lineStart + from, to - from), column - from, length);
    }

    /// <remarks>A span, not a copy: a text without line breaks is one line, and each finding in it would copy all of it.</remarks>
    internal static Excerpt Window(ReadOnlySpan<char> text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        int from = Math.Max(0, start - ExcerptRadius);
        int to = Math.Min(text.Length, start + length + ExcerptRadius);

        // Cut at word boundaries so the excerpt does not begin or end mid-word.
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1]))
        {
            from++;
        }

        while (to < text.Length && to > start + length && !char.IsWhiteSpace(text[to]))
        {
            to--;
        }

        string prefix = from > 0 ? "…" : "";
        string suffix = to < text.Length ? "…" : "";
        string body = text[from..to].ToString().Replace(Block.Placeholder, '…').Replace('\t', ' ');
        return new Excerpt(prefix + body + suffix, prefix.Length + start - from, length);
    }
}
