using System.Globalization;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>How the consistency rules say how often each form occurs, and which form wins by count.</summary>
internal static class Tally
{
    /// <summary>"'a' (1×) and 'b' (3×) are both used", or "'a' (1×), 'b' (2×) and 'c' (1×) are all used".</summary>
    public static string AreUsed(IReadOnlyList<(string Text, int Count)> forms)
    {
        var parts = forms.Select(f => $"'{f.Text}' ({Times(f.Count)})").ToList();
        return parts.Count == 2
            ? $"{parts[0]} and {parts[1]} are both used"
            : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]} are all used";
    }

    /// <summary>
    /// True when the paper's own usage settles which form a fix should write: the form it uses is used at least twice as
    /// often as the one reported. On a near tie (2 against 3) the reported form is still worth a look, but which way to make
    /// the paper consistent is the writer's call, not a fix's.
    /// </summary>
    public static bool Settles(int winner, int reported) => winner >= 2 * reported;

    public static string Times(int count) => count.ToString(CultureInfo.InvariantCulture) + "×";

    /// <summary>The index of the form used most often; on a tie, the one used first (<paramref name="first"/> is its place in reading order).</summary>
    public static int Majority(IReadOnlyList<int> counts, IReadOnlyList<int> first)
    {
        int best = 0;
        for (int i = 1; i < counts.Count; i++)
        {
            if (counts[i] > counts[best] || (counts[i] == counts[best] && first[i] < first[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
