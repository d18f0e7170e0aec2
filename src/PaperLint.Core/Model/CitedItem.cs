namespace PaperLint.Core.Model;

/// <summary>One work a reference manager's citation cites, as the data stored in the field describes it.</summary>
public sealed record CitedItem
{
    /// <summary>The manager's id of the work (Zotero's item id or URI, Mendeley's item id, EndNote's record number); null when it gives none.</summary>
    public string? Id { get; init; }

    /// <summary>The authors' family names in order, particles kept (<c>van Gogh</c>); the editors when the work has no author.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The year of publication (<c>2013</c>); null when the data gives none.</summary>
    public string? Year { get; init; }

    public string? Title { get; init; }

    /// <summary>The page or other place in the work the citation points to (<c>12–14</c>), when given.</summary>
    public string? Locator { get; init; }
}
