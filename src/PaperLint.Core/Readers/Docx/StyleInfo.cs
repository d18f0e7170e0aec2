using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx;

/// <summary>A paragraph or character style with its based-on chain already applied.</summary>
internal sealed record StyleInfo(
    string Name,
    int? OutlineLevel,
    bool? Numbered,
    int? IndentTwips,
    bool IsQuote,
    RunFormat Run,
    int? NumberingId = null,
    int? NumberingLevel = null)
{
    /// <summary>The block kind a paragraph of this style is outside tables and notes.</summary>
    public (BlockKind Kind, int HeadingLevel) Classify(int? directOutlineLevel, bool? directNumbered)
    {
        int? headingLevel = HeadingLevelOfName(Name);
        int? outline = directOutlineLevel ?? OutlineLevel;
        if (headingLevel is null && outline is >= 0 and <= 8)
        {
            headingLevel = outline.Value + 1;
        }

        if (headingLevel is { } level)
        {
            // The model keeps heading levels 1-6, as HTML and Markdown do; Word's 7-9 are deepest headings.
            return (BlockKind.Heading, Math.Min(level, 6));
        }

        if (IsQuote)
        {
            return (BlockKind.Quote, 0);
        }

        return (directNumbered ?? Numbered) == true ? (BlockKind.ListItem, 0) : (BlockKind.Paragraph, 0);
    }

    private static int? HeadingLevelOfName(string name)
    {
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        const string Prefix = "heading ";
        if (name.Length == Prefix.Length + 1
            && name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && name[^1] is >= '1' and <= '9')
        {
            return name[^1] - '0';
        }

        return null;
    }
}
