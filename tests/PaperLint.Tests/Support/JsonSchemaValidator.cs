using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperLint.Tests.Support;

/// <summary>
/// A JSON Schema validator for the keywords the SARIF 2.1.0 schema uses (draft-04: type, properties,
/// required, additionalProperties, items, enum, minimum, minItems, uniqueItems, pattern, format,
/// $ref into the schema, oneOf/anyOf/allOf, dependencies, ...), so the SARIF report can be checked against
/// the real schema without a validator package. A keyword it does not know is an error, not a pass, so a
/// schema that needs more than this cannot be validated by mistake.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "id", "$id", "title", "description", "default", "definitions", "examples", "deprecated"];

    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement root)
    {
        _root = root;
    }

    /// <summary>Every way <paramref name="instance"/> breaks the schema, each as "path: what"; empty when it is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var s = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(s.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(t => t.GetString()!).ToList() : [s.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in s.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var child))
                            {
                                Check(property.Value, child, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "patternProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var pattern in s.EnumerateObject())
                        {
                            foreach (var property in value.EnumerateObject().Where(p => Regex.IsMatch(p.Name, pattern.Name)))
                            {
                                Check(pattern.Value, property.Value, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in value.EnumerateObject().Where(p => !IsDeclared(schema, p.Name)))
                        {
                            if (s.ValueKind == JsonValueKind.False)
                            {
                                errors.Add($"{path}: property '{property.Name}' is not allowed");
                            }
                            else
                            {
                                Check(s, property.Value, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in s.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                        {
                            errors.Add($"{path}: required property '{name}' is missing");
                        }
                    }

                    break;
                case "dependencies":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var dependency in s.EnumerateObject().Where(d => value.TryGetProperty(d.Name, out _)))
                        {
                            if (dependency.Value.ValueKind == JsonValueKind.Array)
                            {
                                foreach (var name in dependency.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                                {
                                    errors.Add($"{path}: '{dependency.Name}' needs '{name}'");
                                }
                            }
                            else
                            {
                                Check(dependency.Value, value, path, errors);
                            }
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        int i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            var itemSchema = s.ValueKind == JsonValueKind.Array ? (i < s.GetArrayLength() ? s[i] : default) : s;
                            if (itemSchema.ValueKind != JsonValueKind.Undefined)
                            {
                                Check(itemSchema, item, $"{path}[{i}]", errors);
                            }

                            i++;
                        }
                    }

                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < s.GetInt32())
                    {
                        errors.Add($"{path}: fewer than {s.GetInt32()} items");
                    }

                    break;
                case "maxItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > s.GetInt32())
                    {
                        errors.Add($"{path}: more than {s.GetInt32()} items");
                    }

                    break;
                case "uniqueItems":
                    if (s.GetBoolean() && value.ValueKind == JsonValueKind.Array)
                    {
                        var seen = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var item in value.EnumerateArray())
                        {
                            if (!seen.Add(Canonical(item)))
                            {
                                errors.Add($"{path}: items are not unique ({Canonical(item)})");
                            }
                        }
                    }

                    break;
                case "enum":
                    if (!s.EnumerateArray().Any(e => Canonical(e) == Canonical(value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {s.GetRawText()}");
                    }

                    break;
                case "minimum":
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number)
                    {
                        double limit = s.GetDouble();
                        double number = value.GetDouble();
                        bool exclusive = schema.TryGetProperty(keyword.Name == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum", out var x) && x.ValueKind == JsonValueKind.True;
                        bool ok = keyword.Name == "minimum" ? (exclusive ? number > limit : number >= limit) : (exclusive ? number < limit : number <= limit);
                        if (!ok)
                        {
                            errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} breaks {keyword.Name} {limit.ToString(CultureInfo.InvariantCulture)}");
                        }
                    }

                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    // Read with minimum and maximum (draft-04 booleans).
                    break;
                case "minLength":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length < s.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {s.GetInt32()}");
                    }

                    break;
                case "maxLength":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length > s.GetInt32())
                    {
                        errors.Add($"{path}: longer than {s.GetInt32()}");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, s.GetString()!))
                    {
                        errors.Add($"{path}: '{value.GetString()}' does not match {s.GetString()}");
                    }

                    break;
                case "format":
                    if (value.ValueKind == JsonValueKind.String && !HasFormat(value.GetString()!, s.GetString()!))
                    {
                        errors.Add($"{path}: '{value.GetString()}' is not a {s.GetString()}");
                    }

                    break;
                case "anyOf":
                    if (!s.EnumerateArray().Any(option => IsValid(option, value, path)))
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "oneOf":
                    int matching = s.EnumerateArray().Count(option => IsValid(option, value, path));
                    if (matching != 1)
                    {
                        errors.Add($"{path}: matches {matching} of oneOf, not exactly one");
                    }

                    break;
                case "allOf":
                    foreach (var option in s.EnumerateArray())
                    {
                        Check(option, value, path, errors);
                    }

                    break;
                case "not":
                    if (IsValid(s, value, path))
                    {
                        errors.Add($"{path}: matches a schema it must not");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"JSON Schema keyword '{keyword.Name}' is not supported by this validator");
                    }

                    break;
            }
        }
    }

    private bool IsValid(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private static bool IsDeclared(JsonElement schema, string name) =>
        (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out _))
        || (schema.TryGetProperty("patternProperties", out var patterns) && patterns.EnumerateObject().Any(p => Regex.IsMatch(name, p.Name)));

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"only references into the same schema are supported, not '{reference}'");
        }

        var node = _root;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node.GetProperty(name);
        }

        return node;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static bool HasFormat(string text, string format) => format switch
    {
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        "uri-reference" => !text.Any(char.IsWhiteSpace) && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => "\"" + JsonEncodedText.Encode(p.Name) + "\"" + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.Number => element.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => element.GetRawText(),
    };
}
