using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx.Citations;
using MathParagraph = DocumentFormat.OpenXml.Math.Paragraph;
using OfficeMath = DocumentFormat.OpenXml.Math.OfficeMath;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Walks the stories of one package part (the body, or each note of a notes part) once, in reading
/// order, and yields its paragraphs as the printed page shows them: tracked changes accepted, field
/// results instead of field codes, content controls, smart tags and hyperlinks unwrapped, text boxes
/// read after the paragraph that anchors them. Paragraphs are numbered across the whole part.
/// </summary>
internal sealed class StoryWalker(DocxStyles styles, ListNumbering? numbering = null, bool forEditing = false)
{
    // The SDK reads Strict documents with their namespaces translated to these Transitional ones.
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
    private OpenXmlElement? _detachedAnchor;

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

    /// <summary>The body's paragraphs; their kinds come from their styles, or TableCell inside tables.</summary>
    public List<DocxParagraph> WalkBody(Body body) => WalkBody(body.ChildElements);

    /// <summary>As <see cref="WalkBody(Body)"/>, from the body's elements in order, which may be read as the walk goes (<see cref="DocxParts.BodyElements"/>).</summary>
    public List<DocxParagraph> WalkBody(IEnumerable<OpenXmlElement> elements)
    {
        _storyKind = null;
        return WalkStory(elements);
    }

    /// <summary>
    /// A note's paragraphs, all of kind FootnoteBody. A note without text still yields one empty
    /// paragraph, so that the note has a block and an empty note can be reported at its place.
    /// </summary>
    public List<DocxParagraph> WalkNote(OpenXmlElement note)
    {
        _storyKind = BlockKind.FootnoteBody;
        var paragraphs = WalkStory(note.ChildElements);
        if (paragraphs.Count == 0)
        {
            var empty = new ParagraphBuilder { Pieces = forEditing ? [] : null, Element = forEditing ? note.GetFirstChild<Paragraph>() : null };
            paragraphs.Add(empty.Finish(BlockKind.FootnoteBody, null, 0, null, ++_paragraphCount));
        }

        return paragraphs;
    }

