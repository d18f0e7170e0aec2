using System.Text;

namespace PaperLint.Core.Packs.Terms;

/// <summary>
/// A run of characters every match of a regular expression must contain (<c>might of</c> in
/// <c>(?&lt;=\b(?:I|we) )might of</c>, <c>seeded</c> in <c>deep[- ]seeded</c>), found by reading the top level of
/// the pattern: groups, classes, escapes that stand for classes, and quantified characters end a run.
/// </summary>
internal static class RequiredLiteral
{
    /// <summary>The longest such run of <paramref name="pattern"/> (one alternative, no top-level <c>|</c>), or null when it has none.</summary>
    public static string? Of(string pattern)
    {
        string? best = null;
        var run = new StringBuilder();
        int depth = 0;
        bool inClass = false;

        void EndRun()
        {
            if (run.Length > (best?.Length ?? 0))
            {
                best = run.ToString();
            }

            run.Clear();
        }

        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (inClass)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == ']')
                {
                    inClass = false;
                }

                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                char escaped = pattern[++i];
                if (depth == 0 && !char.IsLetterOrDigit(escaped) && !Quantified(pattern, i + 1))
                {
                    run.Append(escaped);
                }
                else if (depth == 0)
                {
                    EndRun();
                }

                continue;
            }

            switch (c)
            {
                case '{':
                    // A counted repeat ({2}, {0,3}) or the name after \p: its digits and letters are no text.
                    int close = pattern.IndexOf('}', i);
                    i = close < 0 ? pattern.Length : close;
                    if (depth == 0)
                    {
                        EndRun();
                    }

                    continue;
                case '[':
                    inClass = true;
                    if (depth == 0)
                    {
                        EndRun();
                    }

                    continue;
                case '(':
                    if (depth == 0)
                    {
                        EndRun();
                    }

                    depth++;
                    continue;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        return null;
                    }

                    // A quantified group may be absent: what follows it is a run of its own.
                    continue;
                case '|':
                    // Not one alternative after all: nothing is required.
                    if (depth == 0)
                    {
                        return null;
                    }

                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (c is '.' or '^' or '$' or '?' or '*' or '+' or '}' || Quantified(pattern, i + 1))
            {
                EndRun();
                continue;
            }

            run.Append(c);
        }

        EndRun();
        return best;
    }

    private static bool Quantified(string pattern, int next) => next < pattern.Length && pattern[next] is '?' or '*' or '+' or '{';
}
