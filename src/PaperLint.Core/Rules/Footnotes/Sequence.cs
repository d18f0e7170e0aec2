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

        var present = firstAt.Keys.ToHashSet();
        var kept = LongestIncreasing(ordered);
        var keptSet = kept.ToHashSet();
        var explainedGaps = new HashSet<int>();

        for (int i = 0; i < ordered.Count; i++)
        {
            var marker = ordered[i];
            if (keptSet.Contains(marker))
            {
                continue;
            }

            int n = marker.Number!.Value;
            var previous = ordered.Take(i).LastOrDefault(keptSet.Contains);
            var next = ordered.Skip(i + 1).FirstOrDefault(keptSet.Contains);
            int low = previous?.Number ?? 0;
            int? high = next?.Number;
            var missingHere = high is { } h ? Enumerable.Range(low + 1, Math.Max(0, h - low - 1)).Where(m => !present.Contains(m)).ToList() : [];
            if (missingHere.Count == 1)
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
        int last = markers[0].Style == MarkerStyle.MarkdownLabel && kept.Count > 0 ? kept[0].Number!.Value - 1 : 0;
        foreach (var marker in kept)
        {
            int n = marker.Number!.Value;
            var missing = Enumerable.Range(last + 1, Math.Max(0, n - last - 1)).Where(m => !present.Contains(m) && !explainedGaps.Contains(m)).ToList();
            if (missing.Count > 0)
            {
                string what = missing.Count == 1 ? $"{missing[0]} is missing" : $"{Join(missing)} are missing";
                string message = last == 0
                    ? $"{noun} {n} is the first {noun}; {what}; number the notes from 1"
                    : $"{noun} {n} follows {noun} {last}; {what}; renumber the notes from here or add the missing one";
                findings.Add(index.AtRef(marker, this, context, message));
            }

            last = n;
        }
    }

    private static string Join(List<int> numbers) =>
        numbers.Count > 4
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
