using System.Text.Json;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// Reads Citavi's placeholder, <c>ADDIN CitaviPlaceholder{base64 json}</c>: its <c>Entries</c>, each with the
/// <c>Reference</c> it cites (<c>Authors</c> with their <c>LastName</c>, <c>Year</c>, <c>Title</c>), and the <c>Text</c> Citavi
/// wrote. Citavi writes each object once and refers to it again by <c>$ref</c>.
/// </summary>
internal static class CitaviCitationData
{
    public static ManagerField Read(string afterKeyword)
    {
        string? json = Base64Text.Decode(afterKeyword.Trim().TrimStart('{').TrimEnd('}'));
        if (json is null)
        {
            return ManagerField.Unreadable(ReferenceManager.Citavi);
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ManagerField.Unreadable(ReferenceManager.Citavi);
            }

            var objects = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            Collect(root, objects);
            var items = new List<CitedItem>();
            if (root.TryGetProperty("Entries", out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    if (Resolve(entry, objects) is { } e && e.TryGetProperty("Reference", out var reference) && Resolve(reference, objects) is { } r)
                    {
                        items.Add(new CitedItem
                        {
                            Id = Text(r, "Id"),
                            Authors = Authors(r, objects),
                            Year = Text(r, "Year") is { } year && PaperLint.Core.Citations.Years.Standalone().Match(year) is { Success: true } m ? m.Value : null,
                            Title = Text(r, "Title"),
                        });
                    }
                }
            }

            return new ManagerField(ReferenceManager.Citavi, false) { Items = items, StoredText = Text(root, "Text") };
        }
        catch (JsonException)
        {
            return ManagerField.Unreadable(ReferenceManager.Citavi);
        }
    }

    private static List<string> Authors(JsonElement reference, Dictionary<string, JsonElement> objects)
    {
        var names = new List<string>();
        if (reference.TryGetProperty("Authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (Resolve(author, objects) is { } a && Text(a, "LastName")?.Trim() is { Length: > 0 } last)
                {
                    names.Add(Text(a, "Prefix")?.Trim() is { Length: > 0 } prefix ? $"{prefix} {last}" : last);
                }
            }
        }

        return names;
    }

    private static void Collect(JsonElement element, Dictionary<string, JsonElement> objects)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (Text(element, "$id") is { } id)
            {
                objects.TryAdd(id, element);
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, objects);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, objects);
            }
        }
    }

    private static JsonElement? Resolve(JsonElement element, Dictionary<string, JsonElement> objects)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return Text(element, "$ref") is { } reference ? objects.TryGetValue(reference, out var target) ? target : null : element;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
