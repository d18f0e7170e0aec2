namespace PaperLint.Core.Citations;

/// <summary>How a quotation is attributed: the citation that gives its source, a citing note, or nothing.</summary>
public sealed record QuotationSource(Quotation Quotation, bool IsCited, FoundCitation? Citation);
