using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Linting;

/// <summary>
/// A <c>.vale.ini</c>'s <c>SkippedScopes</c> (blocks, by HTML tag), <c>IgnoredScopes</c> (inline markup, by HTML tag)
/// and <c>IgnoredClasses</c> (HTML elements of a class): the text Vale does not read. Each tag is the element Vale sees
/// once Markdown is HTML; those with a counterpart in PaperLint's model are left out here, and those without one
/// (<c>script</c>, <c>pre</c>, <c>figure</c>, <c>code</c>: text PaperLint never lints) change nothing.
/// </summary>
internal sealed partial class ValeScopes(IReadOnlyList<string> skipped, IReadOnlyList<string> ignored, IReadOnlyList<string> classes)
{
    /// <summary>Vale's own lists when a <c>.vale.ini</c> names none.</summary>
    public static readonly string[] DefaultSkipped = ["script", "style", "pre", "figure"];

    public static readonly string[] DefaultIgnored = ["code", "tt", "kbd"];

    public IReadOnlyList<string> Skipped { get; } = skipped;

    public IReadOnlyList<string> Ignored { get; } = ignored;

    public IReadOnlyList<string> Classes { get; } = classes;

    /// <summary>Adds the source ranges of <paramref name="document"/> that these settings leave unread.</summary>
    public void AddRanges(Document document, string source, List<(int Start, int End)> ranges)
    {
        var blockScope = BlockScope();
        var inline = InlineKinds();
        foreach (var block in document.Blocks)
        {
            if (block.Map is not { IsEmpty: false } map)
            {
                continue;
            }

            if (blockScope is not null && blockScope.Matches(block))
            {
                ranges.Add(map.ToSourceRange(0, block.Text.Length));
                continue;
            }

            foreach (var span in block.Spans)
            {
                if (inline.Contains(span.Kind) && span.Length > 0)
                {
                    ranges.Add(map.ToSourceRange(span.Start, span.Length));
                }
            }
        }

        if (Classes.Count > 0)
        {
            AddClassRanges(source, ranges);
        }
    }

    // Each block tag with a counterpart in the model, as the rule scope that selects those blocks. A header cell (th)
    // is not told from other cells, so only td and table leave cells out.
    private Packs.RuleScope? BlockScope()
    {
        var selectors = new List<string>();
        foreach (string tag in Skipped)
        {
            string? selector = tag switch
            {
                "blockquote" => "blockquote",
                "li" or "ul" or "ol" => "list",
                "td" or "table" => "table.cell",
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "heading." + tag,
                _ => null,
            };
            if (selector is not null && !selectors.Contains(selector, StringComparer.Ordinal))
            {
                selectors.Add(selector);
            }
        }

        return selectors.Count == 0 ? null : Packs.RuleScope.Parse(selectors, out _);
    }

    private HashSet<SpanKind> InlineKinds()
    {
        var kinds = new HashSet<SpanKind>();
        foreach (string tag in Ignored)
        {
            switch (tag)
            {
                case "strong" or "b":
                    kinds.Add(SpanKind.Strong);
                    break;
                case "em" or "i":
                    kinds.Add(SpanKind.Emphasis);
                    break;
                case "a":
                    kinds.Add(SpanKind.LinkText);
                    break;
                case "sup":
                    kinds.Add(SpanKind.Superscript);
                    break;
            }
        }

        return kinds;
    }

    /// <summary>Every HTML element written in the source whose class list has one of <see cref="Classes"/>, from its start tag to its end tag.</summary>
    private void AddClassRanges(string source, List<(int Start, int End)> ranges)
    {
        // The start and end tags of each element name, built once however many elements have the class.
        var tags = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (Match open in StartTag().Matches(source))
        {
            string value = open.Groups["class"].Value.Trim('"', '\'');
            if (!value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => Classes.Contains(c, StringComparer.Ordinal)))
            {
                continue;
            }

            string tag = open.Groups["tag"].Value.ToLowerInvariant();
            if (!tags.TryGetValue(tag, out var tagRegex))
            {
                tags[tag] = tagRegex = new Regex($@"<(/?){Regex.Escape(tag)}\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Packs.PatternCompiler.MatchTimeout);
            }

            ranges.Add((open.Index, ClosingEnd(source, tagRegex, open.Index + open.Length)));
        }
    }

    /// <summary>Where the element opened before <paramref name="from"/> ends: after its matching end tag, or at the end of the source when none closes it.</summary>
    private static int ClosingEnd(string source, Regex tags, int from)
    {
        int depth = 1;
        for (var m = tags.Match(source, from); m.Success; m = m.NextMatch())
        {
            depth += m.Groups[1].Length == 0 ? (m.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1) : -1;
            if (depth == 0)
            {
                return m.Index + m.Length;
            }
        }

        return source.Length;
    }

    [GeneratedRegex(@"<(?<tag>[A-Za-z][A-Za-z0-9-]*)\b[^<>]*?\sclass\s*=\s*(?<class>""[^""]*""|'[^']*'|[^\s>]+)[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();
}
