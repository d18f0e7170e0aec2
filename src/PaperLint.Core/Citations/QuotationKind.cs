namespace PaperLint.Core.Citations;

public enum QuotationKind
{
    /// <summary>Set off from the text: a block quotation, an indented passage, or paragraphs introduced by a colon that end with a citation.</summary>
    Block,

    /// <summary>In quotation marks within a paragraph.</summary>
    Inline,
}
