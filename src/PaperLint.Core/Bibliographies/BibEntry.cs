namespace PaperLint.Core.Bibliographies;

/// <summary>
/// One entry of a bibliography file (BibTeX/BibLaTeX, CSL JSON or CSL YAML) or of a document's inline
/// <c>references:</c>, with what the citation checks need and where it is defined.
/// </summary>
public sealed record BibEntry
{
    /// <summary>The citation key as defined (<c>abraham_machine_2014</c>), letter case kept.</summary>
    public required string Key { get; init; }

    /// <summary>The entry type in lower case: BibTeX's <c>article</c>, <c>book</c>, or CSL's <c>article-journal</c>.</summary>
    public required string Type { get; init; }

    /// <summary>
    /// The fields by lower-case name, as plain text: BibTeX braces and quotes taken off, <c>@string</c> macros expanded,
    /// <c>#</c> joined, TeX accents decoded (<c>{\"o}</c> is ö). CSL names and dates are given as text too
    /// (<c>author</c>: "Abraham, Ann and Lee, Bo"; <c>issued</c>: "2014"). A BibTeX entry's fields include those it
    /// inherits through <c>crossref</c> or <c>xdata</c>, as biber and pandoc give them.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>
    /// The family names of the authors, else of the editors, in order, with their particles as written
    /// (<c>van der Berg</c>); an organisation's whole name; <c>others</c> is no name.
    /// </summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The year of publication (<c>2014</c>), from <c>year</c>, <c>date</c> or CSL's <c>issued</c>; null when none.</summary>
    public string? Year { get; init; }

    /// <summary>The title, as plain text; null when none.</summary>
    public string? Title { get; init; }

    /// <summary>True when the entry names an author or an editor (a person or an organisation).</summary>
    public bool HasAuthorOrEditor { get; init; }

    /// <summary>The file the entry is in, as the user named it (or the document, for inline references).</summary>
    public required string File { get; init; }

    /// <summary>1-based line and column of the key in <see cref="File"/>.</summary>
    public required int Line { get; init; }

    public int Column { get; init; } = 1;
}
