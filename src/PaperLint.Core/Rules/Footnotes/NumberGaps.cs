namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// The numbers between two note numbers that no marker has, found without counting through them: the numbers are the
/// author's, and one typed as 999999999 must cost no more than one typed as 9.
/// </summary>
internal sealed class NumberGaps
{
    /// <summary>How many missing numbers are listed one by one; more are given as a range.</summary>
    public const int Listed = 4;

    private readonly int[] _taken;

    /// <param name="taken">The numbers that are there (repeats and order do not matter).</param>
    public NumberGaps(IEnumerable<int> taken)
    {
        _taken = [.. taken.Distinct().Order()];
    }

    /// <summary>How many numbers strictly between <paramref name="low"/> and <paramref name="high"/> are missing.</summary>
    public long Count(int low, int high)
    {
        long span = (long)high - low - 1;
        return span <= 0 ? 0 : span - (FirstAtLeast(high) - FirstAbove(low));
    }

    /// <summary>
    /// The missing numbers strictly between <paramref name="low"/> and <paramref name="high"/>, with their count: all of
    /// them when there are <see cref="Listed"/> or fewer, else the first and the last.
    /// </summary>
    public (long Count, List<int> Numbers) Between(int low, int high)
    {
        long count = Count(low, high);
        var numbers = new List<int>();
        if (count == 0)
        {
            return (count, numbers);
        }

        // The first missing number: past the run of taken numbers that follows low.
        int at = FirstAbove(low);
        long m = (long)low + 1;
        if (count <= Listed)
        {
            while (numbers.Count < count)
            {
                if (at < _taken.Length && _taken[at] == m)
                {
                    at++;
                }
                else
                {
                    numbers.Add((int)m);
                }

                m++;
            }

            return (count, numbers);
        }

        while (at < _taken.Length && _taken[at] == m)
        {
            at++;
            m++;
        }

        numbers.Add((int)m);

        // The last: before the run of taken numbers that leads to high.
        int back = FirstAtLeast(high) - 1;
        long last = (long)high - 1;
        while (back >= 0 && _taken[back] == last)
        {
            back--;
            last--;
        }

        numbers.Add((int)last);
        return (count, numbers);
    }

    // The index of the first taken number greater than n.
    private int FirstAbove(int n)
    {
        int i = Array.BinarySearch(_taken, n);
        return i >= 0 ? i + 1 : ~i;
    }

    // The index of the first taken number n or greater.
    private int FirstAtLeast(int n)
    {
        int i = Array.BinarySearch(_taken, n);
        return i >= 0 ? i : ~i;
    }
}
