using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// What a Markdown document's YAML front matter says of its bibliography, as pandoc reads it: the files of
/// <c>bibliography:</c> (one or a list, relative to the document), inline <c>references:</c> (CSL YAML), and
/// <c>nocite:</c> (keys listed, or <c>@*</c> for every entry). Front matter that is no valid YAML says nothing.
/// </summary>
internal sealed class PandocMetadata
{
    private static readonly HashSet<string> NotProse = new(StringComparer.Ordinal) { "bibliography", "references", "nocite", "csl", "citation-style", "link-citations" };

    /// <summary>The files named by <c>bibliography:</c>, with the 1-based line and column of each name.</summary>
    public IReadOnlyList<(string Name, int Line, int Column)> Bibliographies { get; private init; } = [];

    /// <summary>The front matter's YAML and the 1-based line it begins on, when it has inline <c>references:</c>.</summary>
    public (string Yaml, int FirstLine)? References { get; private init; }

    /// <summary>The keys <c>nocite:</c> lists.</summary>
    public IReadOnlySet<string> Nocite { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when <c>nocite:</c> holds <c>@*</c>: every entry is in the list, cited or not.</summary>
    public bool NociteAll { get; private init; }

    /// <summary>The citations in the front matter's other fields (a title, an abstract), which pandoc reads as Markdown.</summary>
    public IReadOnlyList<KeyCitation> Citations { get; private init; } = [];

    /// <param name="front">The front matter's first and last offset, null when the document has none.</param>
    public static PandocMetadata? Read(string source, (int Start, int End)? front, LineIndex lines)
    {
        if (front is not { } span)
        {
            return null;
        }

        var (frontStart, frontEnd) = span;

        // The YAML between the fences: from the line after the opening "---" to the line before the closing one.
        var (firstLine, _) = lines.ToLineColumn(frontStart);
        int yamlStart = lines.LineCount > firstLine + 1 ? lines.LineStart(firstLine + 1) : frontEnd;
        var (lastLine, _) = lines.ToLineColumn(Math.Min(frontEnd, source.Length - 1));
        int yamlEnd = Math.Max(yamlStart, lines.LineStart(lastLine));
        string yaml = source[yamlStart..yamlEnd];
        int lineOffset = firstLine + 1;

        YamlMappingNode root;
        try
        {
            var stream = Config.YamlText.Load(yaml);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return null;
            }

            root = mapping;
        }
        catch (YamlException)
        {
            return null;
        }

        var bibliographies = new List<(string, int, int)>();
        var nocite = new HashSet<string>(StringComparer.Ordinal);
        bool nociteAll = false;
        (string, int)? references = null;
        var citations = new List<KeyCitation>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "bibliography":
                    foreach (var scalar in Scalars(value))
                    {
                        if (!string.IsNullOrWhiteSpace(scalar.Value))
                        {
                            bibliographies.Add((scalar.Value.Trim(), (int)scalar.Start.Line + lineOffset, (int)scalar.Start.Column));
                        }
                    }

                    break;
                case "references":
                    references = (yaml, lineOffset + 1);
                    break;
                case "nocite":
                    foreach (var scalar in Scalars(value))
                    {
                        string text = scalar.Value ?? "";
                        nociteAll |= text.Contains("@*", StringComparison.Ordinal);
                        foreach (var use in PandocCitationSyntax.Find(text))
                        {
                            nocite.Add(use.Key);
                        }
                    }

                    break;
                default:
                    if (!NotProse.Contains(key))
                    {
                        AddCitations(value, source, yamlStart, lines, citations);
                    }

                    break;
            }
        }

        return new PandocMetadata
        {
            Bibliographies = bibliographies,
            References = references,
            Nocite = nocite,
            NociteAll = nociteAll,
            Citations = citations,
        };
    }

    // Citations in the scalars of a field: each is looked for in the source from where its scalar begins, since a
    // folded or quoted scalar's value is not its source text.
    private static void AddCitations(YamlNode value, string source, int yamlStart, LineIndex lines, List<KeyCitation> citations)
    {
        foreach (var scalar in Scalars(value))
        {
            if (scalar.Value is not { } text || !text.Contains('@'))
            {
                continue;
            }

            int from = yamlStart + (int)scalar.Start.Index;
            foreach (var use in PandocCitationSyntax.Find(text))
            {
                int at = source.IndexOf("@" + (text.Substring(use.Start + 1, use.Length - 1)), Math.Min(from, source.Length), StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                from = at + use.Length;
                var (line, column) = lines.ToLineColumn(at);
                citations.Add(new KeyCitation(use.Key, new TextLocation(line + 1, column + 1, line + 1, column + 1 + use.Length), use.Bracketed, InFrontMatter: true));
            }
        }
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return scalar;
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    foreach (var scalar in Scalars(item))
                    {
                        yield return scalar;
                    }
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (_, item) in mapping.Children)
                {
                    foreach (var scalar in Scalars(item))
                    {
                        yield return scalar;
                    }
                }

                break;
        }
    }
}
