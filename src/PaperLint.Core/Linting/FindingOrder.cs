using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>Document order: by line and column, or in DOCX by part (body, footnotes, endnotes), paragraph and offset; then by rule id.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    /// <summary>
    /// Sorts <paramref name="findings"/> in document order, and findings at one place by rule id, then as they came. The
    /// findings of a text document are sorted by their line and column, read once into an array: the comparer reads two
    /// findings' places at each of the sort's comparisons, about 130,000 for the 10,000 findings of a long document, and
    /// that took milliseconds that an editor's server spends after the rules, while the writer waits. Other places (Word's
    /// parts, a bibliography's lines) are sorted by the comparer.
    /// </summary>
    public static void Sort(List<Finding> findings)
    {
        var keys = new Place[findings.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            if (findings[i].Location is not TextLocation { File: null } at)
            {
                findings.Sort(Instance);
                return;
            }

            keys[i] = new Place(at.Line, at.Column, i);
        }

        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(findings);
        keys.AsSpan().Sort(sorted);
        for (int start = 0, end; start < sorted.Length; start = end)
        {
            for (end = start + 1; end < sorted.Length && keys[end].SamePlace(keys[start]); end++)
            {
            }

            if (end - start > 1)
            {
                ByRule(sorted[start..end]);
            }
        }
    }

    /// <summary>Findings at one place, in the order they came: sorted by rule id, those of one rule kept in that order.</summary>
    private static void ByRule(Span<Finding> run)
    {
        if (run.Length > 16)
        {
            var ordered = new (Finding Finding, int Index)[run.Length];
            for (int k = 0; k < run.Length; k++)
            {
                ordered[k] = (run[k], k);
            }

            Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Finding.RuleId, b.Finding.RuleId) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
            for (int k = 0; k < run.Length; k++)
            {
                run[k] = ordered[k].Finding;
            }

            return;
        }

        // A few findings: an insertion sort, which keeps those of one rule in the order they came.
        for (int i = 1; i < run.Length; i++)
        {
            var finding = run[i];
            int j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(run[j].RuleId, finding.RuleId) > 0; j--)
            {
                run[j + 1] = run[j];
            }

            run[j + 1] = finding;
        }
    }

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = (x.Location, y.Location) switch
        {
            // The document's own places first, then those in the files it depends on (its bibliography). Compared field
            // by field: a tuple compares its strings through the default comparer, which cost a long paper's server a few
            // milliseconds a lint (the tool runs with invariant globalization, where that comparer is ordinal too).
            (TextLocation a, TextLocation b) => CompareText(a, b),
            (DocxLocation a, DocxLocation b) => CompareDocx(a, b),
            _ => 0,
        };
        return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
    }

    private static int CompareText(TextLocation a, TextLocation b)
    {
        if (!ReferenceEquals(a.File, b.File))
        {
            if (a.File is null || b.File is null)
            {
                return a.File is null ? -1 : 1;
            }

            int file = string.CompareOrdinal(a.File, b.File);
            if (file != 0)
            {
                return file;
            }
        }

        return a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }

    private static int CompareDocx(DocxLocation a, DocxLocation b)
    {
        if (!ReferenceEquals(a.Part, b.Part))
        {
            int rank = PartRank(a.Part).CompareTo(PartRank(b.Part));
            if (rank != 0)
            {
                return rank;
            }

            int part = string.CompareOrdinal(a.Part, b.Part);
            if (part != 0)
            {
                return part;
            }
        }

        return a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Offset.CompareTo(b.Offset);
    }

    private static int PartRank(string part) => part switch
    {
        _ when part.Contains("footnotes", StringComparison.OrdinalIgnoreCase) => 1,
        _ when part.Contains("endnotes", StringComparison.OrdinalIgnoreCase) => 2,
        _ => 0,
    };

    /// <summary>A finding's line and column, and where it came in the list.</summary>
    private readonly record struct Place(int Line, int Column, int Index) : IComparable<Place>
    {
        public bool SamePlace(Place other) => Line == other.Line && Column == other.Column;

        public int CompareTo(Place other) =>
            Line != other.Line ? Line.CompareTo(other.Line) : Column != other.Column ? Column.CompareTo(other.Column) : Index.CompareTo(other.Index);
    }
}
