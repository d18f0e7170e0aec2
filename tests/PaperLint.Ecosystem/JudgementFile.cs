using System.Text;

namespace PaperLint.Ecosystem;

/// <summary>
/// The judgements as a tab-separated file, one finding a line, sorted so that a change shows as a small diff:
/// <c>file  rule  place  match  verdict  reason</c>. Tabs and line breaks in a match are written as \t and \n.
/// </summary>
public static class JudgementFile
{
    public const string Header = "# file\trule\tplace\tmatch\tverdict\treason";

    public static IReadOnlyList<Judgement> Read(string path)
    {
        var judgements = new List<Judgement>();
        if (!File.Exists(path))
        {
            return judgements;
        }

        int number = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // Six fields; a judged worklist has the message and excerpt after them, which are not kept.
            string[] fields = line.Split('\t');
            if (fields.Length is not (6 or 8) || !Enum.TryParse<Verdict>(fields[4], ignoreCase: true, out var verdict))
            {
                throw new FormatException($"{path}:{number}: expected six tab-separated fields (file, rule, place, match, verdict right|wrong|debatable|missed, reason), and in a worklist the message and excerpt after them");
            }

            judgements.Add(new Judgement(fields[0], fields[1], fields[2], Unescape(fields[3]), verdict, fields[5]));
        }

        return judgements;
    }

    public static void Write(string path, IEnumerable<Judgement> judgements)
    {
        var lines = judgements
            .OrderBy(j => j.File, StringComparer.Ordinal)
            .ThenBy(j => j.Rule, StringComparer.Ordinal)
            .ThenBy(j => j.Place, PlaceComparer.Instance)
            .ThenBy(j => j.Match, StringComparer.Ordinal)
            .Select(j => string.Join('\t', j.File, j.Rule, j.Place, Escape(j.Match), j.Verdict.ToString().ToLowerInvariant(), j.Reason.Replace('\t', ' ')));
        File.WriteAllLines(path, [Header, .. lines], new UTF8Encoding(false));
    }

    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    public static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                sb.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => text[i] });
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}

/// <summary>Orders places as a reader meets them: 3:10 before 12:1, ¶2 before ¶10.</summary>
internal sealed class PlaceComparer : IComparer<string>
{
    public static readonly PlaceComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                int si = i, sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }

                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }

                int c = long.Parse(x.AsSpan(si, Math.Min(i - si, 18)), provider: null).CompareTo(long.Parse(y.AsSpan(sj, Math.Min(j - sj, 18)), provider: null));
                if (c != 0)
                {
                    return c;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
