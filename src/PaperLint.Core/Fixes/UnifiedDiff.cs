namespace PaperLint.Core.Fixes;

/// <summary>
/// A unified diff of two versions of a text file (what <c>diff -u</c> and <c>git apply</c> read), for
/// <c>paperlint fix --dry-run</c>: hunks with three lines of context, lines compared whole.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    // Beyond this many cells the middle is shown as removed and added whole rather than aligned line by line.
    private const long MaxCells = 4_000_000;

    public static void Write(TextWriter writer, string path, string before, string after)
    {
        string[] a = Lines(before), b = Lines(after);
        var ops = Align(a, b);
        string label = path.Replace('\\', '/');
        bool header = false;
        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from three lines before this change to three after the last change within reach.
            int start = Math.Max(0, i - Context);
            int end = i;
            while (end < ops.Count)
            {
                int next = end;
                while (next < ops.Count && ops[next].Kind != ' ')
                {
                    next++;
                }

                int same = next;
                while (same < ops.Count && ops[same].Kind == ' ')
                {
                    same++;
                }

                if (same < ops.Count && same - next <= 2 * Context)
                {
                    end = same;
                    continue;
                }

                end = Math.Min(ops.Count, next + Context);
                break;
            }

            if (!header)
            {
                writer.WriteLine($"--- a/{label}");
                writer.WriteLine($"+++ b/{label}");
                header = true;
            }

            var hunk = ops.GetRange(start, end - start);
            int oldStart = hunk[0].Old + 1, newStart = hunk[0].New + 1;
            int oldCount = hunk.Count(o => o.Kind != '+'), newCount = hunk.Count(o => o.Kind != '-');
            writer.WriteLine($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@");
            foreach (var op in hunk)
            {
                writer.Write(op.Kind);
                writer.WriteLine(op.Kind == '+' ? b[op.New] : a[op.Old]);
            }

            i = end;
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{(count == 0 ? start - 1 : start)},{count}";

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        if (text.EndsWith('\n'))
        {
            lines = lines[..^1];
        }

        return [.. lines.Select(l => l.TrimEnd('\r'))];
    }

    /// <summary>The lines of both versions in order, each kept (' '), removed ('-') or added ('+'), with its index in each.</summary>
    private static List<(char Kind, int Old, int New)> Align(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var ops = new List<(char, int, int)>(a.Length + b.Length);
        for (int k = 0; k < prefix; k++)
        {
            ops.Add((' ', k, k));
        }

        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            for (int k = 0; k < n; k++)
            {
                ops.Add(('-', prefix + k, prefix));
            }

            for (int k = 0; k < m; k++)
            {
                ops.Add(('+', prefix + n, prefix + k));
            }
        }
        else
        {
            // Longest common subsequence of the middle lines.
            var lcs = new int[n + 1, m + 1];
            for (int x = n - 1; x >= 0; x--)
            {
                for (int y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int p = 0, q = 0;
            while (p < n || q < m)
            {
                if (p < n && q < m && a[prefix + p] == b[prefix + q])
                {
                    ops.Add((' ', prefix + p++, prefix + q++));
                }
                else if (p < n && (q == m || lcs[p + 1, q] >= lcs[p, q + 1]))
                {
                    ops.Add(('-', prefix + p++, prefix + q));
                }
                else
                {
                    ops.Add(('+', prefix + p, prefix + q++));
                }
            }
        }

        for (int k = 0; k < suffix; k++)
        {
            ops.Add((' ', a.Length - suffix + k, b.Length - suffix + k));
        }

        return ops;
    }
}