    private List<DocxParagraph> WalkStory(IEnumerable<OpenXmlElement> story)
    {
        // Each story has its own fields; one left open by a damaged story must not hide the next.
        _fields = new FieldStack();
        _output = [];
        _dropCap = null;
        _controlBibliography = null;
        _controlCitation = null;
        _pendingBookmarks.Clear();
        WalkBlocks(story, _storyKind);
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

    private void WalkBlocks(OpenXmlElement container, BlockKind? kind) => WalkBlocks(container.ChildElements, kind);

    private void WalkBlocks(IEnumerable<OpenXmlElement> children, BlockKind? kind)
    {
        Enter();
        foreach (var child in children)
        {
            WalkBlock(child, kind);
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

    private void WalkBlock(OpenXmlElement element, BlockKind? kind)
    {
        switch (element)
        {
            case Paragraph paragraph:
                WalkParagraph(paragraph, kind);
                break;
            case Table table:
                WalkBlocks(table, kind ?? BlockKind.TableCell);
                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                {
                    WalkBlocks(choice, kind);
                }

                break;
            case BookmarkStart bookmark:
                if (bookmark.Name?.Value is { Length: > 0 } name)
                {
                    _pendingBookmarks.Add(name);
                }

                break;
            case SdtBlock control when ManagerFields.FromTag(TagOf(control.SdtProperties)) is { } field:
                WalkManagerControl(control, kind, field);
                break;
            case CommentRangeStart start:
                // Between paragraphs: the range begins (or ends) where the next paragraph with text begins.
                CommentMarks.Add(new CommentMark(start.Id?.Value ?? "", true, _paragraphCount + 1, 0));
                break;
            case CommentRangeEnd end:
                CommentMarks.Add(new CommentMark(end.Id?.Value ?? "", false, _paragraphCount + 1, 0));
                break;
            case SectionProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties
                or TablePropertyExceptions or SdtProperties or SdtEndCharProperties or AltChunk:
                break;
            case OpenXmlUnknownElement unknown when Retyped(unknown) is { } typed:
                // A copy parsed again: what it holds is not in the package's tree, so it cannot be edited.
                var outerAnchor = _detachedAnchor;
                _detachedAnchor = _detached > 0 ? _detachedAnchor : null;
                _detached++;
                WalkBlock(typed, kind);
                _detached--;
                _detachedAnchor = outerAnchor;
                break;
            default:
                // Rows, cells, content controls, custom XML and other wrappers: what they hold counts.
                if (!IsRemovedByTracking(element) && element.HasChildren)
                {
                    WalkBlocks(element, kind);
                }

                break;
        }
    }

    /// <summary>A reference manager's content control around paragraphs: its paragraphs are its bibliography, or its citation.</summary>
    private void WalkManagerControl(SdtBlock control, BlockKind? kind, ManagerField field)
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

        WalkBlocks(control, kind);
        (_controlBibliography, _controlCitation) = (outerBibliography, outerCitation);
    }

    private void WalkParagraph(Paragraph paragraph, BlockKind? kind)
    {
        var properties = paragraph.ParagraphProperties;
        string? styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styles.Paragraph(styleId);
        var builder = new ParagraphBuilder
        {
            // A bibliography field begun in an earlier paragraph, or a bibliography content control, holds this one.
            Bibliography = _fields.Bibliography ?? _controlBibliography,
            Pieces = forEditing ? [] : null,
            Element = !forEditing ? null : _detached > 0 ? _detachedAnchor : paragraph,
        };
        builder.Bookmarks.AddRange(_pendingBookmarks);
        _pendingBookmarks.Clear();
        if (_dropCap is { } letter)
        {
            builder.Append(letter);
            _dropCap = null;
        }

        var paragraphRun = style?.Run ?? default;
        foreach (var child in paragraph.ChildElements)
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
                : (style ?? NoStyle).Classify(SafeValue.Of(properties?.OutlineLevel?.Val), DocxStyles.NumberedBy(properties?.NumberingProperties));
            var indentation = properties?.Indentation;
            int? indent = TwipsMeasure.Parse(indentation?.Start?.Value ?? indentation?.Left?.Value) ?? style?.IndentTwips;
            _output.Add(builder.Finish(blockKind, style?.Name ?? styleId, headingLevel, indent, ++_paragraphCount) with { ListNumber = listNumber });
        }

        AddCommentMarks(builder, kept);
        foreach (var textBox in builder.TextBoxes)
        {
            var outerFields = _fields;
            _fields = new FieldStack();

            // Word writes a text box twice (DrawingML and VML); an edit of one copy would leave the other as it was.
            var outerAnchor = _detachedAnchor;
            _detachedAnchor = _detached > 0 ? _detachedAnchor : paragraph;
            _detached++;
            WalkBlocks(textBox, _storyKind);
            _detached--;
            _detachedAnchor = outerAnchor;
            _fields = outerFields;
        }
    }

    /// <summary>The number Word prints before the paragraph when it is an item of a list numbered in digits (its own <c>w:numPr</c>, or its style's).</summary>
    private int? NumberOf(ParagraphProperties? properties, StyleInfo? style)
    {
        if (numbering is null)
        {
            return null;
        }

        var direct = properties?.NumberingProperties;
        int? num = SafeValue.Of(direct?.NumberingId?.Val) ?? style?.NumberingId;
        int level = SafeValue.Of(direct?.NumberingLevelReference?.Val) ?? style?.NumberingLevel ?? 0;
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

    private void WalkInline(OpenXmlElement element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        if (IsTrackedChange(element))
        {
            paragraph.MarkRevision();
        }

        // Text in a tracked change, a simple field's result, ruby, a reference manager's control or a copy parsed
        // again is not the author's to change in place.
        // A walk that throws (too deep) ends the read, so the counts need no restoring then.
        bool locks = IsTrackedChange(element) || element is SimpleField or Ruby or SdtRun;
        bool detaches = element is OpenXmlUnknownElement;
        _locked += locks ? 1 : 0;
        _detached += detaches ? 1 : 0;
        WalkInlineElement(element, paragraph, paragraphRun);
        _locked -= locks ? 1 : 0;
        _detached -= detaches ? 1 : 0;
    }

    private void WalkInlineElement(OpenXmlElement element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        switch (element)
        {
            case CommentRangeStart start:
                paragraph.CommentMarks.Add((start.Id?.Value ?? "", true, paragraph.Length));
                break;
            case CommentRangeEnd end:
                paragraph.CommentMarks.Add((end.Id?.Value ?? "", false, paragraph.Length));
                break;
            case Run run:
                WalkRun(run, paragraph, paragraphRun);
                break;
            case Hyperlink hyperlink:
            {
                int start = paragraph.Length;
                WalkInlineChildren(element, paragraph, paragraphRun);
                paragraph.AddSpan(SpanKind.LinkText, start, paragraph.Length);
                paragraph.AddInternalLink(hyperlink.Anchor?.Value, start, paragraph.Length);
                break;
            }

            case BookmarkStart bookmark:
                if (bookmark.Name?.Value is { Length: > 0 } name)
                {
                    paragraph.Bookmarks.Add(name);
                }

                break;

            case SimpleField field:
            {
                // A simple field holds its result as runs; its code is an attribute.
                int start = paragraph.Length;
                WalkInlineChildren(element, paragraph, paragraphRun);
                string? code = field.Instruction?.Value;
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

            case SdtRun control when ManagerFields.FromTag(TagOf(control.SdtProperties)) is { } manager:
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

            case ParagraphProperties or SdtProperties or SdtEndCharProperties:
                break;
            case OfficeMath or MathParagraph:
                if (_fields.ShowsText)
                {
                    paragraph.AppendNonProse();
                }

                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                {
                    WalkInlineChildren(choice, paragraph, paragraphRun);
                }

                break;
            case OpenXmlUnknownElement unknown when Retyped(unknown) is { } typed:
                WalkInline(typed, paragraph, paragraphRun);
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

    private static string? TagOf(SdtProperties? properties) => properties?.GetFirstChild<Tag>()?.Val?.Value;

    private void WalkInlineChildren(OpenXmlElement element, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        Enter();
        foreach (var child in element.ChildElements)
        {
            WalkInline(child, paragraph, paragraphRun);
        }

        _depth--;
    }

    private void WalkRun(Run run, ParagraphBuilder paragraph, RunFormat paragraphRun)
    {
        var properties = run.RunProperties;
        var runLevel = RunFormat.From(properties).Over(styles.Character(properties?.RunStyle?.Val?.Value));
        var format = runLevel.Over(paragraphRun);
        int start = paragraph.Length;
        bool noteMark = false;
        foreach (var child in run.ChildElements)
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

    private void WalkRunContent(OpenXmlElement child, ParagraphBuilder paragraph, RunFormat format, ref bool noteMark)
    {
        bool shown = _fields.ShowsText && format.Hidden != true;
        switch (child)
        {
            case Text text:
                if (shown)
                {
                    paragraph.Append(text, text.Text, editable: _locked == 0 && _detached == 0 && !_fields.InField, anchorable: _detached == 0);
                }

                break;
            case TabChar or PositionalTab:
                if (shown)
                {
                    paragraph.Append('\t');
                }

                break;
            case Break or CarriageReturn:
                if (shown)
                {
                    paragraph.Append(' ');
                }

                break;
            case NoBreakHyphen:
                if (shown)
                {
                    paragraph.Append('-');
                }

                break;
            case SymbolChar:
                // Symbol-font glyphs have no reliable Unicode meaning; one placeholder keeps words apart.
                if (shown)
                {
                    paragraph.AppendNonProse();
                }

                break;
            case FootnoteReference footnote:
                noteMark = true;
                if (shown)
                {
                    paragraph.AddReference(new NoteReference(NoteKind.Footnote, LabelOf(footnote.Id), paragraph.Length, SafeValue.Of(footnote.CustomMarkFollows) == true));
                }

                break;
            case EndnoteReference endnote:
                noteMark = true;
                if (shown)
                {
                    paragraph.AddReference(new NoteReference(NoteKind.Endnote, LabelOf(endnote.Id), paragraph.Length, SafeValue.Of(endnote.CustomMarkFollows) == true));
                }

                break;
            case FootnoteReferenceMark or EndnoteReferenceMark:
                noteMark = true;
                paragraph.SkipWhitespaceAfterNoteMark();
                break;
            case FieldChar fieldChar:
                FieldCharacter(fieldChar, paragraph);
                break;
            case FieldCode code:
                _fields.AppendCode(code.Text);
                break;
            case OpenXmlUnknownElement { LocalName: "fldData" } data:
                // A field's data in a run of its own rather than in its begin character.
                _fields.AttachData(data.InnerText);
                break;
            case Drawing or Picture or EmbeddedObject:
                if (shown)
                {
                    FindTextBoxes(child, paragraph.TextBoxes);
                }

                break;
            case AlternateContent alternate:
                // Word writes a shape twice, as DrawingML (Choice) and VML (Fallback); read it once.
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                {
                    foreach (var inner in choice.ChildElements)
                    {
                        WalkRunContent(inner, paragraph, format, ref noteMark);
                    }
                }

                break;
            case Ruby ruby:
                if (ruby.GetFirstChild<RubyBase>() is { } rubyBase)
                {
                    WalkInlineChildren(rubyBase, paragraph, default);
                }

                break;
        }
    }

    private void FieldCharacter(FieldChar fieldChar, ParagraphBuilder paragraph)
    {
        var type = SafeValue.Of(fieldChar.FieldCharType);
        if (type == FieldCharValues.Begin)
        {
            _fields.Begin();
            _fields.AttachData(fieldChar.FieldData?.Text);
        }
        else if (type == FieldCharValues.Separate)
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
        else if (type == FieldCharValues.End)
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
    private static void FindTextBoxes(OpenXmlElement element, List<OpenXmlElement> found, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new TooDeepException();
        }

        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case TextBoxContent:
                    found.Add(child);
                    break;
                case AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                    {
                        FindTextBoxes(choice, found, depth + 1);
                    }

                    break;
                default:
                    if (child.HasChildren)
                    {
                        FindTextBoxes(child, found, depth + 1);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The SDK's schema has no place for some elements Word still writes (smart tags), so they and all
    /// they hold come as unknown elements. Paragraphs, tables, runs and links among them are parsed again
    /// as their typed selves; other unknown wrappers are walked through.
    /// </summary>
    private static OpenXmlElement? Retyped(OpenXmlUnknownElement unknown)
    {
        if (unknown.NamespaceUri != WordNamespace)
        {
            return null;
        }

        return unknown.LocalName switch
        {
            "p" => new Paragraph(unknown.OuterXml),
            "tbl" => new Table(unknown.OuterXml),
            "r" => new Run(unknown.OuterXml),
            "hyperlink" => new Hyperlink(unknown.OuterXml),
            "fldSimple" => new SimpleField(unknown.OuterXml),
            _ => null,
        };
    }

    /// <summary>A note id as written (the SDK would throw on reading a non-number as a number).</summary>
    public static string LabelOf(OpenXmlSimpleType? id) => id?.InnerText?.Trim() ?? "";

    private static bool IsDropCap(ParagraphProperties? properties) =>
        SafeValue.Of(properties?.FrameProperties?.DropCap) is { } dropCap && dropCap != DropCapLocationValues.None;

    private static bool IsTrackedChange(OpenXmlElement element) =>
        element is InsertedRun or DeletedRun or MoveFromRun or MoveToRun
        || (element is OpenXmlUnknownElement && element.LocalName is "ins" or "del" or "moveFrom" or "moveTo");

    /// <summary>Tracked deletions and moved-from text are read as accepted, so not at all.</summary>
    private static bool IsRemovedByTracking(OpenXmlElement element) =>
        element is DeletedRun or MoveFromRun
        || (element is OpenXmlUnknownElement && element.LocalName is "del" or "moveFrom");
}

/// <summary>A story nested deeper than <see cref="StoryWalker.MaxDepth"/> elements.</summary>
internal sealed class TooDeepException() : Exception($"elements nested more than {StoryWalker.MaxDepth} levels deep");
