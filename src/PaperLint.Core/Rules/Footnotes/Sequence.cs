using System.Globalization;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// <c>Footnotes.Sequence</c>: note numbers written by the author (superscripts typed by hand, Markdown numeric
/// labels) must run 1, 2, 3… in the order of the markers in the text. Word's own notes are numbered by Word
/// and are not checked.
/// </summary>
/// <remarks>
/// The markers that are in order are the longest increasing run of numbers through the text; every marker
/// outside it is out of order, and every number missing between two kept markers that appears nowhere is a
/// gap. A stray number sitting exactly where one number is missing is reported once, as that number.
/// <para>
/// Markdown prints its notes numbered 1, 2, 3… whatever their labels, so numeric labels are checked only as the
/// author's own count: they may start anywhere (an excerpt keeps its book's numbers), and they are not a count
/// at all in a document that also names notes (<c>[^intro]</c>), where numbers are names like the others.
/// </para>
/// </remarks>
public sealed class Sequence : IRule
{
    public string Id => "Footnotes.Sequence";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Hand-numbered notes must run 1, 2, 3… in the order of their markers: no gaps, repeats or swaps.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        var findings = new List<Finding>();
        bool namesNotes = index.Defs.Any(d => d.Style == MarkerStyle.MarkdownLabel && d.Number is null);
        var sequences = index.Refs
            .Where(r => r.Number is not null && r.Style != MarkerStyle.DocxNative && r.Block.Kind != BlockKind.FootnoteBody
                && !(r.Style == MarkerStyle.MarkdownLabel && (namesNotes || r.OpensNoteLine)))
            .GroupBy(index.KeyOf);
        foreach (var sequence in sequences)
        {
            CheckSequence(index, sequence.ToList(), context, findings);
        }

        return findings;
    }

    private void CheckSequence(NoteIndex index, List<FootnoteRef> markers, LintContext context, List<Finding> findings)
    {
        string noun = NoteIndex.Noun(markers[0].Kind);
        var firstAt = new Dictionary<int, FootnoteRef>();
        var ordered = new List<FootnoteRef>();
        foreach (var marker in markers)
        {
            int n = marker.Number!.Value;
            if (firstAt.TryGetValue(n, out var first))
            {
                // Markdown lets several markers point at one note; a number typed twice by hand is a mistake.
                if (marker.Style != MarkerStyle.MarkdownLabel)
                {
                    string hint = n == 1 && context.Settings<FootnoteOptions>().Restart == NumberingRestart.Never
                        ? "; if the numbering starts again in each chapter, set 'footnotes: restart: chapter' in .paperlint.yml"
                        : "";
                    findings.Add(index.AtRef(marker, this, context, $"{noun} {n} appears a second time (the first is at {first.Location}); renumber this marker and the notes after it{hint}"));
                }

                continue;
            }

            firstAt[n] = marker;
            ordered.Add(marker);
        }

        var present = new NumberGaps(firstAt.Keys);
        var kept = LongestIncreasing(ordered);
        var keptSet = kept.ToHashSet();
        var explainedGaps = new List<int>();

        // The nearest kept marker before and after each marker, found in one pass each way.
        var keptBefore = new FootnoteRef?[ordered.Count];
        var keptAfter = new FootnoteRef?[ordered.Count];
        FootnoteRef? nearest = null;
        for (int i = 0; i < ordered.Count; i++)
        {
            keptBefore[i] = nearest;
            if (keptSet.Contains(ordered[i]))
            {
                nearest = ordered[i];
            }
        }

        nearest = null;
        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            keptAfter[i] = nearest;
            if (keptSet.Contains(ordered[i]))
            {
                nearest = ordered[i];
            }
        }

        for (int i = 0; i < ordered.Count; i++)
        {
            var marker = ordered[i];
            if (keptSet.Contains(marker))
            {
                continue;
            }

            int n = marker.Number!.Value;
            int low = keptBefore[i]?.Number ?? 0;
            int? high = keptAfter[i]?.Number;
            var (gaps, missingHere) = high is { } h ? present.Between(low, h) : (0, []);
            if (gaps == 1)
            {
                explainedGaps.Add(missingHere[0]);
                findings.Add(index.AtRef(marker, this, context, $"{noun} {n} stands between {noun}s {low} and {high}; it should be {missingHere[0]}"));
            }
            else if (high is { } before && n > before)
            {
                findings.Add(index.AtRef(marker, this, context, $"{noun} {n} appears before {noun} {before}; swap the numbers or move the notes"));
            }
            else
            {
                findings.Add(index.AtRef(marker, this, context, $"{noun} {n} appears after {noun} {low}; swap the numbers or move the notes"));
            }
        }

        // Markdown labels count from where the document's own run starts.
        var accounted = new NumberGaps(firstAt.Keys.Concat(explainedGaps));
        int last = markers[0].Style == MarkerStyle.MarkdownLabel && kept.Count > 0 ? kept[0].Number!.Value - 1 : 0;
        foreach (var marker in kept)
        {
            int n = marker.Number!.Value;
            var (count, missing) = accounted.Between(last, n);
            if (count > 0)
            {
                string what = count == 1 ? $"{missing[0]} is missing" : $"{Join(count, missing)} are missing";
                string message = last == 0
                    ? $"{noun} {n} is the first {noun}; {what}; number the notes from 1"
                    : $"{noun} {n} follows {noun} {last}; {what}; renumber the notes from here or add the missing one";
                findings.Add(index.AtRef(marker, this, context, message));
            }

            last = n;
        }
    }

    // All the missing numbers ("2, 3 and 5"), or the first and the last of more ("2 to 40").
    private static string Join(long count, List<int> numbers) =>
        count > NumberGaps.Listed
            ? $"{numbers[0].ToString(CultureInfo.InvariantCulture)} to {numbers[^1].ToString(CultureInfo.InvariantCulture)}"
            : string.Join(", ", numbers.Take(numbers.Count - 1).Select(n => n.ToString(CultureInfo.InvariantCulture))) + " and " + numbers[^1].ToString(CultureInfo.InvariantCulture);

    /// <summary>The longest strictly increasing run of numbers, preferring the smallest numbers on ties (so a late stray is the one reported).</summary>
    private static List<FootnoteRef> LongestIncreasing(List<FootnoteRef> markers)
    {
        var tails = new List<int>();
        var previous = new int[markers.Count];
        for (int i = 0; i < markers.Count; i++)
        {
            int n = markers[i].Number!.Value;
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (markers[tails[mid]].Number!.Value < n)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var result = new List<FootnoteRef>();
        for (int i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Add(markers[i]);
        }

        result.Reverse();
        return result;
    }
}
