using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.CitationOrder</c>: in a paper whose numbered list is numbered in the order the works are first cited
/// (Vancouver, IEEE), a citation that brings in a new number while lower numbers are still to come: <c>[5]</c> cited
/// before <c>[3]</c> and <c>[4]</c>. The list is held to that order only when the paper keeps it for most of its
/// entries (an alphabetical numbered list is not). Order is the order of the file, as a reference manager numbers:
/// captions and tables count where they stand; notes, which the model keeps apart from their markers, are left out.
/// A work first cited late is reported once, at the first citation that comes before it.
/// </summary>
public sealed class CitationOrder : IRule
{
    /// <summary>The share of consecutive entries first cited in order that shows a list numbered by first citation.</summary>
    private const double OrderedShare = 0.8;

    /// <summary>Fewer pairs of consecutive entries than this say nothing about how the list is numbered.</summary>
    private const int MinPairs = 3;

    public string Id => "Attribution.CitationOrder";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A references list numbered in order of citation must be first cited in that order.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var analysis = context.Attribution;
        if (analysis.Style != CitationStyle.Numeric || analysis.References is not { } references)
        {
            yield break;
        }

        var numbers = analysis.Entries.Where(e => e.Number is not null && !references.IsFurtherReading(e)).Select(e => e.Number!.Value).ToHashSet();
        var read = analysis.NumericCitations.Where(c => InFileOrder(c.Block)).ToList();
        var first = new Dictionary<int, int>();
        for (int i = 0; i < read.Count; i++)
        {
            foreach (int n in read[i].Citation.Numbers.Where(numbers.Contains))
            {
                first.TryAdd(n, i);
            }
        }

        if (!NumberedByFirstCitation(first, analysis.Entries))
        {
            yield break;
        }

        // A work first cited late is blamed once, at the first citation that comes before it, not at every later one.
        var seen = new HashSet<int>();
        var blamed = new HashSet<int>();
        for (int i = 0; i < read.Count; i++)
        {
            var found = read[i];
            var fresh = found.Citation.Numbers.Where(n => numbers.Contains(n) && !seen.Contains(n)).Distinct().Order().ToList();
            foreach (int n in fresh)
            {
                // Lower numbers first cited later: this citation came too early, or the list is numbered wrongly.
                var earlier = first.Where(f => f.Key < n && f.Value > i).Select(f => f.Key).Order().ToList();
                if (earlier.Count == 0 || earlier.All(blamed.Contains))
                {
                    continue;
                }

                blamed.UnionWith(earlier);

                int expected = numbers.Where(k => !seen.Contains(k) && first.ContainsKey(k)).Min();
                var (_, _, start, length) = found.Citation.Ranges.First(r => n >= r.First && n <= r.Last);
                string before = earlier.Count == 1 ? $"[{earlier[0]}]" : NumericCitations.Label(earlier);
                string message = $"[{n}] is cited before {before}, though the list numbers works in the order they are first cited; the next new work cited should be [{expected}]: renumber the references or correct the citation";
                yield return Finding.At(context.Document, found.Block, start, length, Id, context.SeverityFor(this), message);
                break;
            }

            seen.UnionWith(fresh);
        }
    }

    /// <summary>
    /// True when most pairs of consecutive numbers (n, n+1) that are both cited are first cited in that order, and the
    /// list is not alphabetical.
    /// </summary>
    private static bool NumberedByFirstCitation(Dictionary<int, int> first, IReadOnlyList<ReferenceEntry> entries)
    {
        int pairs = 0, ordered = 0;
        foreach (var (n, at) in first)
        {
            if (first.TryGetValue(n + 1, out int next))
            {
                pairs++;
                ordered += at <= next ? 1 : 0;
            }
        }

        return pairs >= MinPairs && ordered >= pairs * OrderedShare && !IsAlphabetical(entries);
    }

    /// <summary>True when the numbered entries whose authors are known run in alphabetical order of their first authors.</summary>
    private static bool IsAlphabetical(IReadOnlyList<ReferenceEntry> entries)
    {
        var names = entries.Where(e => e.Number is not null && e.Authors.Count > 0).OrderBy(e => e.Number).Select(e => NameWords.Key(e.Authors[0])).ToList();
        if (names.Count < MinPairs + 1)
        {
            return false;
        }

        int inOrder = Enumerable.Range(1, names.Count - 1).Count(i => string.CompareOrdinal(names[i - 1], names[i]) <= 0);
        return inOrder >= (names.Count - 1) * OrderedShare;
    }

    /// <summary>The paper's text in the order of the file: not a note, whose place is its marker's.</summary>
    private static bool InFileOrder(Block block) => block.Kind != BlockKind.FootnoteBody;
}
