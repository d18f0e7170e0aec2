using System.Globalization;
using System.Text;

namespace PaperLint.Ecosystem;

/// <summary>
/// The findings of a corpus run set against the judgements: per rule how many are right, wrong, debatable and
/// not yet judged; which findings judged right were lost; which judgements no finding matches any more.
/// </summary>
public sealed class EcosystemCheck
{
    private EcosystemCheck(IReadOnlyList<RuleTally> rules, IReadOnlyList<CorpusFinding> unjudged, IReadOnlyList<Judgement> lost, IReadOnlyList<Judgement> missed, IReadOnlyList<Judgement> stale)
    {
        Rules = rules;
        Unjudged = unjudged;
        Lost = lost;
        Missed = missed;
        Stale = stale;
    }

    public IReadOnlyList<RuleTally> Rules { get; }

    /// <summary>Findings nobody has judged yet.</summary>
    public IReadOnlyList<CorpusFinding> Unjudged { get; }

    /// <summary>Findings judged right that the rules no longer report.</summary>
    public IReadOnlyList<Judgement> Lost { get; }

    /// <summary>Findings judged right that are given up on purpose (<see cref="Verdict.Missed"/>), with their reasons.</summary>
    public IReadOnlyList<Judgement> Missed { get; }

    /// <summary>Judgements (wrong or debatable) of findings no longer reported: fixed false alarms, to prune.</summary>
    public IReadOnlyList<Judgement> Stale { get; }

    public bool Passes => Unjudged.Count == 0 && Lost.Count == 0;

    public static EcosystemCheck Compare(IReadOnlyList<CorpusFinding> findings, IReadOnlyList<Judgement> judgements)
    {
        var byKey = new Dictionary<FindingKey, Judgement>();
        foreach (var judgement in judgements)
        {
            byKey.TryAdd(judgement.Key, judgement);
        }

        var found = new HashSet<FindingKey>();
        var fixes = new RuleTally("fixed by paperlint fix");
        var unjudged = new List<CorpusFinding>();
        var tallies = new SortedDictionary<string, RuleTally>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = finding.Key;
            found.Add(key);
            if (!tallies.TryGetValue(key.Rule, out var tally))
            {
                tallies[key.Rule] = tally = new RuleTally(key.Rule);
            }

            if (byKey.TryGetValue(key, out var judgement))
            {
                tally.Count(judgement.Verdict);
                if (finding.Fixed)
                {
                    fixes.Count(judgement.Verdict);
                }
            }
            else
            {
                tally.Unjudged++;
                fixes.Unjudged += finding.Fixed ? 1 : 0;
                unjudged.Add(finding);
            }
        }

        var gone = judgements.Where(j => !found.Contains(j.Key)).ToList();
        return new EcosystemCheck(
            [.. tallies.Values],
            unjudged,
            gone.Where(j => j.Verdict == Verdict.Right).ToList(),
            gone.Where(j => j.Verdict == Verdict.Missed).ToList(),
            gone.Where(j => j.Verdict is Verdict.Wrong or Verdict.Debatable).ToList())
        {
            Fixes = fixes,
        };
    }

    /// <summary>How the findings <c>paperlint fix</c> fixes were judged: a fix is as right as the finding it makes good.</summary>
    public RuleTally Fixes { get; private init; } = new("fixed by paperlint fix");

    /// <summary>The per-rule table, then what was lost and what is stale.</summary>
    public string Table()
    {
        var sb = new StringBuilder();
        var total = new RuleTally("all");
        sb.AppendLine(Row("rule", "findings", "right", "wrong", "debatable", "unjudged", "precision"));
        foreach (var rule in Rules)
        {
            sb.AppendLine(Row(rule));
            total.Add(rule);
        }

        sb.AppendLine(Row(total));
        sb.AppendLine(Row(Fixes));
        sb.AppendLine(CultureInfo.InvariantCulture, $"lost (judged right, no longer reported): {Lost.Count}");
        foreach (var j in Lost)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {j.File} {j.Place} {j.Rule} '{j.Match}'");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"missed on purpose (judged right, given up with a reason): {Missed.Count}");
        foreach (var j in Missed)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {j.File} {j.Place} {j.Rule} '{j.Match}': {j.Reason}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"stale (judged wrong or debatable, no longer reported): {Stale.Count}");
        return sb.ToString();
    }

    private static string Row(RuleTally t) =>
        Row(t.Rule, t.Total.ToString(CultureInfo.InvariantCulture), t.Right.ToString(CultureInfo.InvariantCulture), t.Wrong.ToString(CultureInfo.InvariantCulture),
            t.Debatable.ToString(CultureInfo.InvariantCulture), t.Unjudged.ToString(CultureInfo.InvariantCulture), t.Precision is { } p ? p.ToString("P1", CultureInfo.InvariantCulture) : "-");

    private static string Row(string rule, string total, string right, string wrong, string debatable, string unjudged, string precision) =>
        $"{rule,-32} {total,8} {right,6} {wrong,6} {debatable,9} {unjudged,8} {precision,9}";
}

/// <summary>How one rule's findings were judged. Precision leaves debatable findings out.</summary>
public sealed class RuleTally(string rule)
{
    public string Rule { get; } = rule;

    public int Right { get; private set; }

    public int Wrong { get; private set; }

    public int Debatable { get; private set; }

    public int Unjudged { get; set; }

    public int Total => Right + Wrong + Debatable + Unjudged;

    public double? Precision => Right + Wrong == 0 ? null : (double)Right / (Right + Wrong);

    public void Count(Verdict verdict)
    {
        switch (verdict)
        {
            case Verdict.Right or Verdict.Missed:
                Right++;
                break;
            case Verdict.Wrong:
                Wrong++;
                break;
            default:
                Debatable++;
                break;
        }
    }

    public void Add(RuleTally other)
    {
        Right += other.Right;
        Wrong += other.Wrong;
        Debatable += other.Debatable;
        Unjudged += other.Unjudged;
    }
}
