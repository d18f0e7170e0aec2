using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx.Citations;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Walks the stories of one package part (the body, or each note of a notes part) once, in reading
/// order, and yields its paragraphs as the printed page shows them: tracked changes accepted, field
/// results instead of field codes, content controls, smart tags and hyperlinks unwrapped, text boxes
/// read after the paragraph that anchors them. Paragraphs are numbered across the whole part. Elements are known by
/// their names (<see cref="WordNode"/>), whether read from the part's XML or from a tree loaded to be edited.
/// </summary>
internal sealed class StoryWalker(DocxStyles styles, ListNumbering? numbering = null, bool forEditing = false)
{
    private static readonly StyleInfo NoStyle = new("", null, null, null, false, default);

    /// <summary>
    /// How many elements deep the walk follows a story: Word nests tables, content controls, links and text boxes a few
    /// levels, and thousands of levels (a damaged or made-up file) would overflow the stack.
    /// </summary>
    public const int MaxDepth = 256;

    private FieldStack _fields = new();
    private int _depth;
    private List<DocxParagraph> _output = [];
    private BlockKind? _storyKind;
    private int _paragraphCount;

    // Read to be edited: how many elements around the text leave it for something other than the author to write
    // (a field, a tracked change, a text box written twice), and the paragraph a comment about such text is anchored to.
    private int _locked;
    private int _detached;
    private object? _detachedAnchor;

    // Bookmarks that begin between paragraphs belong to the next paragraph with text.
    private readonly List<string> _pendingBookmarks = [];

    // A drop cap is a paragraph of its own in the file (a frame with the first letter) but the first
    // letter of the next paragraph on the page; it is held until that paragraph begins.
    private string? _dropCap;

    // A reference manager's content control around whole paragraphs: Mendeley Cite's bibliography, or a citation.
    private ManagerField? _controlBibliography;
    private ManagerField? _controlCitation;

    /// <summary>Where the ranges of Word comments begin and end in the stories walked so far.</summary>
    public List<CommentMark> CommentMarks { get; } = [];

    /// <summary>
    /// The body's paragraphs, from the body's elements in order, which may be read as the walk goes
    /// (<see cref="DocxParts.BodyElements"/>); their kinds come from their styles, or TableCell inside tables.
    /// </summary>
    public List<DocxParagraph> WalkBody(IEnumerable<WordNode> elements)
    {
        _storyKind = null;
        return WalkStory(elements);
    }

    /// <summary>
    /// A note's paragraphs, all of kind FootnoteBody. A note without text still yields one empty
    /// paragraph, so that the note has a block and an empty note can be reported at its place.
    /// </summary>
    public List<DocxParagraph> WalkNote(WordNode note)
    {
        _storyKind = BlockKind.FootnoteBody;
        var paragraphs = WalkStory(note.Children);
        if (paragraphs.Count == 0)
        {
            var empty = new ParagraphBuilder { Pieces = forEditing ? [] : null, Element = forEditing ? note.Child("p")?.Source : null };
            paragraphs.Add(empty.Finish(BlockKind.FootnoteBody, null, 0, null, ++_paragraphCount));
        }

        return paragraphs;
    }

    private List<DocxParagraph> WalkStory(IEnumerable<WordNode> story)
    {
        // Each story has its own fields; one left open by a damaged story must not hide the next.
        _fields = new FieldStack();
        _output = [];
        _dropCap = null;
        _controlBibliography = null;
        _controlCitation = null;
        _pendingBookmarks.Clear();
        WalkBlocks(story, _storyKind, rows: false);
        if (_dropCap is { } letter)
        {
            // A drop cap with no paragraph after it still shows.
            var builder = new ParagraphBuilder();
            builder.Append(letter);
            _output.Add(builder.Finish(_storyKind ?? BlockKind.Paragraph, null, 0, null, ++_paragraphCount));
            _dropCap = null;
        }

        return _output;
    }

