using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>
/// Records, for each block of a text file, which of its spaces stand for a line break of the source, so that
/// later stages (a references list with one entry a line) never need the source again.
/// </summary>
internal static class SoftLineBreaks
{
    /// <param name="blocks">The blocks, all of whose text stands in <paramref name="source"/>.</param>
    /// <param name="source">The source, or a piece of it that begins <paramref name="shift"/> characters into it (a long text file is read a piece at a time).</param>
    /// <param name="shift">Where <paramref name="source"/> begins in the whole source, which the blocks' maps point into.</param>
    public static void Record(IEnumerable<Block> blocks, string source, int shift = 0)
    {
        foreach (var block in blocks)
        {
            if (block.Map is { } map && block.Text.Length > 0)
            {
                block.LineBreaks = Find(block, map, source, shift);
            }
        }
    }

    /// <remarks>An array the length of what was found, no list: every paragraph of a long paper keeps its own.</remarks>
    internal static int[] Find(Block block, SourceMap map, string source, int shift = 0) =>
        source.Length == 0 || !MayBreak(map, source, shift) ? [] : EverySpace(block, map, source, shift);

    /// <summary>The spaces of the block that stand for a break, each space looked up (<see cref="Find"/> first rules out a block with none).</summary>
    internal static int[] EverySpace(Block block, SourceMap map, string source, int shift = 0)
    {
        List<int>? breaks = null;

        string text = block.Text;
        // From one space to the next with a vectorised search: only a space can stand for a break.
        for (int i = text.IndexOf(' '); i >= 0; i = i + 1 < text.Length ? text.IndexOf(' ', i + 1) : -1)
        {
            // The space stands for a break when the source has only blanks between it and the end of a line.
            int at = Math.Min(map.ToSource(i) - shift, source.Length - 1);
            while (at > 0 && source[at] is ' ' or '\t')
            {
                at--;
            }

            if (at >= 0 && source[at] is '\n' or '\r')
            {
                (breaks ??= []).Add(i);
            }
        }

        return breaks is null ? [] : [.. breaks];
    }

    /// <summary>
    /// False when no space of the block can stand for a break: no line end where the search of <see cref="Find"/> can
    /// land, from the blanks before the block's first source character to the character after its last. Most paragraphs
    /// of a Markdown file are written on one line, and their spaces are then not looked up one by one.
    /// </summary>
    private static bool MayBreak(SourceMap map, string source, int shift)
    {
        var (least, greatest) = map.SourceBounds();
        least -= shift;
        greatest -= shift;
        int low = Math.Clamp(least, 0, source.Length - 1);
        while (low > 0 && source[low] is ' ' or '\t')
        {
            low--;
        }

        int high = Math.Min(greatest, source.Length - 1);
        return high >= low && source.AsSpan(low, high - low + 1).ContainsAny('\n', '\r');
    }
}
