using System.Globalization;
using PaperLint.Core.Model;
using Block = PaperLint.Core.Model.Block;
using Document = PaperLint.Core.Model.Document;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Reads an opened package into the model: the body's paragraphs, then the footnotes, then the
/// endnotes. Notes are numbered only once every reference is known (body first, then references made
/// inside notes), because a note's display number is part of its blocks' locations.
/// </summary>
internal sealed class DocxDocumentBuilder(string displayPath, DocxParts parts)
{
    public Document Build()
    {
        string mainPart = parts.MainPart;
        var styles = new DocxStyles(parts.Styles);
        var bodyWalker = new StoryWalker(styles, new ListNumbering(parts.Numbering));
        var bodyParagraphs = WithoutAffiliationMarks(bodyWalker.WalkBody(parts.BodyElements));
        var commentMarks = bodyWalker.CommentMarks.Select(m => (mainPart, m)).ToList();
        var notes = new List<NoteStory>();
        if (parts.FootnoteElements is var (footnotesPart, footnotes))
        {
            ReadNotes(footnotesPart, footnotes, NoteKind.Footnote, styles, notes, commentMarks);
        }

        if (parts.EndnoteElements is var (endnotesPart, endnotes))
        {
            ReadNotes(endnotesPart, endnotes, NoteKind.Endnote, styles, notes, commentMarks);
        }

        var numbers = new NoteNumbers();
        foreach (var paragraph in bodyParagraphs)
        {
            foreach (var reference in paragraph.References)
            {
                numbers.Count(reference);
            }
        }

        foreach (var note in notes)
        {
            foreach (var paragraph in note.Paragraphs)
            {
                foreach (var reference in paragraph.References)
                {
                    numbers.Count(reference);
                }
            }
        }

        var handNoteNumbers = bodyParagraphs.Where(StartsWithManualMarker).Select(p => NumberOf(p.Text, p.ManualMarkers[0])).ToHashSet();
        bodyParagraphs = bodyParagraphs.Select(p => WithoutCitationNumbers(p, handNoteNumbers)).ToList();
        foreach (var note in notes)
        {
            for (int i = 0; i < note.Paragraphs.Count; i++)
            {
                note.Paragraphs[i] = WithoutCitationNumbers(note.Paragraphs[i], handNoteNumbers);
            }
        }

        var blocks = new List<Block>(bodyParagraphs.Count);
        var managed = new List<(DocxParagraph Paragraph, Block Block)>(bodyParagraphs.Count);
        var refs = new List<FootnoteRef>();
        var defs = new List<FootnoteDef>(notes.Count);
        foreach (var paragraph in bodyParagraphs)
        {
            bool handNote = StartsWithManualMarker(paragraph);
            var block = MakeBlock(paragraph, handNote ? BlockKind.FootnoteBody : paragraph.Kind, new DocxAnchor(mainPart, paragraph.Number));
            blocks.Add(block);
            managed.Add((paragraph, block));
            AddMarkers(block, paragraph, numbers, refs, skipLeadingManual: handNote);
            if (handNote)
            {
                defs.Add(HandTypedNote(block, paragraph));
            }
        }

        foreach (var note in notes)
        {
            int? number = numbers.NumberOf(note.Kind, note.Label);
            // A note no reference uses has no number on the page; its internal id means nothing to a reader.
            var noteBlocks = new List<Block>(note.Paragraphs.Count);
            for (int i = 0; i < note.Paragraphs.Count; i++)
            {
                var paragraph = note.Paragraphs[i];
                var block = MakeBlock(paragraph, BlockKind.FootnoteBody, new DocxAnchor(note.Part, paragraph.Number, note.Kind, number, i + 1));
                noteBlocks.Add(block);
                blocks.Add(block);
                managed.Add((paragraph, block));
                AddMarkers(block, paragraph, numbers, refs);
            }

            var def = new FootnoteDef
            {
                Kind = note.Kind,
                Label = note.Label,
                Number = number,
                Numbering = FootnoteNumbering.Auto,
                Style = MarkerStyle.DocxNative,
                Blocks = noteBlocks,
                Location = LocationOf(noteBlocks[0].Docx!, 0, 0),
            };
            foreach (var block in noteBlocks)
            {
                block.Note = def;
            }

            defs.Add(def);
        }

        return new Document(displayPath, SourceFormat.Docx, blocks, source: null)
        {
            Language = styles.DefaultLanguage,
            FootnoteRefs = refs,
            FootnoteDefs = defs,
            Suppressions = CommentSuppressions.Build(parts.Comments, commentMarks),
            CitationFields = CitationFieldsOf(managed),
            BibliographyFields = BibliographyFieldsOf(managed),
        };
    }

