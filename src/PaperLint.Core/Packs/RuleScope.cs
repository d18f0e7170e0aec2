using PaperLint.Core.Model;

namespace PaperLint.Core.Packs;

/// <summary>
/// Vale's <c>scope</c>: which blocks a rule looks at. Each entry is a selector such as <c>heading.h2</c>, <c>list</c>,
/// <c>table.cell</c> or <c>blockquote</c>, <c>~</c> negates one (<c>~blockquote</c>), <c>&amp;</c> joins parts that must
/// all hold (<c>heading &amp; ~heading.h1</c>), and a rule applies where any entry does. <c>text</c>, <c>paragraph</c> and
/// <c>sentence</c> cover all prose.
/// </summary>
internal sealed class RuleScope
{
    /// <summary>The selectors PaperLint's blocks can answer.</summary>
    public static readonly string[] Supported = ["raw", "text", "paragraph", "sentence", "heading", "heading.h1", "heading.h2", "heading.h3", "heading.h4", "heading.h5", "heading.h6", "list", "table", "table.cell", "blockquote", "alt"];

    public static readonly RuleScope All = new([]);

    private readonly IReadOnlyList<IReadOnlyList<(string[] Sections, bool Negated)>> _entries;

    private RuleScope(IReadOnlyList<IReadOnlyList<(string[] Sections, bool Negated)>> entries)
    {
        _entries = entries;
    }

    /// <summary>
    /// The scope of a rule's <c>scope</c> entries; null, with the selector PaperLint cannot answer, when one names
    /// something its blocks do not have (<c>alt</c>, <c>raw</c>, <c>summary</c>, <c>code</c>, …).
    /// </summary>
    public static RuleScope Parse(IReadOnlyList<string> entries, out string? unsupported)
    {
        unsupported = null;
        var parsed = new List<IReadOnlyList<(string[], bool)>>();
        foreach (string entry in entries)
        {
            var parts = new List<(string[], bool)>();
            foreach (string raw in entry.Split('&'))
            {
                string part = raw.Trim();
                bool negated = part.StartsWith('~');
                string name = negated ? part[1..].Trim() : part;
                if (!Supported.Contains(name, StringComparer.Ordinal))
                {
                    unsupported = name;
                    return All;
                }

                parts.Add((name.Split('.'), negated));
            }

            parsed.Add(parts);
        }

        if (entries.Count == 1 && entries[0].Trim() == "raw")
        {
            return new RuleScope([]) { Raw = true };
        }

        if (parsed.Any(p => p.Any(part => part.Item1[0] == "raw")))
        {
            // raw is the whole file: it combines with nothing.
            unsupported = "raw (with other scopes)";
            return All;
        }

        if (parsed.Count == 0 || parsed.Any(p => p.All(part => !part.Item2 && part.Item1[0] == "text")))
        {
            return All;
        }

        return new RuleScope(parsed) { PerSentence = entries.Any(e => e.Trim() == "sentence") };
    }

    /// <summary>
    /// True for Vale's <c>scope: raw</c>: the rule reads the file's source as it is written, markup and code
    /// included, as one text (an <c>existence</c> or <c>substitution</c> rule of a Vale style, in Markdown and text).
    /// </summary>
    public bool Raw { get; private init; }

    /// <summary>
    /// True for <c>scope: sentence</c>: a Vale rule's patterns are matched in each sentence taken alone, so that
    /// <c>^</c> and <c>$</c> are a sentence's ends.
    /// </summary>
    public bool PerSentence { get; private init; }

    /// <summary>True when the rule looks at <paramref name="block"/>.</summary>
    public bool Matches(Block block)
    {
        if (_entries.Count == 0)
        {
            return true;
        }

        return _entries.Any(entry => entry.All(part => part.Sections.All(section => Has(block, section)) != part.Negated));
    }

    // Whether a block is what one of Vale's selector sections names: "heading", "h2"; "table", "cell"; always "text".
    // Vale splits paragraphs and sentences out of the body text, so a heading is neither.
    private static bool Has(Block block, string section) => section switch
    {
        "text" => true,
        "paragraph" or "sentence" => block.Kind != BlockKind.Heading && !block.IsAltText,
        "alt" => block.IsAltText,
        "heading" => block.Kind == BlockKind.Heading,
        "list" => block.Kind == BlockKind.ListItem,
        "table" or "cell" => block.Kind == BlockKind.TableCell,
        "blockquote" => block.Kind == BlockKind.Quote,
        _ => block.Kind == BlockKind.Heading && section.Length == 2 && section[0] == 'h' && section[1] - '0' == Math.Clamp(block.HeadingLevel, 1, 6),
    };
}
