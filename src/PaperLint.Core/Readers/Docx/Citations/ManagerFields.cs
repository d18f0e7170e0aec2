using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// Recognises the fields and content controls reference managers put into Word documents, and reads their data:
/// Zotero (<c>ADDIN ZOTERO_ITEM CSL_CITATION {json}</c>, <c>ADDIN ZOTERO_BIBL</c>), Mendeley Desktop
/// (<c>ADDIN CSL_CITATION {json}</c>, <c>ADDIN Mendeley Citation{…} CSL_CITATION {json}</c>,
/// <c>ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY</c>), Mendeley Cite (content controls tagged
/// <c>MENDELEY_CITATION_v3_{base64 json}</c> and <c>MENDELEY_BIBLIOGRAPHY</c>), EndNote (<c>ADDIN EN.CITE
/// &lt;EndNote&gt;…</c>, its XML also base64 in <c>w:fldData</c>, <c>ADDIN EN.REFLIST</c>) and Citavi
/// (<c>ADDIN CitaviPlaceholder{base64 json}</c>). Any other field is none of theirs.
/// </summary>
internal static class ManagerFields
{
    private const string MendeleyCitationTag = "MENDELEY_CITATION_v3_";
    private const string MendeleyBibliographyTag = "MENDELEY_BIBLIOGRAPHY";

    /// <summary>True when a field code begins with <c>ADDIN</c>, the word every manager's field opens with.</summary>
    public static bool IsAddIn(ReadOnlySpan<char> code) => code.TrimStart().StartsWith("ADDIN", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for EndNote's inner field that only carries the data of the citation around it (<c>ADDIN EN.CITE.DATA</c>).</summary>
    public static bool IsEndNoteData(string code) => AfterAddIn(code).StartsWith("EN.CITE.DATA", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The manager's field a field code (with the base64 data of <c>w:fldData</c> it carries, in order, if any) is, or
    /// null when it is some other field.
    /// </summary>
    public static ManagerField? FromCode(string code, IReadOnlyList<string> fieldData)
    {
        if (!IsAddIn(code))
        {
            return null;
        }

        string rest = AfterAddIn(code);
        if (rest.StartsWith("ZOTERO_ITEM", StringComparison.OrdinalIgnoreCase))
        {
            return CslCitationData.Read(ReferenceManager.Zotero, JsonObjectText.After(rest, 0));
        }

        if (rest.StartsWith("ZOTERO_BIBL", StringComparison.OrdinalIgnoreCase))
        {
            return ManagerField.Bibliography(ReferenceManager.Zotero);
        }

        if (rest.StartsWith("EN.CITE.DATA", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (rest.StartsWith("EN.CITE", StringComparison.OrdinalIgnoreCase))
        {
            return EndNoteCitationData.Read(rest["EN.CITE".Length..], fieldData);
        }

        if (rest.StartsWith("EN.REFLIST", StringComparison.OrdinalIgnoreCase))
        {
            return ManagerField.Bibliography(ReferenceManager.EndNote);
        }

        if (rest.StartsWith("CitaviPlaceholder", StringComparison.OrdinalIgnoreCase))
        {
            return CitaviCitationData.Read(rest["CitaviPlaceholder".Length..]);
        }

        // Mendeley Desktop: "CSL_CITATION {json}", older "Mendeley Citation{uuid} CSL_CITATION {json}".
        int csl = rest.IndexOf("CSL_CITATION", StringComparison.OrdinalIgnoreCase);
        if (csl >= 0 && (csl == 0 || rest.StartsWith("Mendeley", StringComparison.OrdinalIgnoreCase)))
        {
            return CslCitationData.Read(ReferenceManager.Mendeley, JsonObjectText.After(rest, csl));
        }

        if (rest.StartsWith("Mendeley Bibliography", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("CSL_BIBLIOGRAPHY", StringComparison.OrdinalIgnoreCase))
        {
            return ManagerField.Bibliography(ReferenceManager.Mendeley);
        }

        return null;
    }

    /// <summary>The manager's content control a tag (<c>w:sdtPr/w:tag</c>) marks, or null.</summary>
    public static ManagerField? FromTag(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        if (tag.StartsWith(MendeleyCitationTag, StringComparison.Ordinal))
        {
            return CslCitationData.Read(ReferenceManager.Mendeley, Base64Text.Decode(tag[MendeleyCitationTag.Length..]));
        }

        return tag.StartsWith(MendeleyBibliographyTag, StringComparison.Ordinal) ? ManagerField.Bibliography(ReferenceManager.Mendeley) : null;
    }

    private static string AfterAddIn(string code)
    {
        var span = code.AsSpan().TrimStart();
        return span.Length >= 5 && span[..5].Equals("ADDIN", StringComparison.OrdinalIgnoreCase) ? span[5..].Trim().ToString() : span.ToString();
    }
}
