using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperLint.Core.Readers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Reads CSL JSON (an array of items) and CSL YAML (a list of items, or a mapping whose <c>references:</c> holds
/// them, as pandoc writes it and as a Markdown file's front matter holds inline references).
/// </summary>
internal static partial class CslReader
{
    private static readonly JsonReaderOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static List<BibEntry> ReadJson(string text, string display, int firstLine)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{display}:{firstLine}: the file is empty; CSL JSON is an array of items ([{{\"id\": …}}, …])");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var lines = new ByteLines(bytes, firstLine);
        var reader = new Utf8JsonReader(bytes, JsonOptions);
        var entries = new List<BibEntry>();
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new InputException($"{display}:{lines.Line(reader.TokenStartIndex)}: CSL JSON is an array of items ([{{\"id\": …}}, …]), not {Describe(reader.TokenType)}");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = lines.Line(reader.TokenStartIndex);
                if (ReadJsonNode(ref reader, lines, false) is not CslMap item)
                {
                    throw new InputException($"{display}:{line}: expected a CSL item ({{\"id\": …, \"type\": …}}) here");
                }

                entries.Add(CslItems.Build(item, display));
            }

            // Anything after the array is an error the reader reports only when asked for it.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"{display}:{(int)(e.LineNumber ?? 0) + firstLine}: not valid JSON ({JsonReason(e.Message)})", e);
        }

        return entries;
    }

    /// <summary>
    /// The reader's reason on one short line: without its own position, and with the text it quotes (which may be the
    /// rest of the file) cut short.
    /// </summary>
    private static string JsonReason(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string reason = string.Join(' ', (cut >= 0 ? message[..cut] : message).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return LongQuote().Replace(reason, m => m.Groups[1].Value + "…'").TrimEnd('.');
    }

    [GeneratedRegex("('[^']{30})[^']+'")]
    private static partial Regex LongQuote();

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        _ => "a single value",
    };

    private static CslNode? ReadJsonNode(ref Utf8JsonReader reader, ByteLines lines, bool wantColumn)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var (line, column) = lines.At(reader.TokenStartIndex);
                var entries = new List<KeyValuePair<string, CslNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString() ?? "";
                    reader.Read();
                    if (ReadJsonNode(ref reader, lines, name == "id") is { } value)
                    {
                        entries.Add(new(name, value));
                    }
                }

                return new CslMap(entries, line, column);
            }

            case JsonTokenType.StartArray:
            {
                int line = lines.Line(reader.TokenStartIndex);
                var items = new List<CslNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadJsonNode(ref reader, lines, false) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new CslList(items, line, 1);
            }

            case JsonTokenType.Null:
                return null;

            default:
            {
                var (line, column) = wantColumn ? lines.At(reader.TokenStartIndex) : (lines.Line(reader.TokenStartIndex), 1);
                string value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString() ?? "",
                    JsonTokenType.True => "true",
                    JsonTokenType.False => "false",
                    _ => Encoding.UTF8.GetString(reader.ValueSpan),
                };
                return new CslScalar(value, line, column);
            }
        }
    }

    /// <summary>
    /// Reads CSL YAML. <paramref name="requireReferences"/>: a mapping without <c>references:</c> is an error (a
    /// bibliography file) rather than a document's front matter without inline references.
    /// </summary>
    public static List<BibEntry> ReadYaml(string text, string display, int firstLine, bool requireReferences)
    {
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new InputException($"{display}:{(int)e.Start.Line + firstLine - 1}: not valid YAML ({FirstLine(e.Message)})", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) for an unclosed '[' or '{' at the end of a text, and for
            // some damaged structures it meets where a node should begin.
            long line = parser.Current?.Start.Line ?? 1;
            throw new InputException($"{display}:{(int)line + firstLine - 1}: not valid YAML here (an unclosed '[' or '{{'?)", e);
        }

        var entries = new List<BibEntry>();
        foreach (var document in stream.Documents)
        {
            YamlNode root = document.RootNode;
            YamlSequenceNode? items = root as YamlSequenceNode;
            if (root is YamlMappingNode mapping)
            {
                var references = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "references" }).Value;
                if (references is null)
                {
                    if (requireReferences)
                    {
                        throw new InputException($"{display}:{Line(root, firstLine)}: no 'references:' here; CSL YAML is a list of items, or a mapping whose 'references:' holds them");
                    }

                    continue;
                }

                items = references as YamlSequenceNode;
                if (items is null && !IsNull(references))
                {
                    throw new InputException($"{display}:{Line(references, firstLine)}: 'references:' must be a list of CSL items (- id: …)");
                }
            }

            foreach (var node in items?.Children ?? [])
            {
                if (ToNode(node, firstLine) is not CslMap item)
                {
                    throw new InputException($"{display}:{Line(node, firstLine)}: expected a CSL item (id: …, type: …) here");
                }

                entries.Add(CslItems.Build(item, display));
            }
        }

        return entries;
    }

    private static int Line(YamlNode node, int firstLine) => (int)node.Start.Line + firstLine - 1;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static CslNode? ToNode(YamlNode node, int firstLine)
    {
        int line = Line(node, firstLine);
        int column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new List<KeyValuePair<string, CslNode>>(mapping.Children.Count);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && ToNode(value, firstLine) is { } converted)
                    {
                        entries.Add(new(name, converted));
                    }
                }

                return new CslMap(entries, line, column);
            case YamlSequenceNode sequence:
                var items = new List<CslNode>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (ToNode(child, firstLine) is { } converted)
                    {
                        items.Add(converted);
                    }
                }

                return new CslList(items, line, column);
            case YamlScalarNode scalar when !IsNull(scalar):
                return new CslScalar(scalar.Value ?? "", line, column);
            default:
                return null;
        }
    }

    private static string FirstLine(string message)
    {
        int paren = message.IndexOf("): ", StringComparison.Ordinal);
        string m = paren >= 0 ? message[(paren + 3)..] : message;
        return m.Split('\n')[0].Trim().TrimEnd('.');
    }

    /// <summary>Lines and columns of byte offsets in UTF-8 text, asked in increasing order as a JSON reader meets them.</summary>
    private sealed class ByteLines(byte[] bytes, int firstLine)
    {
        private long _offset;
        private int _line = firstLine;
        private long _lineStart;

        public int Line(long offset)
        {
            var span = bytes.AsSpan();
            while (true)
            {
                int next = span[(int)_offset..(int)offset].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                _offset += next + 1;
                _line++;
                _lineStart = _offset;
            }

            _offset = offset;
            return _line;
        }

        /// <summary>Line and 1-based column (in characters) of <paramref name="offset"/>.</summary>
        public (int Line, int Column) At(long offset)
        {
            int line = Line(offset);
            return (line, Encoding.UTF8.GetCharCount(bytes.AsSpan((int)_lineStart, (int)(offset - _lineStart))) + 1);
        }
    }
}
