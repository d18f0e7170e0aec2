namespace PaperLint.Core.Citations;

/// <summary>
/// The quotation settings of <c>.paperlint.yml</c> (<c>quotations:</c>): when quoted words count as a
/// quotation, and whether rules that correct the author's words also look inside quotations.
/// </summary>
public sealed record QuotationSettings
{
    public static readonly QuotationSettings Default = new();

    /// <summary>An inline quotation in quotation marks counts as a quotation (needs a citation; is the quoted author's words) from this many words on.</summary>
    public int MinWords { get; init; } = 8;

    /// <summary>Whether rules that correct words also look inside quotations (off: the words are the quoted author's).</summary>
    public bool Check { get; init; }
}
