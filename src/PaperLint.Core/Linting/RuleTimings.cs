using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaperLint.Core.Linting;

/// <summary>
/// Where a run's time went: reading each format, and each rule, summed over every document and thread. The
/// facts rules share (sentences, quotations, citations) are computed on first use, so their cost is counted
/// to the first rule that asks for them.
/// </summary>
public sealed class RuleTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="name"/>.</summary>
    public void Add(string name, long started)
    {
        long elapsed = Stopwatch.GetTimestamp() - started;
        _ticks.AddOrUpdate(name, elapsed, (_, sum) => sum + elapsed);
    }

    /// <summary>Each name with its total time, the longest first.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time)> Totals() =>
        [.. _ticks.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, Stopwatch.GetElapsedTime(0, p.Value)))];

    /// <summary>The table <c>--timings</c> prints: name, milliseconds and share of the total.</summary>
    public void Write(TextWriter writer)
    {
        var totals = Totals();
        double all = totals.Sum(t => t.Time.TotalMilliseconds);
        int width = Math.Max(4, totals.Count == 0 ? 0 : totals.Max(t => t.Name.Length));
        writer.WriteLine($"{"rule".PadRight(width)}  {"ms",10}  share");
        foreach (var (name, time) in totals)
        {
            double ms = time.TotalMilliseconds;
            writer.WriteLine($"{name.PadRight(width)}  {ms,10:F1}  {(all > 0 ? ms / all : 0),5:P0}");
        }

        writer.WriteLine($"{"all".PadRight(width)}  {all,10:F1}");
    }
}
