namespace PaperLint.Core.Model;

/// <summary>A range of a block's <see cref="Block.Text"/> with a kind (code, emphasis, superscript, ...).</summary>
public readonly record struct InlineSpan(SpanKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int start, int length) => start >= Start && start + length <= End;

    public bool Overlaps(int start, int length) => start < End && start + length > Start;
}
