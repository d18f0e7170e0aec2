using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Suppressions;

namespace PaperLint.Core.Readers;

/// <summary>
/// Reads plain text: paragraphs are separated by blank lines, and the lines of a paragraph are joined with
/// single spaces. Superscript digits typed as Unicode characters (¹²³) are note markers; a paragraph that
/// begins with one is the body of that note. A line that is exactly a <c>paperlint-disable</c>,
/// <c>paperlint-enable</c> or <c>paperlint-disable-next-line</c> directive is not prose: it is recorded as a
/// suppression and left out of its paragraph.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.PlainText;

    /// <summary>
    /// Reads a file's text; the document holds its source in the file's bytes where they are UTF-8 (<see
    /// cref="TextDecoding.ReadDocument"/>), and a long text's blocks hold their texts as UTF-8 too (<see cref="TextArena"/>).
    /// A long UTF-8 file is read a piece at a time (<see cref="ParseUtf8"/>), never as one string.
    /// </summary>
    public Document Read(string displayPath, Stream content) =>
        TextDecoding.ReadDocument(
            displayPath,
            content,
            static (path, source) => Parse(path, source, source.Length >= TextArena.CompactFrom ? new TextArena() : null),
            static (path, utf8, start) => ParseUtf8(path, utf8, start, PieceBytes, TextArena.CompactFrom));

    /// <summary>
    /// How many bytes of a long file are decoded at a time, at the least: a piece ends after the next blank line. 256 KB,
    /// so that a piece's string (two bytes a character) stays under the 1 MB from which the runtime puts an array in its
    /// large object heap (<c>System.GC.LOHThreshold</c>), which only a full collection takes back: in pieces of 1 MB,
    /// reading 22.7 MB of text alone peaked at 84 MiB, in pieces of 256 KB at 71.
    /// </summary>
    internal const int PieceBytes = 1 << 18;

    public static Document Parse(string displayPath, string source) => Parse(displayPath, source, null);

    /// <summary>Reads <paramref name="source"/>, holding each block's text in <paramref name="arena"/> once it is made, when there is one.</summary>
    internal static Document Parse(string displayPath, string source, TextArena? arena)
    {
        var lines = new LineIndex(source);
        var parts = new DocumentParts(lines, arena);
        parts.Read(source, 0);
        return parts.Finish(displayPath, source);
    }

    /// <summary>
    /// Reads the text <paramref name="utf8"/> holds as UTF-8 from <paramref name="start"/> on a piece at a time
    /// (about <paramref name="pieceBytes"/> bytes, each ending after a blank line, where no paragraph goes on), holding
    /// the blocks' texts in an arena and the source in the bytes: the same document as <see cref="Parse(string, string, TextArena?)"/>
    /// gives, while the whole text never stands as a string (for 22.7 MB of text, 45 MB). Null for a text shorter than
    /// <paramref name="minLength"/> characters, bytes that are not valid UTF-8, or where the bytes would take as much room
    /// as the string (a text of three bytes a letter): such a text is decoded whole.
    /// </summary>
    internal static Document? ParseUtf8(string displayPath, byte[] utf8, int start, int pieceBytes, int minLength = 0)
    {
        // A text has no more characters than bytes: a short file is passed over before its bytes are read at all.
        if (utf8.Length - start < minLength || !System.Text.Unicode.Utf8.IsValid(utf8.AsSpan(start)))
        {
            return null;
        }

        var lines = LineIndex.OfUtf8(utf8, start);
        if (lines.Length < minLength || CompactText.OfUtf8(utf8, start, lines.Length) is not { } compact)
        {
            return null;
        }

        var parts = new DocumentParts(lines, new TextArena(), compact);
        int shift = 0;
        for (int from = start; from < utf8.Length;)
        {
            int cut = PieceEnd(utf8, from, pieceBytes);
            string piece = Encoding.UTF8.GetString(utf8, from, cut - from);
            parts.Read(piece, shift);
            shift += piece.Length;
            from = cut;
        }

        var document = parts.Finish(displayPath, null);
        document.HoldSource(compact);
        return document;
    }

    /// <summary>
    /// Where the piece that begins at <paramref name="from"/> ends: after the first line of blanks (ASCII spaces, tabs and
    /// carriage returns, or nothing) that ends <paramref name="pieceBytes"/> bytes on or later; else at the end.
    /// </summary>
    private static int PieceEnd(byte[] utf8, int from, int pieceBytes)
    {
        if ((long)from + pieceBytes >= utf8.Length)
        {
            return utf8.Length;
        }

        int lineStart = Array.LastIndexOf(utf8, (byte)'\n', from + pieceBytes - 1, pieceBytes) + 1;
        while (Array.IndexOf(utf8, (byte)'\n', Math.Max(lineStart, from)) is int end and >= 0)
        {
            if (lineStart >= from && utf8.AsSpan(lineStart, end - lineStart).IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0)
            {
                return end + 1;
            }

            lineStart = end + 1;
        }

        return utf8.Length;
    }

    private static bool IsBlank(string source, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(source[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Collects blocks, notes and suppressions from the source, read whole or a piece at a time (<see cref="Read"/>);
    /// locations are filled in once the document exists (<see cref="Finish"/>).
    /// </summary>
    private sealed class DocumentParts(LineIndex lines, TextArena? arena, CompactText? source = null)
    {
        private static readonly TextLocation Unlocated = new(1, 1, 1, 1);

        private readonly List<Block> _blocks = [];
        private readonly List<FootnoteRef> _refs = [];
        private readonly List<FootnoteDef> _defs = [];

        // Where each note's number stands in the source (the notes' order), found while its piece is read.
        private readonly List<(int Start, int End)> _noteMarkers = [];
        private readonly SuppressionRegions _suppressions = new();
        private readonly List<(int Start, int End)> _pending = [];
        private readonly AuthorLines _authorLines = new();

        private readonly StringBuilder _text = new();

        // The piece being read, and where it begins in the source: offsets in it are the source's less the shift.
        private string _piece = "";
        private int _shift;

        /// <summary>
        /// Reads <paramref name="piece"/>, the source from <paramref name="shift"/> on: the whole source, or a piece of it
        /// that begins a line and ends after a blank line (or at the source's end), where no paragraph goes on.
        /// </summary>
        public void Read(string piece, int shift)
        {
            _piece = piece;
            _shift = shift;
            int firstBlock = _blocks.Count;
            int line = lines.ToLineColumn(shift).Line;
            for (; line < lines.LineCount && lines.LineStart(line) - shift <= piece.Length; line++)
            {
                int start = lines.LineStart(line) - shift;
                int end = line + 1 < lines.LineCount ? Math.Min(lines.LineStart(line + 1) - shift, piece.Length) : piece.Length;
                while (end > start && piece[end - 1] is '\n' or '\r')
                {
                    end--;
                }

                if (end - start < 200 && SuppressionDirective.MayBe(piece.AsSpan(start, end - start)) && SuppressionDirective.TryParse(piece[start..end], out var directive))
                {
                    TextPositions.Apply(_suppressions, directive, lines, start + shift, end + shift);
                }
                else if (IsBlank(piece, start, end))
                {
                    AddParagraph(_pending);
                    _pending.Clear();
                }
                else
                {
                    _pending.Add((start, end));
                }

                if (lines.LineStart(line) - shift == piece.Length)
                {
                    // An empty last line of the piece: the next piece's first.
                    break;
                }
            }

            AddParagraph(_pending);
            _pending.Clear();
            SoftLineBreaks.Record(_blocks.Skip(firstBlock), piece, shift);
            _piece = "";
        }

        /// <summary>The document made of the blocks read, with the notes, markers and suppressions in place; <paramref name="source"/> when it was read whole.</summary>
        public Document Finish(string displayPath, string? source)
        {
            var finished = new Document(displayPath, SourceFormat.PlainText, _blocks, source)
            {
                Lines = lines,
                FootnoteRefs = _refs,
                FootnoteDefs = _defs,
                Suppressions = _suppressions.Finish(),
            };
            Locate(finished);
            return finished;
        }

        private void AddParagraph(List<(int Start, int End)> paragraphLines)
        {
            if (paragraphLines.Count == 0)
            {
                return;
            }

            // One builder for every paragraph: its room is made once, and each paragraph's text is copied out of it.
            var text = _text.Clear();
            var map = new SourceMap();
            foreach (var (lineStart, lineEnd) in paragraphLines)
            {
                int from = lineStart;
                int to = lineEnd;
                while (from < to && char.IsWhiteSpace(_piece[from]))
                {
                    from++;
                }

                while (to > from && char.IsWhiteSpace(_piece[to - 1]))
                {
                    to--;
                }

                if (text.Length > 0)
                {
                    // The space that joins two lines stands for the line break before this line.
                    map.Add(text.Length, from - 1 + _shift, 1);
                    text.Append(' ');
                }

                map.Add(text.Length, from + _shift, to - from);
                text.Append(_piece, from, to - from);
            }

            string paragraph = text.ToString();
            bool heading = LooksLikeHeading(paragraph, paragraphLines.Count);
            var role = _authorLines.InBody ? FrontRole.Prose : _authorLines.Classify(paragraph, ManualMarkers.UnicodeMarks(paragraph).ConvertAll(m => (m.Start, m.Length)), heading);
            int markerLength = ManualMarkers.LeadingMarkerLength(paragraph);
            if (markerLength > 0 && role == FrontRole.Prose)
            {
                AddNoteBody(paragraph, map, markerLength);
                return;
            }

            var block = new Block(heading ? BlockKind.Heading : BlockKind.Paragraph, paragraph)
            {
                Map = map,
                HeadingLevel = heading ? 1 : 0,
                IsFrontMatter = role != FrontRole.Prose,
            };
            _blocks.Add(block);
            UrlDetector.MarkUrls(block);
            if (role == FrontRole.Prose)
            {
                CollectMarkers(block);
            }
            else
            {
                // The raised numbers of an author line and its affiliations point to institutes, not notes.
                ManualMarkers.MarkUnicode(block);
            }

            Hold(block);
        }

        /// <summary>
        /// Lets the block's string go, once the block is made: it reads its text from the source where it is the source's
        /// characters, its line breaks read as spaces (nearly every paragraph), else holds it in the arena.
        /// </summary>
        private void Hold(Block block)
        {
            if (source is not null && block.HoldTextIn(source))
            {
                return;
            }

            if (arena is not null)
            {
                block.HoldTextIn(arena);
            }
        }

        /// <summary>A note is found by its number: the superscript digits that open its paragraph, just before its text (in the piece being read).</summary>
        private (int Start, int End) MarkerOf(Block body)
        {
            int end = body.Map!.ToSource(0) - _shift;
            while (end > 0 && _piece[end - 1] is ' ' or '\t')
            {
                end--;
            }

            int start = end;
            while (start > 0 && SuperscriptDigits.Is(_piece[start - 1]))
            {
                start--;
            }

            return (start + _shift, end + _shift);
        }

        private TextLocation MarkerLocation(int note)
        {
            var (start, end) = _noteMarkers[note];
            var (line, column) = lines.ToLineColumn(start);
            var (endLine, endColumn) = lines.ToLineColumn(end);
            return new TextLocation(line + 1, column + 1, endLine + 1, endColumn + 1);
        }

        private void Locate(Document document)
        {
            for (int i = 0; i < _refs.Count; i++)
            {
                var r = _refs[i];
                _refs[i] = r with { Location = document.Locate(r.Block, r.Offset, r.Length) };
            }

            for (int i = 0; i < _defs.Count; i++)
            {
                var d = _defs[i];
                var first = d.Blocks[0];
                var located = d with { Location = MarkerLocation(i) };
                first.Note = located;
                _defs[i] = located;
            }
        }

        private void AddNoteBody(string paragraph, SourceMap map, int markerLength)
        {
            int bodyStart = ManualMarkers.BodyStart(paragraph, markerLength);
            var bodyMap = new SourceMap();
            int markerSource = map.ToSource(0);
            for (int i = bodyStart; i < paragraph.Length; i++)
            {
                bodyMap.Add(i - bodyStart, map.ToSource(i), 1);
            }

            var body = new Block(BlockKind.FootnoteBody, paragraph[bodyStart..])
            {
                Map = bodyMap.IsEmpty ? SourceMap.Identity(markerSource + markerLength, 0) : bodyMap,
            };
            _blocks.Add(body);
            UrlDetector.MarkUrls(body);
            _defs.Add(ManualMarkers.UnicodeNote(paragraph, markerLength, body, Unlocated));
            _noteMarkers.Add(MarkerOf(body));
            CollectMarkers(body);
            Hold(body);
        }

        // Locations are filled in by Locate once the document exists.
        private void CollectMarkers(Block block) => ManualMarkers.CollectUnicode(block, _refs, (_, _) => Unlocated);

        /// <summary>A single short line without closing punctuation, such as a title or "References".</summary>
        private static bool LooksLikeHeading(string paragraph, int lineCount)
        {
            if (lineCount != 1 || paragraph.Length == 0 || paragraph.Length > 80 || !char.IsUpper(paragraph[0]))
            {
                return false;
            }

            // A note number after the full stop ("… in 1850.¹") does not make a sentence a heading.
            string text = paragraph.TrimEnd();
            int end = text.Length;
            while (end > 1 && SuperscriptDigits.Is(text[end - 1]))
            {
                end--;
            }

            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '?' or '!' or '"' or '\u201D' or ')')
            {
                return false;
            }

            return InlineQuotations.CountWords(paragraph) <= 10;
        }
    }
}
