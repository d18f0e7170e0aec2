namespace PaperLint.Core.Bibliographies;

/// <summary>The formats a bibliography file may be in, as pandoc reads them.</summary>
public enum BibliographyFormat
{
    /// <summary>BibTeX or BibLaTeX (<c>.bib</c>, <c>.bibtex</c>).</summary>
    BibTeX,

    /// <summary>CSL JSON (<c>.json</c>): an array of items.</summary>
    CslJson,

    /// <summary>CSL YAML (<c>.yaml</c>, <c>.yml</c>): a list of items, or a mapping with <c>references:</c>.</summary>
    CslYaml,
}
