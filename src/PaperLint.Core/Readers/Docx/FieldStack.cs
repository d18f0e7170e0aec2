namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The state of Word's complex fields (<c>w:fldChar</c> begin / separate / end) as a story is walked.
/// Between begin and separate lies the field code (<c>w:instrText</c>), which the page never shows;
/// between separate and end lies the result, which it does. Fields nest, and a field's result shows
/// only when every field around it is in its result too. Fields may span runs and paragraphs.
/// </summary>
internal sealed class FieldStack
{
    // Enough of the code to recognise the field type; citation managers store kilobytes of JSON there.
    private const int CodePrefixLength = 32;

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

    /// <summary>Enters the result of the innermost field; true when it is a HYPERLINK field whose result is on the page.</summary>
    public bool Separate()
    {
        if (_frames.Count == 0 || !_frames[^1].InCode)
        {
            return false;
        }

        var frame = _frames[^1];
        frame.InCode = false;
        _framesInCode--;
        return ShowsText && IsHyperlink(frame.Code.ToString());
    }

    /// <summary>Leaves the innermost field; returns where its visible hyperlink result began, if it had one.</summary>
    public (ParagraphBuilder Paragraph, int Start)? End()
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

        return frame.LinkStart;
    }

    /// <summary>Remembers where the result of the innermost (hyperlink) field begins.</summary>
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

    private sealed class Frame
    {
        public bool InCode { get; set; } = true;

        public System.Text.StringBuilder Code { get; } = new();

        public (ParagraphBuilder Paragraph, int Start)? LinkStart { get; set; }
    }
}
