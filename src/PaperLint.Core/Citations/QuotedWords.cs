using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// The words of an inline quotation, to tell a phrase quoted again from one already quoted and cited: once a
/// source's words are cited, a writer may quote a piece of them again without a new citation.
/// </summary>
internal static class QuotedWords
{
    /// <summary>Words shorter than this carry no evidence (articles, prepositions).</summary>
    private const int MinLetters = 3;

    /// <summary>How many telling words a repeated phrase must have (<see cref="EarlierQuotations.Repeat"/>).</summary>
    internal const int MinWords = 3;

    /// <summary>
    /// Where the telling words of the quotation stand in its first block's text (words of three letters or more, outside
    /// the writer's insertions in square brackets), as written, in <paramref name="places"/>, cleared first; they are
    /// compared lower-cased.
    /// </summary>
    public static List<(int Start, int Length)> Places(Quotation q, List<(int Start, int Length)> places)
    {
        places.Clear();
        string text = q.First.Text;
        int end = Math.Min(q.End, text.Length);
        int depth = 0;
        int i = q.Start;
        while (i < end)
        {
            char c = text[i];
            if (c == '[')
            {
                depth++;
                i++;
                continue;
            }

            if (c == ']')
            {
                depth = Math.Max(0, depth - 1);
                i++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (depth == 0 && i - start >= MinLetters)
            {
                places.Add((start, i - start));
            }
        }

        return places;
    }
}
