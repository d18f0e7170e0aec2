using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>A citation and the block it stands in.</summary>
public sealed record FoundCitation(Block Block, Citation Citation);
