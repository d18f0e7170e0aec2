namespace PaperLint.Core.Citations;

/// <summary>The attribution settings of <c>.paperlint.yml</c> (<c>attribution:</c>).</summary>
public sealed record AttributionOptions
{
    /// <summary>
    /// The headings that open a references list, compared without case and without a trailing colon, in the languages
    /// the tool knows: English, German, French, Spanish, Italian, Portuguese and Dutch.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultReferenceHeadings =
    [
        "References", "Reference List", "Reference list", "Bibliography", "Select Bibliography", "Selected Bibliography",
        "Works Cited", "Work Cited", "Works Consulted", "Literature", "Literature Cited", "Sources", "Sources Cited",
        "Literatur", "Literaturverzeichnis", "Bibliographie",
        "Références", "Références bibliographiques",
        "Referencias", "Referencias bibliográficas", "Bibliografía",
        "Bibliografia", "Riferimenti bibliografici",
        "Referências", "Referências bibliográficas",
        "Literatuur", "Literatuurlijst", "Referenties", "Bibliografie",
    ];

    public static readonly AttributionOptions Default = new();

    public IReadOnlyList<string> ReferenceHeadings { get; init; } = DefaultReferenceHeadings;

    public CitationStyle Style { get; init; } = CitationStyle.Auto;

    /// <summary>
    /// The bibliography files pandoc citation keys are checked against (<c>attribution: bibliography:</c>, or
    /// <c>--bibliography</c>), in place of those a document's front matter names. Empty: the front matter decides.
    /// </summary>
    public IReadOnlyList<Bibliographies.BibliographyFile> Bibliography { get; init; } = [];

    /// <summary>The names used in the configuration file for <see cref="Style"/>.</summary>
    internal static readonly IReadOnlyDictionary<string, CitationStyle> StyleNames = new Dictionary<string, CitationStyle>(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = CitationStyle.Auto,
        ["author-date"] = CitationStyle.AuthorDate,
        ["notes"] = CitationStyle.Notes,
    };

    public bool Equals(AttributionOptions? other) =>
        other is not null && Style == other.Style && ReferenceHeadings.SequenceEqual(other.ReferenceHeadings, StringComparer.OrdinalIgnoreCase)
        && Bibliography.SequenceEqual(other.Bibliography);

    public override int GetHashCode() => HashCode.Combine(Style, ReferenceHeadings.Count);
}
