namespace PaperLint.Core.Prose;

/// <summary>The runs of a text between white space (what a reader calls its words, punctuation attached), with their places.</summary>
internal static class WhiteSpaceRuns
{
    /// <summary>Each run's start and end (exclusive), left to right; never an empty one.</summary>
    public static IEnumerable<(int Start, int End)> Of(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i);
            }
        }
    }
}
