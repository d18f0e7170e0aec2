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
            // The document's own places first, then those in the files it depends on (its bibliography).
            (TextLocation a, TextLocation b) => (a.File is not null, a.File ?? "", a.Line, a.Column).CompareTo((b.File is not null, b.File ?? "", b.Line, b.Column)),
            (DocxLocation a, DocxLocation b) => (PartRank(a.Part), a.Part, a.Paragraph, a.Offset).CompareTo((PartRank(b.Part), b.Part, b.Paragraph, b.Offset)),
            _ => 0,
        };
        return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
    }

    private static int PartRank(string part) => part switch
    {
        _ when part.Contains("footnotes", StringComparison.OrdinalIgnoreCase) => 1,
        _ when part.Contains("endnotes", StringComparison.OrdinalIgnoreCase) => 2,
        _ => 0,
    };
}
