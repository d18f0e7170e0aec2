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
        if (WholeGroup(pattern) is { } inner)
        {
            // "(?i:lorem ipsum)": a group that is the whole pattern requires what its contents require.
            return Of(inner);
        }

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

    /// <summary>
    /// The contents of a group that makes up the whole of <paramref name="pattern"/>, unquantified: a capturing group, a
    /// <c>(?:…)</c> group, or one with options (<c>(?i:…)</c>, <c>(?-i:…)</c>). Null for anything else, lookarounds and
    /// named groups included.
    /// </summary>
    private static string? WholeGroup(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '(' || pattern[^1] != ')')
        {
            return null;
        }

        int start = 1;
        if (pattern[1] == '?')
        {
            int colon = 2;
            while (colon < pattern.Length && pattern[colon] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                colon++;
            }

            if (colon >= pattern.Length || pattern[colon] != ':')
            {
                return null;
            }

            start = colon + 1;
        }

        // The group closes at the pattern's end only if the parenthesis that opens it is matched there.
        int depth = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i == pattern.Length - 1 ? pattern[start..^1] : null;
            }
        }

        return null;
    }

    private static bool Quantified(string pattern, int next) => next < pattern.Length && pattern[next] is '?' or '*' or '+' or '{';
}
