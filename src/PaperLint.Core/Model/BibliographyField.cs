namespace PaperLint.Core.Model;

/// <summary>
/// A bibliography a reference manager generated from the citations of the document (Zotero's <c>ZOTERO_BIBL</c>,
/// Mendeley's <c>CSL_BIBLIOGRAPHY</c>, EndNote's <c>EN.REFLIST</c>): the paragraphs its result fills.
/// </summary>
public sealed record BibliographyField
{
    public required ReferenceManager Manager { get; init; }

    /// <summary>The paragraphs of the generated list, in order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }
}
