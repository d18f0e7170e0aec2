using System.Globalization;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// <c>Consistency.DateFormat</c>: full dates written in more than one style in one paper: <c>6 November 1918</c>,
/// <c>6th November 1918</c>, <c>the 6th of November 1918</c>, <c>November 6, 1918</c> or without the comma,
/// <c>December 29th, 1927</c>, <c>1918-11-06</c>. Each date in a style used less than another is reported,
/// with an example of the style most used (or the one the configuration prefers) and the date rewritten in it.
/// Dates without a day or a year (<c>November 1918</c>, <c>6 November</c>) fit any style and are not counted.
/// </summary>
public sealed partial class DateFormat : IRule
{
    private const string End = @"(?![\p{L}\p{N}])";
    private const string Start = @"(?<![\p{L}\p{N}])";

    /// <summary>The month names of <see cref="DateStyle.Months"/>, as the pattern lists them (a test holds the two together).</summary>
    internal const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    private const string Month = "(?<month>" + MonthNames + ")";

    // Compiled at build time: the pattern is tried at every letter and digit of a paper.
    [GeneratedRegex(
        Start + @"(?:(?<day>[1-9]|[12][0-9]|3[01])(?<ordinal>st|nd|rd|th)?\s+(?<of>of\s+)?" + Month + @"(?<dmComma>,)?\s+(?<year>1[0-9]{3}|20[0-9]{2})"
        + "|(?<md>" + Month + @"\s+(?<mdDay>[1-9]|[12][0-9]|3[01])(?<mdOrdinal>st|nd|rd|th)?(?<mdComma>,)?\s+(?<mdYear>1[0-9]{3}|20[0-9]{2}))"
        + @"|(?<iso>(?<isoYear>1[0-9]{3}|20[0-9]{2})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>0[1-9]|[12][0-9]|3[01])))" + End,
        RegexOptions.CultureInvariant)]
    private static partial Regex Dates();

    public string Id => "Consistency.DateFormat";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Dates written in more than one style (6 November 1918, November 6, 1918, 6th November 1918, 1918-11-06).";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var scope = new CountingScope(context, ofWords: true, ofConventions: true);
        var dates = new List<WrittenDate>();
        // An editor's server keeps each paragraph's dates, which its text alone decides, from one version to the next.
        var memory = context.Memory;
        foreach (var block in document.Blocks)
        {
            var written = memory is null ? DatesIn(block.Text) : (WrittenDate[])memory.Owned.Get(this, block, 0, static (key, _) => DatesIn(key.Text));
            if (written.Length == 0 || !scope.Reads(block))
            {
                continue;
            }

            foreach (var date in written)
            {
                if (scope.Counts(block, date.Start, date.Length))
                {
                    dates.Add(date with { Block = block });
                }
            }
        }

        var styles = dates.GroupBy(d => d.Style).ToList();
        if (styles.Count < 2)
        {
            return [];
        }

        var preferred = Preferred(context.Settings<ConsistencyOptions>());
        var winner = preferred ?? styles[Tally.Majority([.. styles.Select(s => s.Count())], [.. styles.Select(s => dates.IndexOf(s.First()))])].Key;
        var winners = dates.Where(d => d.Style == winner).ToList();
        string example = winners.Count > 0 ? winners[0].Text : winner.Write(6, 11, 1918);
        string basis = preferred is not null
            ? $"the house style is {winner.Describe()} (e.g. '{example}')"
            : $"the paper mostly writes {winner.Describe()} ({Tally.Times(winners.Count)}, e.g. '{example}')";
        var counts = styles.ToDictionary(s => s.Key, s => s.Count());
        var findings = new List<Finding>();
        foreach (var date in dates.Where(d => d.Style != winner))
        {
            string suggestion = winner.Write(date.Day, date.Month, date.Year);
            int count = counts[date.Style];
            string message = $"'{date.Text}' is written {date.Style.Describe()} ({Tally.Times(count)}); {basis}; write '{suggestion}'";
            bool certain = preferred is not null || Tally.Settles(winners.Count, count);
            findings.Add(Finding.At(document, date.Block!, date.Start, date.Length, Id, context.SeverityFor(this), message, [suggestion]) with { Fixable = certain });
        }

        return findings;
    }

    /// <summary>The full dates written in a text, each with where it stands (no block yet), in order.</summary>
    private static WrittenDate[] DatesIn(string text)
    {
        List<WrittenDate>? dates = null;
        foreach (Match m in Dates().Matches(text))
        {
            if (Parse(m) is { } date)
            {
                (dates ??= []).Add(date with { Start = m.Index, Length = m.Length });
            }
        }

        return dates is null ? [] : [.. dates];
    }

    private static DateStyle? Preferred(ConsistencyOptions options)
    {
        foreach (string preferred in options.Prefer)
        {
            var m = Dates().Match(preferred.Trim());
            if (m.Success && m.Index == 0 && m.Length == preferred.Trim().Length && Parse(m) is { } date)
            {
                return date.Style;
            }
        }

        return null;
    }

    private static WrittenDate? Parse(Match m)
    {
        if (m.Groups["iso"].Success)
        {
            return Date(m, new DateStyle(DateOrder.Iso), Number(m, "isoDay"), Number(m, "isoMonth"), Number(m, "isoYear"));
        }

        if (m.Groups["md"].Success)
        {
            var style = new DateStyle(DateOrder.MonthDay, Ordinal: m.Groups["mdOrdinal"].Success, Comma: m.Groups["mdComma"].Success);
            return Date(m, style, Number(m, "mdDay"), MonthNumber(m), Number(m, "mdYear"));
        }

        var dayMonth = new DateStyle(DateOrder.DayMonth, Ordinal: m.Groups["ordinal"].Success, Of: m.Groups["of"].Success, Comma: m.Groups["dmComma"].Success);
        return Date(m, dayMonth, Number(m, "day"), MonthNumber(m), Number(m, "year"));
    }

    private static WrittenDate? Date(Match m, DateStyle style, int day, int month, int year) =>
        day <= DateTime.DaysInMonth(year, month) ? new WrittenDate(m.Value, style, day, month, year) : null;

    private static int MonthNumber(Match m) => Array.IndexOf(DateStyle.Months, m.Groups["month"].Value) + 1;

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private sealed record WrittenDate(string Text, DateStyle Style, int Day, int Month, int Year)
    {
        public Block? Block { get; init; }

        public int Start { get; init; }

        public int Length { get; init; }
    }
}
