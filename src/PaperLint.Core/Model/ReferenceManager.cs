namespace PaperLint.Core.Model;

/// <summary>The reference manager that inserted a citation or a bibliography into a Word document, as a field or a content control.</summary>
public enum ReferenceManager
{
    /// <summary>Zotero: <c>ADDIN ZOTERO_ITEM CSL_CITATION {json}</c>, <c>ADDIN ZOTERO_BIBL</c>.</summary>
    Zotero,

    /// <summary>
    /// Mendeley: Mendeley Desktop's <c>ADDIN CSL_CITATION {json}</c> and <c>ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY</c>,
    /// and Mendeley Cite's content controls tagged <c>MENDELEY_CITATION_v3_…</c> and <c>MENDELEY_BIBLIOGRAPHY</c>.
    /// </summary>
    Mendeley,

    /// <summary>EndNote: <c>ADDIN EN.CITE &lt;EndNote&gt;…</c> (or its data in <c>w:fldData</c>), <c>ADDIN EN.REFLIST</c>.</summary>
    EndNote,

    /// <summary>Citavi: <c>ADDIN CitaviPlaceholder{base64 json}</c>.</summary>
    Citavi,
}
