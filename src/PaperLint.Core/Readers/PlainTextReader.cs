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
    /// </summary>
    public Document Read(string displayPath, Stream content) =>
        TextDecoding.ReadDocument(displayPath, content, static (path, source) => Parse(path, source, source.Length >= TextArena.CompactFrom ? new TextArena() : null));

    public static Document Parse(string displayPath, string source) => Parse(displayPath, source, null);

    /// <summary>Reads <paramref name="source"/>, holding each block's text in <paramref name="arena"/> once it is made, when there is one.</summary>
    internal static Document Parse(string displayPath, string source, TextArena? arena)
    {
        var lines = new LineIndex(source);
        var blocks = new List<Block>();
        var refs = new List<FootnoteRef>();
        var defs = new List<FootnoteDef>();
        var pending = new List<(int Start, int End)>();
        var document = new DocumentParts(source, blocks, refs, defs, arena);
        var suppressions = new SuppressionRegions();

        for (int line = 0; line < lines.LineCount; line++)
        {
            int start = lines.LineStart(line);
            int end = lines.LineEnd(line, source);
            if (end - start < 200 && SuppressionDirective.MayBe(source.AsSpan(start, end - start)) && SuppressionDirective.TryParse(source[start..end], out var directive))
            {
                TextPositions.Apply(suppressions, directive, lines, start, end);
            }
            else if (IsBlank(source, start, end))
            {
                document.AddParagraph(pending);
                pending.Clear();
            }
            else
            {
                pending.Add((start, end));
            }
        }

        document.AddParagraph(pending);
        var result = new Document(displayPath, SourceFormat.PlainText, blocks, source)
        {
            Lines = lines,
            FootnoteRefs = refs,
            FootnoteDefs = defs,
            Suppressions = suppressions.Finish(),
        };
        document.Locate(result);
        SoftLineBreaks.Record(blocks, source);
        return result;
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

    /// <summary>Collects blocks and notes; locations are filled in once the document exists.</summary>
    private sealed class DocumentParts(string source, List<Block> blocks, List<FootnoteRef> refs, List<FootnoteDef> defs, TextArena? arena)
    {
        private static readonly TextLocation Unlocated = new(1, 1, 1, 1);

        private readonly AuthorLines _authorLines = new();

        private readonly StringBuilder _text = new();

        public void AddParagraph(List<(int Start, int End)> paragraphLines)
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
                while (from < to && char.IsWhiteSpace(source[from]))
                {
                    from++;
                }

                while (to > from && char.IsWhiteSpace(source[to - 1]))
                {
                    to--;
                }

                if (text.Length > 0)
                {
                    // The space that joins two lines stands for the line break before this line.
                    map.Add(text.Length, from - 1, 1);
                    text.Append(' ');
                }

                map.Add(text.Length, from, to - from);
                text.Append(source, from, to - from);
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
            blocks.Add(block);
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

        private void Hold(Block block)
        {
            if (arena is not null)
            {
                block.HoldTextIn(arena);
            }
        }

        /// <summary>A note is found by its number: the superscript digits that open its paragraph, just before its text.</summary>
        private TextLocation MarkerLocation(Document document, Block body)
        {
            int end = body.Map!.ToSource(0);
            while (end > 0 && source[end - 1] is ' ' or '\t')
            {
                end--;
            }

            int start = end;
            while (start > 0 && SuperscriptDigits.Is(source[start - 1]))
            {
                start--;
            }

            var (line, column) = document.Lines!.ToLineColumn(start);
            var (endLine, endColumn) = document.Lines.ToLineColumn(end);
            return new TextLocation(line + 1, column + 1, endLine + 1, endColumn + 1);
        }

        public void Locate(Document document)
        {
            for (int i = 0; i < refs.Count; i++)
            {
                var r = refs[i];
                refs[i] = r with { Location = document.Locate(r.Block, r.Offset, r.Length) };
            }

            for (int i = 0; i < defs.Count; i++)
            {
                var d = defs[i];
                var first = d.Blocks[0];
                var located = d with { Location = MarkerLocation(document, first) };
                first.Note = located;
                defs[i] = located;
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
            blocks.Add(body);
            UrlDetector.MarkUrls(body);
            defs.Add(ManualMarkers.UnicodeNote(paragraph, markerLength, body, Unlocated));
            CollectMarkers(body);
            Hold(body);
        }

        // Locations are filled in by Locate once the document exists.
        private void CollectMarkers(Block block) => ManualMarkers.CollectUnicode(block, refs, (_, _) => Unlocated);

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
