using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Tests.Support;

/// <summary>
/// The fields and content controls reference managers put into Word documents, built with the Open XML SDK from
/// invented works: Zotero's and Mendeley's CSL citation JSON, Mendeley Cite's tagged content control, EndNote's XML
/// (in the field code, or base64 in <c>w:fldData</c> with its nested <c>EN.CITE.DATA</c> field), and bibliography fields.
/// </summary>
public static class CitationFieldRuns
{
    /// <summary>An invented work: family name(s) of its authors (first author first), year and title.</summary>
    public sealed record Work(string[] Families, string Year, string Title)
    {
        public Work(string family, string year, string title)
            : this([family], year, title)
        {
        }
    }

    public static Run Begin(string? data = null) =>
        new(data is null ? new FieldChar { FieldCharType = FieldCharValues.Begin } : new FieldChar(new FieldData(data)) { FieldCharType = FieldCharValues.Begin });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    public static Run Code(string code) => new(new FieldCode(code) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>
    /// A complex field: begin, its code in <paramref name="codePieces"/> runs (as Word splits long codes), separate, its
    /// result as runs (a '|' in <paramref name="result"/> starts a new run), end.
    /// </summary>
    public static OpenXmlElement[] Complex(string code, string result, int codePieces = 1)
    {
        var runs = new List<OpenXmlElement> { Begin() };
        runs.AddRange(Pieces(code, codePieces).Select(Code));
        runs.Add(Separate());
        runs.AddRange(result.Split('|').Select(r => DocxFixture.TextRun(r)));
        runs.Add(End());
        return [.. runs];
    }

    public static SimpleField Simple(string code, string result) => new(DocxFixture.TextRun(result)) { Instruction = code };

    /// <summary>Zotero's field code: <c>ADDIN ZOTERO_ITEM CSL_CITATION {json} RND…</c>.</summary>
    public static string Zotero(string plainCitation, params Work[] works) => Zotero(plainCitation, false, works);

    public static string Zotero(string plainCitation, bool dontUpdate, params Work[] works)
    {
        var properties = new JsonObject { ["formattedCitation"] = plainCitation, ["plainCitation"] = plainCitation, ["noteIndex"] = 0 };
        if (dontUpdate)
        {
            properties["dontUpdate"] = true;
        }

        var citation = new JsonObject
        {
            ["citationID"] = "aB3dE5fG",
            ["properties"] = properties,
            ["citationItems"] = Items(works, zotero: true),
            ["schema"] = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
        };
        return $" ADDIN ZOTERO_ITEM CSL_CITATION {citation.ToJsonString()} RNDq8LmT3xZ0a ";
    }

    /// <summary>Mendeley Desktop's field code: <c>ADDIN CSL_CITATION {json}</c>, with its <c>mendeley</c> texts.</summary>
    public static string Mendeley(string formattedCitation, string? manualFormatting, params Work[] works)
    {
        var mendeley = new JsonObject
        {
            ["formattedCitation"] = formattedCitation,
            ["plainTextFormattedCitation"] = System.Text.RegularExpressions.Regex.Replace(formattedCitation, "</?(i|b|sup)>", ""),
            ["previouslyFormattedCitation"] = formattedCitation,
        };
        if (manualFormatting is not null)
        {
            mendeley["manualFormatting"] = manualFormatting;
        }

        var citation = new JsonObject
        {
            ["citationItems"] = Items(works, zotero: false),
            ["mendeley"] = mendeley,
            ["properties"] = new JsonObject { ["noteIndex"] = 0 },
            ["schema"] = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
        };
        return $"ADDIN CSL_CITATION {citation.ToJsonString()}";
    }

    /// <summary>Mendeley Cite's citation: a content control tagged <c>MENDELEY_CITATION_v3_{base64 json}</c> around the text shown.</summary>
    public static SdtRun MendeleyCite(string shown, string citeprocText, bool overridden, params Work[] works)
    {
        var citation = new JsonObject
        {
            ["citationID"] = "MENDELEY_CITATION_0b5e1c2d-7f3a-4c8e-9d10-2a6b4c8e0f12",
            ["properties"] = new JsonObject { ["noteIndex"] = 0 },
            ["isEdited"] = overridden,
            ["manualOverride"] = new JsonObject
            {
                ["isManuallyOverridden"] = overridden,
                ["citeprocText"] = citeprocText,
                ["manualOverrideText"] = overridden ? shown : "",
            },
            ["citationItems"] = Items(works, zotero: false),
        };
        string tag = "MENDELEY_CITATION_v3_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(citation.ToJsonString()));
        return new SdtRun(new SdtProperties(new Tag { Val = tag }), new SdtContentRun(DocxFixture.TextRun(shown)));
    }

    /// <summary>EndNote's citation XML: one <c>Cite</c> per work, the first with the <c>DisplayText</c>.</summary>
    public static string EndNoteXml(string displayText, params Work[] works)
    {
        var xml = new StringBuilder("<EndNote>");
        for (int i = 0; i < works.Length; i++)
        {
            var w = works[i];
            string authors = string.Concat(w.Families.Select(f => $"<author>{Escape(f)}, A.</author>"));
            xml.Append($"<Cite><Author>{Escape(w.Families[0])}</Author><Year>{w.Year}</Year><RecNum>{i + 11}</RecNum>");
            if (i == 0)
            {
                xml.Append($"<DisplayText>{Escape(displayText)}</DisplayText>");
            }

            xml.Append($"<record><rec-number>{i + 11}</rec-number><ref-type name=\"Journal Article\">17</ref-type>")
                .Append($"<contributors><authors>{authors}</authors></contributors>")
                .Append($"<titles><title>{Escape(w.Title)}</title></titles><dates><year>{w.Year}</year></dates></record></Cite>");
        }

        return xml.Append("</EndNote>").ToString();
    }

    /// <summary>
    /// EndNote's citation whose XML is base64 in <c>w:fldData</c>: begin (with the data), <c> ADDIN EN.CITE </c>, a nested
    /// field (with the data again) whose code is <c> ADDIN EN.CITE.DATA </c>, end of it, separate, result, end. A long
    /// citation's data comes in several chunks, each in a nested field of its own and padded with NUL bytes on its own; the
    /// citation's own data is then the last chunk.
    /// </summary>
    public static OpenXmlElement[] EndNoteWithData(string xml, string result, int chunks = 1)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(xml);
        int size = (bytes.Length + chunks - 1) / chunks;
        var data = Enumerable.Range(0, chunks)
            .Select(i => bytes.Skip(i * size).Take(size).Concat(new byte[i == chunks - 1 ? 2 : 0]).ToArray())
            .Select(Convert.ToBase64String)
            .ToList();
        var runs = new List<OpenXmlElement> { Begin(data[^1]), Code(" ADDIN EN.CITE ") };
        foreach (string chunk in data)
        {
            runs.AddRange([Begin(chunk), Code(" ADDIN EN.CITE.DATA "), End()]);
        }

        runs.AddRange([Separate(), DocxFixture.TextRun(result), End()]);
        return [.. runs];
    }

    private static JsonArray Items(Work[] works, bool zotero)
    {
        var items = new JsonArray();
        for (int i = 0; i < works.Length; i++)
        {
            var w = works[i];
            var authors = new JsonArray();
            foreach (var family in w.Families)
            {
                authors.Add(new JsonObject { ["family"] = family, ["given"] = "A." });
            }

            JsonNode id = zotero ? 100 + i : $"ITEM-{i + 1}";
            items.Add(new JsonObject
            {
                ["id"] = id.DeepClone(),
                ["uris"] = new JsonArray($"http://zotero.org/users/1/items/ITEM{i}ABCD"),
                ["itemData"] = new JsonObject
                {
                    ["id"] = id.DeepClone(),
                    ["type"] = "article-journal",
                    ["title"] = w.Title,
                    ["author"] = authors,
                    ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(w.Year)) },
                },
            });
        }

        return items;
    }

    private static IEnumerable<string> Pieces(string code, int count)
    {
        int size = Math.Max(1, (code.Length + count - 1) / count);
        for (int at = 0; at < code.Length; at += size)
        {
            yield return code.Substring(at, Math.Min(size, code.Length - at));
        }
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
