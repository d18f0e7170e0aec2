using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>Document order: by line and column, or in DOCX by part (body, footnotes, endnotes), paragraph and offset; then by rule id.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

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
}
