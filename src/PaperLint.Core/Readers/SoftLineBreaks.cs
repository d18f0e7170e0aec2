using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>
/// Records, for each block of a text file, which of its spaces stand for a line break of the source, so that
/// later stages (a references list with one entry a line) never need the source again.
/// </summary>
internal static class SoftLineBreaks
{
    public static void Record(IEnumerable<Block> blocks, string source)
    {
        foreach (var block in blocks)
        {
            if (block.Map is { } map && block.Text.Length > 0)
            {
                block.LineBreaks = Find(block, map, source);
            }
        }
    }

    /// <remarks>An array the length of what was found, no list: every paragraph of a long paper keeps its own.</remarks>
    private static int[] Find(Block block, SourceMap map, string source)
    {
        if (source.Length == 0)
        {
            return [];
        }

        List<int>? breaks = null;

        string text = block.Text;
        // From one space to the next with a vectorised search: only a space can stand for a break.
        for (int i = text.IndexOf(' '); i >= 0; i = i + 1 < text.Length ? text.IndexOf(' ', i + 1) : -1)
        {
            // The space stands for a break when the source has only blanks between it and the end of a line.
            int at = Math.Min(map.ToSource(i), source.Length - 1);
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
}
