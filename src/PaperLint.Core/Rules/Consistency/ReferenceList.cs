using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// The blocks of a paper's reference list, whose titles keep the spelling they were published with: blocks
/// of kind <see cref="BlockKind.ReferenceEntry"/>, and the blocks under a heading such as "References" or
/// "Bibliography" up to the next heading of the same or a higher level. Kept small and to this family
/// until the model marks the reference list itself.
/// </summary>
internal static class ReferenceList
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "References", "Reference List", "Bibliography", "Select Bibliography", "Selected Bibliography",
        "Works Cited", "Works Consulted", "Literature", "Literature Cited", "Sources", "Sources and Literature",
        "Notes and References", "Further Reading",
    };

    public static IReadOnlySet<Block> Of(Document document)
    {
        var blocks = new HashSet<Block>();
        int? listLevel = null;
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.ReferenceEntry)
            {
                blocks.Add(block);
                continue;
            }

            if (block.Kind == BlockKind.FootnoteBody)
            {
                // Note bodies follow the text in reading order but are no part of the list.
                continue;
            }

            bool isTitle = IsTitle(block.Text);
            int level = block.Kind == BlockKind.Heading ? Math.Max(1, block.HeadingLevel) : 1;
            if (block.Kind == BlockKind.Heading || isTitle)
            {
                if (listLevel is { } open && level <= open && !isTitle)
                {
                    listLevel = null;
                }

                if (isTitle)
                {
                    listLevel = level;
                    blocks.Add(block);
                }

                continue;
            }

            if (listLevel is not null)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private static bool IsTitle(string text)
    {
        string title = text.Trim().TrimEnd(':', '.').Trim();
        return title.Length <= 40 && Titles.Contains(title);
    }
}