    /// <summary>
    /// The paragraphs of the body and the notes as <see cref="Build"/> reads them, by part and number, each with where
    /// its text came from: what an edit of the package (a tracked change, a comment) needs to find a finding's text.
    /// </summary>
    internal static Dictionary<(string Part, int Number), DocxParagraph> ParagraphsForEditing(DocxParts parts)
    {
        var styles = new DocxStyles(parts.Styles);
        var found = new Dictionary<(string, int), DocxParagraph>();
        if (parts.Body is not null)
        {
            foreach (var paragraph in new StoryWalker(styles, new ListNumbering(parts.Numbering), forEditing: true).WalkBody(parts.BodyElements))
            {
                found[(parts.MainPart, paragraph.Number)] = paragraph;
            }
        }

        var notesParts = new List<(string Part, IEnumerable<WordNode> Notes)>();
        if (parts.FootnoteElements is { } footnotes)
        {
            notesParts.Add(footnotes);
        }

        if (parts.EndnoteElements is { } endnotes)
        {
            notesParts.Add(endnotes);
        }

        foreach (var (part, elements) in notesParts)
        {
            var walker = new StoryWalker(styles, forEditing: true);
            foreach (var note in elements)
            {
                if (IsNote(note))
                {
                    foreach (var paragraph in walker.WalkNote(note))
                    {
                        found[(part, paragraph.Number)] = paragraph;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The reference managers' citations, in the order of the blocks, each with its block and range.</summary>
    private static List<CitationField> CitationFieldsOf(List<(DocxParagraph Paragraph, Block Block)> paragraphs)
    {
        var fields = new List<CitationField>();
        foreach (var (paragraph, block) in paragraphs)
        {
            foreach (var (field, start, length, continues, revised) in paragraph.CitationFields.OrderBy(f => f.Start))
            {
                int from = Math.Min(start, block.Text.Length);
                fields.Add(new CitationField
                {
                    Manager = field.Manager,
                    Block = block,
                    Start = from,
                    Length = Math.Min(length, block.Text.Length - from),
                    Items = field.Items,
                    StoredText = field.StoredText,
                    KeepsEdit = field.KeepsEdit,
                    Continues = continues || start + length > block.Text.Length,
                    Revised = revised,
                });
            }
        }

        return fields;
    }

    /// <summary>The bibliographies reference managers generated: the paragraphs of each field or control, in order.</summary>
    private static List<BibliographyField> BibliographyFieldsOf(List<(DocxParagraph Paragraph, Block Block)> paragraphs)
    {
        var fields = new List<BibliographyField>();
        Citations.ManagerField? current = null;
        List<Block>? blocks = null;
        foreach (var (paragraph, block) in paragraphs)
        {
            if (paragraph.Bibliography is not { } field)
            {
                continue;
            }

            if (!ReferenceEquals(field, current))
            {
                current = field;
                blocks = [];
                fields.Add(new BibliographyField { Manager = field.Manager, Blocks = blocks });
            }

            blocks!.Add(block);
        }

        return fields;
    }

    /// <summary>
    /// The body's paragraphs with the raised numbers of an author line and of its affiliations taken out of the
    /// hand-typed note markers: they point to institutes (<see cref="AuthorLines"/>).
    /// </summary>
    private static List<DocxParagraph> WithoutAffiliationMarks(List<DocxParagraph> paragraphs)
    {
        var authorLines = new AuthorLines();
        var result = new List<DocxParagraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var role = authorLines.Classify(paragraph.Text, paragraph.ManualMarkers, paragraph.Kind == BlockKind.Heading);
            result.Add(role == FrontRole.Prose ? paragraph : paragraph with { ManualMarkers = [], IsFrontMatter = true });
        }

        return result;
    }

    /// <summary>
    /// A raised number in square brackets, <c>Wireshark[2]</c>, cites entry [2] of a numbered references list
    /// (IEEE, Vancouver); it is a note marker only where the paper has a note typed by hand with that number.
    /// </summary>
    private static DocxParagraph WithoutCitationNumbers(DocxParagraph paragraph, HashSet<int> handNoteNumbers)
    {
        string text = paragraph.Text;
        var kept = paragraph.ManualMarkers
            .Where(m => !(m.Start > 0 && text[m.Start - 1] == '[' && m.Start + m.Length < text.Length && text[m.Start + m.Length] == ']')
                || handNoteNumbers.Contains(NumberOf(text, m)))
            .ToList();
        return kept.Count == paragraph.ManualMarkers.Count ? paragraph : paragraph with { ManualMarkers = kept };
    }

    private static int NumberOf(string text, (int Start, int Length) marker) =>
        int.TryParse(text.AsSpan(marker.Start, marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;

    private static DocxLocation LocationOf(DocxAnchor anchor, int offset, int length) =>
        new(anchor.Part, anchor.Paragraph, offset, length, anchor.NoteKind, anchor.Note, anchor.NoteParagraph);

    private static Block MakeBlock(DocxParagraph paragraph, BlockKind kind, DocxAnchor anchor)
    {
        var block = new Block(kind, paragraph.Text)
        {
            Docx = anchor,
            Style = paragraph.Style,
            HeadingLevel = kind == BlockKind.Heading ? paragraph.HeadingLevel : 0,
            IndentTwips = paragraph.IndentTwips,
            Language = paragraph.Language,
            Bookmarks = paragraph.Bookmarks,
            InternalLinks = paragraph.InternalLinks,
            Color = paragraph.Color,
            ListNumber = paragraph.ListNumber,
            IsFrontMatter = paragraph.IsFrontMatter,
        };
        block.AddSpans(paragraph.Spans);

        // A code block (pandoc's "Source Code", Word's "HTML Preformatted") is not prose, but keeps its paragraph number.
        if (CodeStyles.IsCodeStyle(paragraph.Style) && paragraph.Text.Length > 0)
        {
            block.AddSpan(new InlineSpan(SpanKind.Code, 0, paragraph.Text.Length));
        }

        UrlDetector.MarkUrls(block);
        return block;
    }

    /// <summary>Records the paragraph's native references and hand-typed markers, in the order they stand.</summary>
    private static void AddMarkers(Block block, DocxParagraph paragraph, NoteNumbers numbers, List<FootnoteRef> refs, bool skipLeadingManual = false)
    {
        var anchor = block.Docx!;
        int native = 0, manual = skipLeadingManual ? 1 : 0;
        while (native < paragraph.References.Count || manual < paragraph.ManualMarkers.Count)
        {
            bool takeNative = manual >= paragraph.ManualMarkers.Count
                || (native < paragraph.References.Count && paragraph.References[native].Offset <= paragraph.ManualMarkers[manual].Start);
            if (takeNative)
            {
                var reference = paragraph.References[native++];
                int? number = reference.CustomMark ? null : numbers.NumberOf(reference.Kind, reference.Label);
                string label = reference.Label;
                refs.Add(new FootnoteRef
                {
                    Kind = reference.Kind,
                    Label = label,
                    Number = number,
                    Numbering = FootnoteNumbering.Auto,
                    Style = MarkerStyle.DocxNative,
                    Block = block,
                    Offset = reference.Offset,
                    Length = 0,
                    Location = LocationOf(anchor, reference.Offset, 0),
                    Display = reference.Mark ?? number?.ToString(CultureInfo.InvariantCulture) ?? label,
                });
            }
            else
            {
                var (start, length) = paragraph.ManualMarkers[manual++];
                string digits = block.Text.Substring(start, length);
                refs.Add(new FootnoteRef
                {
                    Kind = NoteKind.Footnote,
                    Label = digits,
                    Number = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null,
                    Numbering = FootnoteNumbering.Manual,
                    Style = MarkerStyle.DocxSuperscriptRun,
                    Block = block,
                    Offset = start,
                    Length = length,
                    Location = LocationOf(anchor, start, length),
                    Display = digits,
                });
            }
        }
    }

    /// <summary>A paragraph that opens with superscript digits typed by hand is the text of that note, as in a paper whose notes were typed at the end.</summary>
    private static bool StartsWithManualMarker(DocxParagraph paragraph)
    {
        if (paragraph.ManualMarkers.Count == 0)
        {
            return false;
        }

        int first = 0;
        while (first < paragraph.Text.Length && char.IsWhiteSpace(paragraph.Text[first]))
        {
            first++;
        }

        return paragraph.ManualMarkers[0].Start == first;
    }

    private static FootnoteDef HandTypedNote(Block block, DocxParagraph paragraph)
    {
        var (start, length) = paragraph.ManualMarkers[0];
        string digits = block.Text.Substring(start, length);
        var def = new FootnoteDef
        {
            Kind = NoteKind.Footnote,
            Label = digits,
            Number = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null,
            Numbering = FootnoteNumbering.Manual,
            Style = MarkerStyle.DocxSuperscriptRun,
            Blocks = [block],
            Location = LocationOf(block.Docx!, start, length),
        };
        block.Note = def;
        return def;
    }

    private static void ReadNotes(string partName, IEnumerable<WordNode> elements, NoteKind kind, DocxStyles styles, List<NoteStory> notes, List<(string Part, CommentMark Mark)> commentMarks)
    {
        var walker = new StoryWalker(styles);
        foreach (var note in elements)
        {
            if (IsNote(note))
            {
                notes.Add(new NoteStory(kind, StoryWalker.LabelOf(note), partName, walker.WalkNote(note)));
            }
        }

        commentMarks.AddRange(walker.CommentMarks.Select(m => (partName, m)));
    }

    /// <summary>
    /// A note of a notes part (<c>w:footnote</c>, <c>w:endnote</c>), not a separator: separators are the rules drawn above
    /// the notes area, and the notice of a note continued on the next page.
    /// </summary>
    private static bool IsNote(WordNode element) =>
        (element.Is("footnote") || element.Is("endnote"))
        && element.Attribute("type") is not ("separator" or "continuationSeparator" or "continuationNotice");

    private sealed record NoteStory(NoteKind Kind, string Label, string Part, List<DocxParagraph> Paragraphs);
}
