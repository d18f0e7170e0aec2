using PaperLint.Core.Readers.Docx.Citations;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The state of Word's complex fields (<c>w:fldChar</c> begin / separate / end) as a story is walked.
/// Between begin and separate lies the field code (<c>w:instrText</c>), which the page never shows;
/// between separate and end lies the result, which it does. Fields nest, and a field's result shows
/// only when every field around it is in its result too. Fields may span runs and paragraphs. The code of a
/// reference manager's field (<c>ADDIN …</c>) is kept whole, with the data of <c>w:fldData</c>, and the field is
/// recognised when its result begins (<see cref="ManagerFields"/>).
/// </summary>
internal sealed class FieldStack
{
    // Enough of the code to recognise the field type and the bookmark a link leads to. Only a reference manager's
    // field (ADDIN) is kept whole: its kilobytes of JSON or XML are its data.
    private const int CodePrefixLength = 96;

    // A bound on a kept code, far above any real citation, so that a damaged field cannot take all memory.
    private const int ManagerCodeLength = 16 * 1024 * 1024;

    private readonly List<Frame> _frames = [];
    private int _framesInCode;

    /// <summary>True when text here is on the page: not inside any field's code.</summary>
    public bool ShowsText => _framesInCode == 0;

    /// <summary>True inside a field, code or result: its result is the field's to write, not the author's.</summary>
    public bool InField => _frames.Count > 0;

    public void Begin()
    {
        _frames.Add(new Frame());
        _framesInCode++;
    }

    public void AppendCode(string code)
    {
        if (_frames.Count == 0)
        {
            return;
        }

        var frame = _frames[^1];
        if (!frame.InCode)
        {
            return;
        }

        int room = (frame.KeepsCode ? ManagerCodeLength : CodePrefixLength) - frame.Code.Length;
        if (room <= 0)
        {
            return;
        }

        int taken = Math.Min(code.Length, room);
        frame.Code.Append(code, 0, taken);
        if (!frame.KeepsCode && ManagerFields.IsAddIn(frame.Code.ToString()))
        {
            frame.KeepsCode = true;
            frame.Code.Append(code, taken, Math.Min(code.Length - taken, ManagerCodeLength - frame.Code.Length));
        }
    }

    /// <summary>
    /// The base64 data of a field (<c>w:fldData</c>), given with its begin character or in a run of its own: it belongs
    /// to the innermost field whose code is being read.
    /// </summary>
    public void AttachData(string? data)
    {
        if (!string.IsNullOrWhiteSpace(data) && _frames.Count > 0 && _frames[^1].InCode)
        {
            _frames[^1].Data ??= data;
        }
    }

