using System.Globalization;
using System.Text;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Bibliographies;

/// <summary>A value of a CSL item as JSON and YAML both give it: a scalar, a list or a mapping, with where it begins.</summary>
internal abstract record CslNode(int Line, int Column);

internal sealed record CslScalar(string Value, int Line, int Column) : CslNode(Line, Column);

internal sealed record CslList(List<CslNode> Items, int Line, int Column) : CslNode(Line, Column);

internal sealed record CslMap(List<KeyValuePair<string, CslNode>> Entries, int Line, int Column) : CslNode(Line, Column)
{
    public CslNode? this[string key]
    {
        get
        {
            foreach (var (name, value) in Entries)
            {
                if (name == key)
                {
                    return value;
                }
            }

            return null;
        }
    }
}

/// <summary>
/// Turns CSL items (from CSL JSON or CSL YAML) into entries: string fields as they are, names as text
/// ("Abraham, Ann and Lee, Bo"), dates as text (<c>2014-05-01</c>, <c>2014/2015</c>), the key's place from its <c>id</c>.
/// </summary>
internal static class CslItems
{
    public static BibEntry Build(CslMap item, string display)
    {
        if (item["id"] is not CslScalar { Value.Length: > 0 } id)
        {
            int line = item["id"]?.Line ?? item.Line;
            throw new InputException(item["id"] is null
                ? $"{display}:{line}: a CSL item has no 'id'; give it one so it can be cited"
                : $"{display}:{line}: the 'id' of a CSL item must be a single value");
        }

        var fields = new Dictionary<string, string>(item.Entries.Count, StringComparer.Ordinal);
        List<string>? authors = null;
        List<string>? editors = null;
        foreach (var (name, value) in item.Entries)
        {
            string field = name.ToLowerInvariant();
            if (IsNameList(value) is { } names)
            {
                var families = new List<string>(names.Count);
                fields[field] = NamesText(names, families);
                if (field == "author")
                {
                    authors = families;
                }
                else if (field == "editor")
                {
                    editors = families;
                }
            }
            else if (DateText(value) is { } date)
            {
                fields[field] = date;
            }
            else if (value is CslScalar scalar)
            {
                fields[field] = scalar.Value;
            }
            else if (value is CslList list && list.Items.TrueForAll(i => i is CslScalar))
            {
                fields[field] = string.Join("; ", list.Items.Select(i => ((CslScalar)i).Value));
            }
        }

        bool hasAuthorOrEditor = authors is { Count: > 0 } || editors is { Count: > 0 };
        return new BibEntry
        {
            Key = id.Value,
            Type = fields.TryGetValue("type", out string? type) ? type.ToLowerInvariant() : "",
            Fields = fields,
            Authors = authors is { Count: > 0 } ? authors : editors ?? [],
            HasAuthorOrEditor = hasAuthorOrEditor,
            Year = BibYears.First(fields.GetValueOrDefault("issued")),
            Title = fields.TryGetValue("title", out string? title) && title.Length > 0 ? title : null,
            File = display,
            Line = id.Line,
            Column = id.Column,
        };
    }

    /// <summary>The names of a name field: a list of <c>{family, given}</c> or <c>{literal}</c>; a single text is one literal name.</summary>
    private static List<CslNode>? IsNameList(CslNode value)
    {
        if (value is CslList list && list.Items.Count > 0
            && list.Items.TrueForAll(i => i is CslMap map && (map["family"] ?? map["literal"] ?? map["given"]) is not null))
        {
            return list.Items;
        }

        return null;
    }

    private static string NamesText(List<CslNode> names, List<string> families)
    {
        var text = new StringBuilder();
        foreach (CslMap name in names.Cast<CslMap>())
        {
            string literal = Text(name["literal"]);
            string family = Join(Text(name["non-dropping-particle"]), Text(name["family"]));
            string given = Join(Text(name["given"]), Text(name["dropping-particle"]));
            string shown = literal.Length > 0 ? literal : family.Length == 0 ? given : given.Length == 0 ? family : family + ", " + given;
            if (shown.Length == 0)
            {
                continue;
            }

            families.Add(literal.Length > 0 ? literal : family.Length > 0 ? family : given);
            if (text.Length > 0)
            {
                text.Append(" and ");
            }

            text.Append(shown);
        }

        return text.ToString();
    }

    private static string Text(CslNode? node) => node is CslScalar scalar ? scalar.Value.Trim() : "";

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;

    /// <summary>
    /// A date as text: <c>{date-parts: [[2014, 5]]}</c> is <c>2014-05</c>, a range <c>2014/2015</c>; <c>raw</c> and
    /// <c>literal</c> as they are; the older list of <c>{year, month, day}</c> too. Null when the value is no date.
    /// </summary>
    private static string? DateText(CslNode value)
    {
        if (value is CslMap map)
        {
            if (map["date-parts"] is CslList parts)
            {
                var ranges = parts.Items.OfType<CslList>().Select(p => PartsText(p.Items.Select(Text).ToList())).Where(t => t.Length > 0);
                return string.Join("/", ranges);
            }

            if (map["raw"] is CslScalar raw)
            {
                return raw.Value;
            }

            if (map["literal"] is CslScalar literal)
            {
                return literal.Value;
            }

            if (map["year"] is not null)
            {
                return PartsText([Text(map["year"]), Text(map["month"]), Text(map["day"])]);
            }

            return null;
        }

        if (value is CslList list && list.Items.Count > 0 && list.Items.TrueForAll(i => i is CslMap m && m["year"] is not null))
        {
            return string.Join("/", list.Items.Cast<CslMap>().Select(m => PartsText([Text(m["year"]), Text(m["month"]), Text(m["day"])])));
        }

        return null;
    }

    private static string PartsText(List<string> parts)
    {
        var text = new StringBuilder();
        for (int i = 0; i < parts.Count && parts[i].Length > 0; i++)
        {
            if (i > 0)
            {
                text.Append('-');
            }

            bool number = int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n);
            text.Append(i > 0 && number ? n.ToString("00", CultureInfo.InvariantCulture) : parts[i]);
        }

        return text.ToString();
    }
}
