namespace PaperLint.Core.Model;

/// <summary>
/// A citation a reference manager inserted into a Word document (a field, or a content control): the works its data
/// cites, the text the manager last wrote, and where the text shown on the page stands in its block. When the data
/// cannot be read (malformed JSON or XML), the field has no items and no stored text, and is read as the text it shows.
/// </summary>
public sealed record CitationField
{
    public required ReferenceManager Manager { get; init; }

    /// <summary>The paragraph the field's result begins in.</summary>
    public required Block Block { get; init; }

    /// <summary>Where the text the field shows begins in <see cref="Block"/>'s text (up to the end of that paragraph when the result goes on).</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The works cited, in the order of the field's data; empty when the data cannot be read or holds no work.</summary>
    public IReadOnlyList<CitedItem> Items { get; init; } = [];

    /// <summary>
    /// The text the manager last wrote into the field and would write again, as plain text: Zotero's
    /// <c>plainCitation</c>, Mendeley's <c>plainTextFormattedCitation</c> (Mendeley Cite's <c>citeprocText</c>), EndNote's
    /// <c>DisplayText</c>, Citavi's <c>Text</c>; null when the data gives none.
    /// </summary>
    public string? StoredText { get; init; }

    /// <summary>
    /// True when the data records that the shown text was edited by hand and is to be kept: Zotero's <c>dontUpdate</c>,
    /// Mendeley's <c>manualFormatting</c>, Mendeley Cite's manual override.
    /// </summary>
    public bool KeepsEdit { get; init; }

    /// <summary>The text the field shows on the page.</summary>
    public string Text => Block.Text.Substring(Start, Length);

    public int End => Start + Length;

    /// <summary>True when the field's result goes on beyond <see cref="Block"/>, so that <see cref="Text"/> is only its beginning.</summary>
    internal bool Continues { get; init; }

    /// <summary>True when tracked insertions or deletions stand in the field's result, so that its text is not simply what the manager wrote.</summary>
    internal bool Revised { get; init; }

    /// <summary>True when the field's data was read and names at least one work.</summary>
    public bool HasData => Items.Count > 0;
}
