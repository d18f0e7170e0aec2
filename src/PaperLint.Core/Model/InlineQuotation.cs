namespace PaperLint.Core.Model;

/// <summary>A passage in quotation marks within one block: the range of the words between the marks.</summary>
public readonly record struct InlineQuotation(int Start, int Length, int Words)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int length) => start < End && start + length > Start;
}
