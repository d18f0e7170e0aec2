using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// What a reference manager's field (or content control) holds, read from its code: a citation with the works it
/// cites and the text the manager wrote, or a bibliography. A citation whose data cannot be read has no items.
/// </summary>
internal sealed record ManagerField(ReferenceManager Manager, bool IsBibliography)
{
    public IReadOnlyList<CitedItem> Items { get; init; } = [];

    public string? StoredText { get; init; }

    public bool KeepsEdit { get; init; }

    public static ManagerField Bibliography(ReferenceManager manager) => new(manager, true);

    /// <summary>A citation whose data could not be read: it is read as the text it shows.</summary>
    public static ManagerField Unreadable(ReferenceManager manager) => new(manager, false);
}