    /// <param name="rows">The elements are a table's rows or a row's cells, or wrap them: a content control there holds rows or cells, not paragraphs.</param>
    private void WalkBlocks(IEnumerable<WordNode> children, BlockKind? kind, bool rows)
    {
        Enter();
        foreach (var child in children)
        {
            WalkBlock(child, kind, rows);
        }

        _depth--;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new TooDeepException();
        }
    }

    private void WalkBlock(WordNode element, BlockKind? kind, bool rows)
    {
        if (IsCopiedToWalk(element))
        {
            // The SDK knows no such element here (a paragraph in a smart tag): what it holds is not in the package's tree
            // as the typed elements an edit changes, so it cannot be edited.
            var outerAnchor = _detachedAnchor;
            _detachedAnchor = _detached > 0 ? _detachedAnchor : null;
            _detached++;
            WalkBlockElement(element, kind, rows);
            _detached--;
            _detachedAnchor = outerAnchor;
        }
        else
        {
            WalkBlockElement(element, kind, rows);
        }
    }

    private void WalkBlockElement(WordNode element, BlockKind? kind, bool rows)
    {
        if (element.Namespace == WordNamespace.Compatibility && element.LocalName == "AlternateContent")
        {
            if (element.Child(WordNamespace.Compatibility, "Choice") is { } choice)
            {
                WalkBlocks(choice.Children, kind, rows);
            }

            return;
        }

        switch (element.Namespace == WordNamespace.Word ? element.LocalName : null)
        {
            case "p":
                WalkParagraph(element, kind);
                break;
            case "tbl":
                WalkBlocks(element.Children, kind ?? BlockKind.TableCell, rows: true);
                break;
            case "bookmarkStart":
                if (element.Attribute("name") is { Length: > 0 } name)
                {
                    _pendingBookmarks.Add(name);
                }

                break;
            case "sdt" when !rows && ManagerFields.FromTag(TagOf(element)) is { } field:
                WalkManagerControl(element, kind, field);
                break;
            case "commentRangeStart":
                // Between paragraphs: the range begins (or ends) where the next paragraph with text begins.
                CommentMarks.Add(new CommentMark(element.Attribute("id") ?? "", true, _paragraphCount + 1, 0));
                break;
            case "commentRangeEnd":
                CommentMarks.Add(new CommentMark(element.Attribute("id") ?? "", false, _paragraphCount + 1, 0));
                break;
            case "sectPr" or "tblPr" or "tblGrid" or "trPr" or "tcPr" or "tblPrEx" or "sdtPr" or "sdtEndPr" or "altChunk":
                break;
            default:
                // Rows, cells, content controls, custom XML and other wrappers: what they hold counts.
                if (!IsRemovedByTracking(element) && element.HasChildren)
                {
                    WalkBlocks(element.Children, kind, rows && !element.Is("tc"));
                }

                break;
        }
    }

    /// <summary>A reference manager's content control around paragraphs: its paragraphs are its bibliography, or its citation.</summary>
    private void WalkManagerControl(WordNode control, BlockKind? kind, ManagerField field)
    {
        var (outerBibliography, outerCitation) = (_controlBibliography, _controlCitation);
        if (field.IsBibliography)
        {
            _controlBibliography = field;
        }
        else
        {
            _controlCitation = field;
        }

        WalkBlocks(control.Children, kind, rows: false);
        (_controlBibliography, _controlCitation) = (outerBibliography, outerCitation);
    }

    private void WalkParagraph(WordNode paragraph, BlockKind? kind)
    {
        var properties = paragraph.Child("pPr");
        string? styleId = properties?.ValueOf("pStyle");
        var style = styles.Paragraph(styleId);
        var builder = new ParagraphBuilder
        {
            // A bibliography field begun in an earlier paragraph, or a bibliography content control, holds this one.
            Bibliography = _fields.Bibliography ?? _controlBibliography,
            Pieces = forEditing ? [] : null,
            Element = !forEditing ? null : _detached > 0 ? _detachedAnchor : paragraph.Source,
        };
        builder.Bookmarks.AddRange(_pendingBookmarks);
        _pendingBookmarks.Clear();
        if (_dropCap is { } letter)
        {
            builder.Append(letter);
            _dropCap = null;
        }

        var paragraphRun = style?.Run ?? default;
        foreach (var child in paragraph.Children)
        {
            WalkInline(child, builder, paragraphRun);
        }

        if (_controlCitation is { } citation && builder.HoldsText())
        {
            // A citation's content control around a whole paragraph: the paragraph is the citation's text (its first one only).
            builder.AddCitation(citation, 0, builder.Length);
            _controlCitation = null;
        }

        if (IsDropCap(properties) && builder.HoldsText() && !builder.HasReferences && builder.TextBoxes.Count == 0)
        {
            _dropCap = builder.Text;
            _pendingBookmarks.AddRange(builder.Bookmarks);
            AddCommentMarks(builder, kept: false);
            return;
        }

        // Word numbers a list's empty items too: each numbered paragraph counts, kept or not.
        int? listNumber = NumberOf(properties, style);
        bool kept = builder.HoldsText() || builder.HasReferences;
        if (!kept)
        {
            _pendingBookmarks.AddRange(builder.Bookmarks);
        }

        if (kept)
        {
            var (blockKind, headingLevel) = kind is { } forced
                ? (forced, 0)
                : (style ?? NoStyle).Classify(properties?.Child("outlineLvl")?.Int("val"), DocxStyles.NumberedBy(properties?.Child("numPr")));
            var indentation = properties?.Child("ind");
            int? indent = TwipsMeasure.Parse(indentation?.Attribute("start") ?? indentation?.Attribute("left")) ?? style?.IndentTwips;
            _output.Add(builder.Finish(blockKind, style?.Name ?? styleId, headingLevel, indent, ++_paragraphCount) with { ListNumber = listNumber });
        }

        AddCommentMarks(builder, kept);
        foreach (var textBox in builder.TextBoxes)
        {
            var outerFields = _fields;
            _fields = new FieldStack();

            // Word writes a text box twice (DrawingML and VML); an edit of one copy would leave the other as it was.
            var outerAnchor = _detachedAnchor;
            _detachedAnchor = _detached > 0 ? _detachedAnchor : paragraph.Source;
            _detached++;
            WalkBlocks(textBox.Children, _storyKind, rows: false);
            _detached--;
            _detachedAnchor = outerAnchor;
            _fields = outerFields;
        }
    }

    /// <summary>The number Word prints before the paragraph when it is an item of a list numbered in digits (its own <c>w:numPr</c>, or its style's).</summary>
    private int? NumberOf(WordNode? properties, StyleInfo? style)
    {
        if (numbering is null)
        {
            return null;
        }

        var direct = properties?.Child("numPr");
        int? num = direct?.Child("numId")?.Int("val") ?? style?.NumberingId;
        int level = direct?.Child("ilvl")?.Int("val") ?? style?.NumberingLevel ?? 0;
        return num is { } id ? numbering.Next(id, level) : null;
    }

    /// <summary>Marks in a paragraph that became a block stand in it; in one without text, at the start of the next.</summary>
    private void AddCommentMarks(ParagraphBuilder builder, bool kept)
    {
        foreach (var (id, isStart, offset) in builder.CommentMarks)
        {
            CommentMarks.Add(kept ? new CommentMark(id, isStart, _paragraphCount, offset) : new CommentMark(id, isStart, _paragraphCount + 1, 0));
        }
    }

    private void WalkInline(WordNode element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        if (IsTrackedChange(element))
        {
            paragraph.MarkRevision();
        }

        // Text in a tracked change, a simple field's result, ruby, a reference manager's control or an element the SDK
        // knows not here (a smart tag and what it holds) is not the author's to change in place.
        // A walk that throws (too deep) ends the read, so the counts need no restoring then.
        bool locks = IsTrackedChange(element) || element.Is("fldSimple") || element.Is("ruby") || element.Is("sdt");
        bool detaches = element.Unknown;
        _locked += locks ? 1 : 0;
        _detached += detaches ? 1 : 0;
        WalkInlineElement(element, paragraph, paragraphRun);
        _locked -= locks ? 1 : 0;
        _detached -= detaches ? 1 : 0;
    }

    private void WalkInlineElement(WordNode element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        switch (element.Namespace)
        {
            case WordNamespace.Math when element.LocalName is "oMath" or "oMathPara":
                if (_fields.ShowsText)
                {
                    paragraph.AppendNonProse();
                }

                return;
            case WordNamespace.Compatibility when element.LocalName == "AlternateContent":
                if (element.Child(WordNamespace.Compatibility, "Choice") is { } choice)
                {
                    WalkInlineChildren(choice, paragraph, paragraphRun);
                }

                return;
        }

        switch (element.Namespace == WordNamespace.Word ? element.LocalName : null)
        {
            case "commentRangeStart":
                paragraph.CommentMarks.Add((element.Attribute("id") ?? "", true, paragraph.Length));
                break;
            case "commentRangeEnd":
                paragraph.CommentMarks.Add((element.Attribute("id") ?? "", false, paragraph.Length));
                break;
            case "r":
                WalkRun(element, paragraph, paragraphRun);
                break;
            case "hyperlink":
            {
                int start = paragraph.Length;
                WalkInlineChildren(element, paragraph, paragraphRun);
                paragraph.AddSpan(SpanKind.LinkText, start, paragraph.Length);
                paragraph.AddInternalLink(element.Attribute("anchor"), start, paragraph.Length);
                break;
            }

            case "bookmarkStart":
                if (element.Attribute("name") is { Length: > 0 } name)
                {
                    paragraph.Bookmarks.Add(name);
                }

                break;

            case "fldSimple":
            {
                // A simple field holds its result as runs; its code is an attribute.
                int start = paragraph.Length;
                WalkInlineChildren(element, paragraph, paragraphRun);
                string? code = element.Attribute("instr");
                if (FieldStack.IsHyperlink(code))
                {
                    paragraph.AddSpan(SpanKind.LinkText, start, paragraph.Length);
                }
                else if (_fields.ShowsText && code is not null && ManagerFields.FromCode(code, []) is { } manager)
                {
                    AddManagerResult(paragraph, manager, start);
                }

                break;
            }

            case "sdt" when ManagerFields.FromTag(TagOf(element)) is { } manager:
            {
                // Mendeley Cite's citation: a content control whose tag holds the data and whose content is the text shown.
                int start = paragraph.Length;
                WalkInlineChildren(element, paragraph, paragraphRun);
                if (_fields.ShowsText)
                {
                    AddManagerResult(paragraph, manager, start);
                }

                break;
            }

            case "pPr" or "sdtPr" or "sdtEndPr":
                break;
            default:
                // Insertions, moved-to text, content controls, smart tags, custom XML, bidi wrappers:
                // their runs are on the page. Deletions and moved-from text are not.
                if (!IsRemovedByTracking(element) && element.HasChildren)
                {
                    WalkInlineChildren(element, paragraph, paragraphRun);
                }

                break;
        }
    }

    /// <summary>A reference manager's inline field or control whose result is text[start..]: a citation, or part of its bibliography.</summary>
    private static void AddManagerResult(ParagraphBuilder paragraph, ManagerField manager, int start)
    {
        if (manager.IsBibliography)
        {
            paragraph.Bibliography ??= manager;
        }
        else
        {
            paragraph.AddCitation(manager, start, paragraph.Length);
        }
    }

    /// <summary>The tag of a content control (<c>w:sdt</c>), where a reference manager keeps its data.</summary>
    private static string? TagOf(WordNode control) => control.Child("sdtPr")?.ValueOf("tag");

    private void WalkInlineChildren(WordNode element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        Enter();
        foreach (var child in element.Children)
        {
            WalkInline(child, paragraph, paragraphRun);
        }

        _depth--;
    }

    private void WalkRun(WordNode run, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        var properties = run.Child("rPr");
        var runLevel = RunFormat.From(properties).Over(styles.Character(properties?.ValueOf("rStyle")));
        var format = runLevel.Over(paragraphRun);
        int start = paragraph.Length;
        bool noteMark = false;
        foreach (var child in run.Children)
        {
            WalkRunContent(child, paragraph, format, ref noteMark);
        }

        int end = paragraph.Length;
        if (noteMark)
        {
            paragraph.MarkNoteMarkText(start, end);
        }

        if (format.Superscript == true)
        {
            paragraph.AddSpan(SpanKind.Superscript, start, end);
        }

        // Emphasis counts where the author set it on words, not where a style (a bold heading) sets it on all.
        if (runLevel.Italic == true)
        {
            paragraph.AddSpan(SpanKind.Emphasis, start, end);
        }

        if (runLevel.Bold == true)
        {
            paragraph.AddSpan(SpanKind.Strong, start, end);
        }

        if (format.Code == true)
        {
            paragraph.AddSpan(SpanKind.Code, start, end);
        }

        paragraph.CountLanguage(format.Language, start, end);
        paragraph.CountColor(format.Color, start, end);
        paragraph.EndRun();
    }

    private void WalkRunContent(WordNode child, ParagraphBuilder paragraph, RunFormat format, ref bool noteMark)
    {
        bool shown = _fields.ShowsText && format.Hidden != true;
        if (child.Namespace == WordNamespace.Compatibility && child.LocalName == "AlternateContent")
        {
            // Word writes a shape twice, as DrawingML (Choice) and VML (Fallback); read it once.
            if (child.Child(WordNamespace.Compatibility, "Choice") is { } choice)
            {
                foreach (var inner in choice.Children)
                {
                    WalkRunContent(inner, paragraph, format, ref noteMark);
                }
            }

            return;
        }

        switch (child.Namespace == WordNamespace.Word ? child.LocalName : null)
        {
            case "t":
                if (shown)
                {
                    paragraph.Append(child.Source, child.Text ?? "", editable: _locked == 0 && _detached == 0 && !_fields.InField, anchorable: _detached == 0);
                }

                break;
            case "tab" or "ptab":
                if (shown)
                {
                    paragraph.Append('\t');
                }

                break;
            case "br" or "cr":
                if (shown)
                {
                    paragraph.Append(' ');
                }

                break;
            case "noBreakHyphen":
                if (shown)
                {
                    paragraph.Append('-');
                }

                break;
            case "sym":
                // Symbol-font glyphs have no reliable Unicode meaning; one placeholder keeps words apart.
                if (shown)
                {
                    paragraph.AppendNonProse();
                }

                break;
            case "footnoteReference":
                noteMark = true;
                if (shown)
                {
                    paragraph.AddReference(new NoteReference(NoteKind.Footnote, LabelOf(child), paragraph.Length, child.OnOff("customMarkFollows") == true));
                }

                break;
            case "endnoteReference":
                noteMark = true;
                if (shown)
                {
                    paragraph.AddReference(new NoteReference(NoteKind.Endnote, LabelOf(child), paragraph.Length, child.OnOff("customMarkFollows") == true));
                }

                break;
            case "footnoteRef" or "endnoteRef":
                noteMark = true;
                paragraph.SkipWhitespaceAfterNoteMark();
                break;
            case "fldChar":
                FieldCharacter(child, paragraph);
                break;
            case "instrText":
                _fields.AppendCode(child.Text ?? "");
                break;
            case "fldData":
                // A field's data in a run of its own rather than in its begin character.
                _fields.AttachData(child.InnerText);
                break;
            case "drawing" or "pict" or "object":
                if (shown)
                {
                    FindTextBoxes(child, paragraph.TextBoxes);
                }

                break;
            case "ruby":
                if (child.Child("rubyBase") is { } rubyBase)
                {
                    WalkInlineChildren(rubyBase, paragraph, default);
                }

                break;
        }
    }

    private void FieldCharacter(WordNode fieldChar, ParagraphBuilder paragraph)
    {
        string? type = fieldChar.Attribute("fldCharType");
        if (type == "begin")
        {
            _fields.Begin();
            _fields.AttachData(fieldChar.Child("fldData")?.Text);
        }
        else if (type == "separate")
        {
            if (_fields.Separate())
            {
                _fields.MarkLinkStart(paragraph, paragraph.Length);
            }

            if (_fields.CitationAtResult is not null)
            {
                _fields.MarkCitationStart(paragraph, paragraph.Length);
            }

            paragraph.Bibliography ??= _fields.Bibliography;
        }
        else if (type == "end")
        {
            var (link, citation) = _fields.End();

            // A hyperlink field's result is link text when it begins and ends in this paragraph.
            if (link is not null && ReferenceEquals(link.Paragraph, paragraph))
            {
                if (link.IsHyperlink)
                {
                    paragraph.AddSpan(SpanKind.LinkText, link.Start, paragraph.Length);
                }

                paragraph.AddInternalLink(link.Target, link.Start, paragraph.Length);
            }

            // A citation's result that goes on into later paragraphs is taken to the end of the paragraph it begins in.
            if (citation is not null)
            {
                citation.Paragraph.AddCitation(citation.Field, citation.Start, citation.Paragraph.Length, continues: !ReferenceEquals(citation.Paragraph, paragraph));
            }
        }
    }

    /// <summary>Finds the text boxes in a drawing, picture or object, without descending into a text box (it is read as a story).</summary>
    private static void FindTextBoxes(WordNode element, List<WordNode> found, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new TooDeepException();
        }

        foreach (var child in element.Children)
        {
            if (child.Is("txbxContent"))
            {
                found.Add(child);
            }
            else if (child.Namespace == WordNamespace.Compatibility && child.LocalName == "AlternateContent")
            {
                if (child.Child(WordNamespace.Compatibility, "Choice") is { } choice)
                {
                    FindTextBoxes(choice, found, depth + 1);
                }
            }
            else if (child.HasChildren)
            {
                FindTextBoxes(child, found, depth + 1);
            }
        }
    }

    /// <summary>
    /// An element the SDK has no place for where it stands (Word's smart tags, and all they hold) came as unknown, and the
    /// walk of an edit made a typed copy of the paragraphs, tables, runs, links and simple fields among them: text read
    /// there cannot be changed in the package's tree. Other unknown wrappers are walked through.
    /// </summary>
    private static bool IsCopiedToWalk(WordNode element) =>
        element.Unknown && element.Namespace == WordNamespace.Word && element.LocalName is "p" or "tbl" or "r" or "hyperlink" or "fldSimple";

    /// <summary>A note's id as written (read as a number, a damaged one would be lost).</summary>
    public static string LabelOf(WordNode element) => element.Attribute("id")?.Trim() ?? "";

    private static bool IsDropCap(WordNode? properties) =>
        properties?.Child("framePr")?.Attribute("dropCap") is "drop" or "margin";

    private static bool IsTrackedChange(WordNode element) =>
        element.Namespace == WordNamespace.Word && element.LocalName is "ins" or "del" or "moveFrom" or "moveTo";

    /// <summary>Tracked deletions and moved-from text are read as accepted, so not at all.</summary>
    private static bool IsRemovedByTracking(WordNode element) =>
        element.Namespace == WordNamespace.Word && element.LocalName is "del" or "moveFrom";
}

/// <summary>A story nested deeper than <see cref="StoryWalker.MaxDepth"/> elements.</summary>
internal sealed class TooDeepException() : Exception($"elements nested more than {StoryWalker.MaxDepth} levels deep");
