using System.Net;
using System.Xml;
using System.Xml.Linq;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// Reads the XML EndNote keeps in its citation fields, <c>&lt;EndNote&gt;&lt;Cite&gt;…&lt;/Cite&gt;&lt;/EndNote&gt;</c>: written after
/// <c>ADDIN EN.CITE</c> in the field code (sometimes with its markup escaped once more, <c>&amp;lt;EndNote&amp;gt;</c>), or, for a
/// long citation, base64 in <c>w:fldData</c>: of the fields nested in its code (<c>ADDIN EN.CITE.DATA</c>), one chunk each,
/// or of the citation's own field. Each <c>Cite</c> is one work: the authors of its <c>record</c>
/// (<c>Family, Given</c>), its year, title and record number; <c>DisplayText</c> is the text EndNote wrote.
/// </summary>
internal static class EndNoteCitationData
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <param name="afterKeyword">The field code after <c>EN.CITE</c>.</param>
    /// <param name="fieldData">The base64 chunks of <c>w:fldData</c> the field carries, in order; none when it has none.</param>
    public static ManagerField Read(string afterKeyword, IReadOnlyList<string> fieldData)
    {
        string payload = afterKeyword.Trim();
        if (!payload.Contains('<', StringComparison.Ordinal))
        {
            payload = payload.Contains("&lt;", StringComparison.Ordinal) ? WebUtility.HtmlDecode(payload)
                : fieldData.Count > 0 ? Base64Text.Decode(fieldData)?.Trim() ?? "" : "";
        }

        int start = payload.IndexOf("<EndNote", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return ManagerField.Unreadable(ReferenceManager.EndNote);
        }

        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(payload[start..]), Settings);
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            return ManagerField.Unreadable(ReferenceManager.EndNote);
        }

        var items = new List<CitedItem>();
        string? display = null;
        foreach (var cite in root.Elements().Where(e => e.Name.LocalName == "Cite"))
        {
            display ??= Child(cite, "DisplayText")?.Value;
            items.Add(ItemOf(cite));
        }

        return new ManagerField(ReferenceManager.EndNote, false)
        {
            Items = items.Where(i => i.Authors.Count > 0 || i.Year is not null || i.Title is not null).ToList(),
            StoredText = display is null ? null : CitationMarkup.Plain(display),
        };
    }

    private static CitedItem ItemOf(XElement cite)
    {
        var record = Child(cite, "record");
        var contributors = record is null ? null : Child(record, "contributors");
        var authors = Names(contributors, "authors");
        if (authors.Count == 0)
        {
            authors = Names(contributors, "secondary-authors");
        }

        if (authors.Count == 0 && Text(Child(cite, "Author")) is { } first)
        {
            authors.Add(first);
        }

        var dates = record is null ? null : Child(record, "dates");
        var titles = record is null ? null : Child(record, "titles");
        return new CitedItem
        {
            Id = Text(Child(cite, "RecNum")) ?? Text(record is null ? null : Child(record, "rec-number")),
            Authors = authors,
            Year = Text(dates is null ? null : Child(dates, "year")) ?? Text(Child(cite, "Year")),
            Title = Text(titles is null ? null : Child(titles, "title")),
            Locator = Text(Child(cite, "Pages")),
        };
    }

    /// <summary>The family names of an EndNote author list: what comes before the comma of "Family, Given", or the whole name of an institution.</summary>
    private static List<string> Names(XElement? contributors, string group)
    {
        var names = new List<string>();
        if (contributors is null || Child(contributors, group) is not { } list)
        {
            return names;
        }

        foreach (var author in list.Elements().Where(e => e.Name.LocalName == "author"))
        {
            string name = author.Value.Trim();
            int comma = name.IndexOf(',', StringComparison.Ordinal);
            string family = (comma > 0 ? name[..comma] : name).Trim();
            if (family.Length > 0)
            {
                names.Add(family);
            }
        }

        return names;
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;
}