    /// <summary>The bibliography field whose result the text here is in, if any.</summary>
    public ManagerField? Bibliography
    {
        get
        {
            if (!ShowsText)
            {
                return null;
            }

            foreach (var frame in _frames)
            {
                if (frame.Manager is { IsBibliography: true } bibliography)
                {
                    return bibliography;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Enters the result of the innermost field; true when its result is on the page and leads somewhere: a
    /// HYPERLINK field, or a link to a bookmark of the document (<c>HYPERLINK \l "name"</c>, <c>REF name</c>).
    /// </summary>
    public bool Separate()
    {
        if (_frames.Count == 0 || !_frames[^1].InCode)
        {
            return false;
        }

        var frame = _frames[^1];
        frame.InCode = false;
        _framesInCode--;
        string code = frame.Code.ToString();
        frame.IsHyperlink = IsHyperlink(code);
        frame.Target = InternalTarget(code);
        frame.Manager = frame.KeepsCode ? ManagerFields.FromCode(code, frame.Chunks.Count > 0 ? frame.Chunks : frame.Data is { } data ? [data] : []) : null;
        return ShowsText && (frame.IsHyperlink || frame.Target is not null);
    }

    /// <summary>The reference manager's citation whose result the innermost field begins, when that result is on the page.</summary>
    public ManagerField? CitationAtResult =>
        _frames.Count > 0 && ShowsText && !_frames[^1].InCode && _frames[^1].Manager is { IsBibliography: false } citation ? citation : null;

    /// <summary>Remembers where the result of the innermost (citation) field begins.</summary>
    public void MarkCitationStart(ParagraphBuilder paragraph, int start)
    {
        if (_frames.Count > 0)
        {
            _frames[^1].CitationStart = (paragraph, start);
        }
    }

    /// <summary>
    /// Leaves the innermost field; returns where its visible result began, if it leads somewhere, and where the
    /// result of a reference manager's citation began.
    /// </summary>
    public (FieldLink? Link, FieldCitation? Citation) End()
    {
        if (_frames.Count == 0)
        {
            return (null, null);
        }

        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.InCode)
        {
            _framesInCode--;

            // EndNote keeps a long citation's data in fields nested in the citation's code (ADDIN EN.CITE.DATA), one
            // chunk each; its own data then repeats only the last chunk.
            if (frame.Data is not null && _frames.Count > 0 && _frames[^1].InCode && ManagerFields.IsEndNoteData(frame.Code.ToString()))
            {
                _frames[^1].Chunks.Add(frame.Data);
            }
        }

        var link = frame.LinkStart is { } at ? new FieldLink(at.Paragraph, at.Start, frame.IsHyperlink, frame.Target) : null;
        var citation = frame.CitationStart is { } from && frame.Manager is { } field ? new FieldCitation(field, from.Paragraph, from.Start) : null;
        return (link, citation);
    }

    /// <summary>Remembers where the result of the innermost (linking) field begins.</summary>
    public void MarkLinkStart(ParagraphBuilder paragraph, int start)
    {
        if (_frames.Count > 0)
        {
            _frames[^1].LinkStart = (paragraph, start);
        }
    }

    /// <summary>True when a field code is a HYPERLINK field (its result is link text).</summary>
    public static bool IsHyperlink(string? code) =>
        code is not null && code.AsSpan().TrimStart().StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bookmark a field leads to: <c>HYPERLINK \l "name"</c>, <c>REF name \h</c>; null for any other field.</summary>
    public static string? InternalTarget(string code)
    {
        var words = code.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        if (words[0].Equals("REF", StringComparison.OrdinalIgnoreCase))
        {
            return words[1].Trim('"');
        }

        if (words[0].Equals("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            int local = Array.FindIndex(words, w => w.Equals("\\l", StringComparison.OrdinalIgnoreCase));
            return local > 0 && local + 1 < words.Length ? words[local + 1].Trim('"') : null;
        }

        return null;
    }

    private sealed class Frame
    {
        public bool InCode { get; set; } = true;

        public System.Text.StringBuilder Code { get; } = new();

        public bool IsHyperlink { get; set; }

        public string? Target { get; set; }

        public (ParagraphBuilder Paragraph, int Start)? LinkStart { get; set; }

        /// <summary>True once the code is known to be a reference manager's (ADDIN): it is then kept whole.</summary>
        public bool KeepsCode { get; set; }

        /// <summary>The field's own data (<c>w:fldData</c>).</summary>
        public string? Data { get; set; }

        /// <summary>The data of the fields nested in this one's code that carry it (EndNote's <c>EN.CITE.DATA</c>), in order.</summary>
        public List<string> Chunks { get; } = [];

        public ManagerField? Manager { get; set; }

        public (ParagraphBuilder Paragraph, int Start)? CitationStart { get; set; }
    }
}

/// <summary>Where the visible result of a linking field began, and where it leads.</summary>
internal sealed record FieldLink(ParagraphBuilder Paragraph, int Start, bool IsHyperlink, string? Target);

/// <summary>Where the visible result of a reference manager's citation began, and what the citation holds.</summary>
internal sealed record FieldCitation(ManagerField Field, ParagraphBuilder Paragraph, int Start);
