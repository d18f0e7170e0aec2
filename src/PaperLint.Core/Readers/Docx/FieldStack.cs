namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The state of Word's complex fields (<c>w:fldChar</c> begin / separate / end) as a story is walked.
/// Between begin and separate lies the field code (<c>w:instrText</c>), which the page never shows;
/// between separate and end lies the result, which it does. Fields nest, and a field's result shows
/// only when every field around it is in its result too. Fields may span runs and paragraphs.
/// </summary>
internal sealed class FieldStack
{
    // Enough of the code to recognise the field type and the bookmark a link leads to; citation managers store
    // kilobytes of JSON there.
    private const int CodePrefixLength = 96;

    private readonly List<Frame> _frames = [];
    private int _framesInCode;

    /// <summary>True when text here is on the page: not inside any field's code.</summary>
    public bool ShowsText => _framesInCode == 0;

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
        if (frame.InCode && frame.Code.Length < CodePrefixLength)
        {
            frame.Code.Append(code, 0, Math.Min(code.Length, CodePrefixLength - frame.Code.Length));
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
        return ShowsText && (frame.IsHyperlink || frame.Target is not null);
    }

    /// <summary>Leaves the innermost field; returns where its visible result began, if it leads somewhere.</summary>
    public FieldLink? End()
    {
        if (_frames.Count == 0)
        {
            return null;
        }

        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.InCode)
        {
            _framesInCode--;
        }

        return frame.LinkStart is { } at ? new FieldLink(at.Paragraph, at.Start, frame.IsHyperlink, frame.Target) : null;
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
    }
}

/// <summary>Where the visible result of a linking field began, and where it leads.</summary>
internal sealed record FieldLink(ParagraphBuilder Paragraph, int Start, bool IsHyperlink, string? Target);
