using System.Globalization;
using System.Text.Json;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// Reads the CSL citation JSON that Zotero and Mendeley store in their fields: <c>citationItems</c> with each work's
/// <c>itemData</c> (CSL JSON: <c>author</c>, <c>issued</c>, <c>title</c>), and the text the manager wrote: Zotero's
/// <c>properties.plainCitation</c> (and <c>dontUpdate</c>), Mendeley Desktop's <c>mendeley.plainTextFormattedCitation</c>
/// (and <c>manualFormatting</c>), Mendeley Cite's <c>manualOverride.citeprocText</c> (and <c>isManuallyOverridden</c>).
/// </summary>
internal static class CslCitationData
{
    public static ManagerField Read(ReferenceManager manager, string? json)
    {
        if (json is null)
        {
            return ManagerField.Unreadable(manager);
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ManagerField.Unreadable(manager);
            }

            var items = new List<CitedItem>();
            if (root.TryGetProperty("citationItems", out var citationItems) && citationItems.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in citationItems.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object && ItemOf(entry) is { } item)
                    {
                        items.Add(item);
                    }
                }
            }

            var (stored, keepsEdit) = StoredText(root);
            return new ManagerField(manager, false) { Items = items, StoredText = stored, KeepsEdit = keepsEdit };
        }
        catch (JsonException)
        {
            return ManagerField.Unreadable(manager);
        }
    }

    private static (string? Text, bool KeepsEdit) StoredText(JsonElement root)
    {
        // Zotero.
        if (Child(root, "properties") is { } properties && (Text(properties, "plainCitation") ?? Text(properties, "formattedCitation")) is { } zotero)
        {
            bool dontUpdate = properties.TryGetProperty("dontUpdate", out var flag) && flag.ValueKind == JsonValueKind.True;
            return (CitationMarkup.Plain(zotero), dontUpdate);
        }

        // Mendeley Desktop.
        if (Child(root, "mendeley") is { } mendeley)
        {
            string? text = Text(mendeley, "plainTextFormattedCitation") ?? Text(mendeley, "formattedCitation") ?? Text(mendeley, "previouslyFormattedCitation");
            return (text is null ? null : CitationMarkup.Plain(text), !string.IsNullOrEmpty(Text(mendeley, "manualFormatting")));
        }

        // Mendeley Cite.
        if (Child(root, "manualOverride") is { } manualOverride && Text(manualOverride, "citeprocText") is { } citeproc)
        {
            bool overridden = manualOverride.TryGetProperty("isManuallyOverridden", out var flag) && flag.ValueKind == JsonValueKind.True;
            return (CitationMarkup.Plain(citeproc), overridden);
        }

        return (null, false);
    }

    private static CitedItem? ItemOf(JsonElement entry)
    {
        string? id = Text(entry, "id");
        string? locator = Text(entry, "locator");
        if (Child(entry, "itemData") is not { } data)
        {
            // A citation that stores only the item's address (Zotero's "Store references in document" off) names no work.
            return null;
        }

        var authors = Names(data, "author");
        if (authors.Count == 0)
        {
            authors = Names(data, "editor");
        }

        return new CitedItem
        {
            Id = id ?? Text(data, "id"),
            Authors = authors,
            Year = YearOf(data),
            Title = Text(data, "title"),
            Locator = string.IsNullOrWhiteSpace(locator) ? null : locator,
        };
    }

    /// <summary>The family names of a CSL name list: <c>family</c> with its non-dropping particle, or a <c>literal</c> name (an institution).</summary>
    private static List<string> Names(JsonElement data, string property)
    {
        var names = new List<string>();
        if (!data.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return names;
        }

        foreach (var name in list.EnumerateArray())
        {
            if (name.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? family = Text(name, "family")?.Trim();
            string? particle = Text(name, "non-dropping-particle")?.Trim();
            string? full = string.IsNullOrEmpty(family) ? Text(name, "literal")?.Trim() : string.IsNullOrEmpty(particle) ? family : $"{particle} {family}";
            if (!string.IsNullOrEmpty(full))
            {
                names.Add(full);
            }
        }

        return names;
    }

    /// <summary>The year of <c>issued</c>: its first date part, else a year in its <c>raw</c> or <c>literal</c> form.</summary>
    private static string? YearOf(JsonElement data)
    {
        if (Child(data, "issued") is not { } issued)
        {
            return null;
        }

        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0] is { ValueKind: JsonValueKind.Array } first && first.GetArrayLength() > 0)
        {
            var year = first[0];
            string? text = year.ValueKind switch
            {
                JsonValueKind.Number when year.TryGetInt32(out int n) => n.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String => year.GetString()?.Trim(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                return text;
            }
        }

        string? loose = Text(issued, "raw") ?? Text(issued, "literal");
        var match = loose is null ? null : PaperLint.Core.Citations.Years.Standalone().Match(loose);
        return match is { Success: true } ? match.Value : null;
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    /// <summary>A string or number property as text; null when absent or of another kind.</summary>
    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
