using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx.Citations;

namespace PaperLint.Core.Readers.Docx;

/// <summary>Collects the printed text of one paragraph, with its spans and note references, while its runs are walked.</summary>
internal sealed class ParagraphBuilder
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, int> _languageLetters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _colorLetters = new(StringComparer.Ordinal);
    private readonly List<InlineSpan> _spans = [];
    private readonly List<NoteReference> _references = [];

    // Where tracked insertions and deletions stand in the text.
    private readonly List<int> _revisions = [];

    // Text that is a note's own mark (the runs of a reference, a custom mark) and so never a hand-typed marker.
    private readonly List<(int Start, int End)> _noteMarks = [];

    private bool _skipLeadingWhitespace;
    private NoteReference? _pendingCustomMark;
    private int _customMarkStart;

    public int Length => _text.Length;

    public bool HasReferences => _references.Count > 0;

    public string Text => _text.ToString();

    /// <summary>Text boxes anchored in this paragraph; their paragraphs are read after it.</summary>
    public List<WordNode> TextBoxes { get; } = [];

    /// <summary>The names of the bookmarks that begin in this paragraph.</summary>
    public List<string> Bookmarks { get; } = [];

    /// <summary>Links from this paragraph's text to bookmarks of the document.</summary>
    public List<InternalLink> InternalLinks { get; } = [];

    /// <summary>Where Word comments' ranges begin and end in this paragraph: comment id, start or end, offset.</summary>
    public List<(string CommentId, bool IsStart, int Offset)> CommentMarks { get; } = [];

    /// <summary>The reference managers' citations whose results begin in this paragraph, with their ranges (to the paragraph's end at most).</summary>
    public List<CitationResult> CitationFields { get; } = [];

    /// <summary>The bibliography a reference manager generated that this paragraph is part of, if any.</summary>
    public ManagerField? Bibliography { get; set; }

    /// <summary>
    /// Records a reference manager's citation over text[start..end] (to the paragraph's end when its result goes on into
    /// the next paragraph): a citation, never a note number typed by hand.
    /// </summary>
    public void AddCitation(ManagerField field, int start, int end, bool continues = false)
    {
        bool revised = _revisions.Any(at => at >= start && at <= end);
        CitationFields.Add(new CitationResult(field, start, Math.Max(0, end - start), continues, revised));
        MarkNoteMarkText(start, end);
    }

    /// <summary>Records that a tracked insertion or deletion stands here.</summary>
    public void MarkRevision() => _revisions.Add(_text.Length);

    public void Append(string text)
    {
        foreach (char c in text)
        {
            Append(c);
        }
    }

    /// <summary>
    /// Where each stretch of the text came from, when the paragraph is read to be edited (null otherwise): the
    /// <c>w:t</c> element and whether the author's text may be changed there.
    /// </summary>
    public List<TextPiece>? Pieces { get; init; }

    /// <summary>The SDK's paragraph element (<see cref="WordNode.Source"/>), when the paragraph is read to be edited.</summary>
    public object? Element { get; init; }

    /// <summary>Appends the text of a <c>w:t</c> element, recording where it came from when <see cref="Pieces"/> are kept.</summary>
    public void Append(object? element, string text, bool editable, bool anchorable)
    {
        int before = _text.Length;
        Append(text);
        int length = _text.Length - before;
        if (Pieces is not null && length > 0)
        {
            // Leading white space skipped after a note's mark is the only text ever dropped, so the kept text is the element's tail.
            Pieces.Add(new TextPiece(before, length, element!, text.Length - length, editable, anchorable));
        }
    }

    public void Append(char c)
    {
        if (_skipLeadingWhitespace)
        {
            if (char.IsWhiteSpace(c))
            {
                return;
            }

            _skipLeadingWhitespace = false;
        }

        _text.Append(c);
    }

    /// <summary>Appends one placeholder for something on the page that is not prose (a symbol, an equation).</summary>
    public void AppendNonProse()
    {
        _skipLeadingWhitespace = false;
        AddSpan(SpanKind.NonProse, _text.Length, _text.Length + 1);
        _text.Append(Block.Placeholder);
    }

    /// <summary>
    /// Called at a note's own mark (<c>w:footnoteRef</c>) at the start of its body: the space typed after
    /// the mark separates it from the note's text and is not part of that text.
    /// </summary>
    public void SkipWhitespaceAfterNoteMark()
    {
        if (_text.Length == 0)
        {
            _skipLeadingWhitespace = true;
        }
    }

    public void AddSpan(SpanKind kind, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        // Word splits formatted text into many runs; adjacent runs of one kind make one span.
        for (int i = _spans.Count - 1; i >= 0; i--)
        {
            var span = _spans[i];
            if (span.Kind != kind)
            {
                continue;
            }

            if (span.End == start)
            {
                _spans[i] = span with { Length = end - span.Start };
                return;
            }

            break;
        }

        _spans.Add(new InlineSpan(kind, start, end - start));
    }

    /// <summary>Records a link to bookmark <paramref name="target"/> over text[start..end].</summary>
    public void AddInternalLink(string? target, int start, int end)
    {
        if (!string.IsNullOrWhiteSpace(target) && end > start)
        {
            InternalLinks.Add(new InternalLink(start, end - start, target.Trim()));
        }
    }

    public void AddReference(NoteReference reference)
    {
        _references.Add(reference);
        if (reference.CustomMark)
        {
            _pendingCustomMark = reference;
            _customMarkStart = _text.Length;
        }
    }

    public void MarkNoteMarkText(int start, int end)
    {
        if (end > start)
        {
            _noteMarks.Add((start, end));
        }
    }

    /// <summary>
    /// At the end of each run: the text that followed a custom-mark reference, in its run or the next
    /// run with text, is the mark the reader sees.
    /// </summary>
    public void EndRun()
    {
        if (_pendingCustomMark is { } reference && _text.Length > _customMarkStart)
        {
            reference.Mark = _text.ToString(_customMarkStart, _text.Length - _customMarkStart);
            MarkNoteMarkText(_customMarkStart, _text.Length);
            _pendingCustomMark = null;
        }
    }

    /// <summary>True when the paragraph has something to read: a character that is neither white space nor a placeholder.</summary>
    public bool HoldsText()
    {
        for (int i = 0; i < _text.Length; i++)
        {
            char c = _text[i];
            if (!char.IsWhiteSpace(c) && c != Block.Placeholder)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the letters of text[start..end] as written in <paramref name="language"/> (a run's <c>w:lang</c>, or its styles').</summary>
    public void CountLanguage(string? language, int start, int end)
    {
        if (language is null)
        {
            return;
        }

        int letters = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(_text[i]))
            {
                letters++;
            }
        }

        if (letters > 0)
        {
            _languageLetters[language] = _languageLetters.GetValueOrDefault(language) + letters;
        }
    }

    /// <summary>Counts the letters of text[start..end] as shown in <paramref name="color"/> (a run's <c>w:color</c>, or its styles'; null or "AUTO" for the automatic colour).</summary>
    public void CountColor(string? color, int start, int end)
    {
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(_text[i]))
            {
                letters++;
            }
        }

        if (letters > 0)
        {
            string key = color is null or "AUTO" or "000000" ? string.Empty : color;
            _colorLetters[key] = _colorLetters.GetValueOrDefault(key) + letters;
        }
    }

    /// <summary>The colour of (nearly) every letter of the paragraph, when it is neither automatic nor black.</summary>
    private string? SharedColor()
    {
        int total = _colorLetters.Values.Sum();
        foreach (var (color, letters) in _colorLetters)
        {
            if (color.Length > 0 && letters * 10 >= total * 9)
            {
                return color;
            }
        }

        return null;
    }

    public DocxParagraph Finish(BlockKind kind, string? style, int headingLevel, int? indentTwips, int number)
    {
        string text = _text.ToString();
        string? language = _languageLetters.Count == 0 ? null : _languageLetters.MaxBy(l => l.Value).Key;
        return new DocxParagraph(text, _spans, _references, FindManualMarkers(text), kind, style, headingLevel, indentTwips, number, language)
        {
            Pieces = Pieces,
            Element = Element,
            Bookmarks = Bookmarks,
            InternalLinks = InternalLinks,
            Color = SharedColor(),
            CitationFields = CitationFields,
            Bibliography = Bibliography,
        };
    }

    /// <summary>
    /// Digits in superscript that Word did not put there as a note's mark: a note number typed by hand.
    /// Exponents and units (10³, m², x²) are told apart the same way as in plain text.
    /// </summary>
    private List<(int Start, int Length)> FindManualMarkers(string text)
    {
        var markers = new List<(int Start, int Length)>();
        foreach (var span in _spans)
        {
            if (span.Kind != SpanKind.Superscript)
            {
                continue;
            }

            int i = span.Start;
            while (i < span.End)
            {
                if (!char.IsAsciiDigit(text[i]) || IsNoteMark(i))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < span.End && char.IsAsciiDigit(text[i]) && !IsNoteMark(i))
                {
                    i++;
                }

                if (!SuperscriptDigits.IsExponent(text, start, i - start))
                {
                    markers.Add((start, i - start));
                }
            }
        }

        return markers;
    }

    private bool IsNoteMark(int offset)
    {
        foreach (var (start, end) in _noteMarks)
        {
            if (offset >= start && offset < end)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// text[Start..Start+Length] of a paragraph came from <see cref="Element"/> (the SDK's <c>w:t</c>) from character
/// <see cref="ElementOffset"/> on. Not <see cref="Editable"/> inside a field's result, a tracked change, a reference
/// manager's content control, or an element the SDK read as unknown (its text is not a typed element of the package's
/// tree). Not <see cref="Anchorable"/> (no comment's range may begin or end there) there or in a text box, which Word
/// writes twice.
/// </summary>
internal readonly record struct TextPiece(int Start, int Length, object Element, int ElementOffset, bool Editable, bool Anchorable)
{
    public int End => Start + Length;
}

/// <summary>
/// A reference manager's citation read in a paragraph: its range in the text, whether its result goes on into the next
/// paragraph, and whether tracked changes stand in it (the text then differs from what the manager wrote by them).
/// </summary>
internal readonly record struct CitationResult(ManagerField Field, int Start, int Length, bool Continues, bool Revised);
