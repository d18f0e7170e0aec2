namespace PaperLint.Core.Model;

/// <summary>
/// A stretch of a document where its author asked, in the file itself, that some rules (or all) not be
/// reported: a <c>paperlint-disable</c> comment in Markdown, a directive line in plain text, a Word comment
/// on a range. Readers record these with their places; the linter drops the findings they cover, so rules
/// know nothing of them.
/// </summary>
/// <param name="Rules">Rule ids (<c>Typos.LeadBy</c>) or families (<c>Typos</c>); empty means every rule.</param>
/// <param name="Start">Where the stretch begins (a zero-length location; inclusive).</param>
/// <param name="End">Where it ends (exclusive); null means the end of the document (DOCX: of the part).</param>
/// <param name="Directive">Where the directive itself is written, for <c>paperlint dump</c>.</param>
public sealed record Suppression(IReadOnlyList<string> Rules, SourceLocation Start, SourceLocation? End, SourceLocation Directive)
{
    public bool AppliesTo(string ruleId)
    {
        if (Rules.Count == 0)
        {
            return true;
        }

        foreach (var rule in Rules)
        {
            if (ruleId.Equals(rule, StringComparison.OrdinalIgnoreCase)
                || (ruleId.Length > rule.Length && ruleId[rule.Length] == '.' && ruleId.StartsWith(rule, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a finding of <paramref name="ruleId"/> at <paramref name="location"/> lies in this stretch (touching it is enough).</summary>
    public bool Covers(string ruleId, SourceLocation location) => AppliesTo(ruleId) && Overlaps(location);

    private bool Overlaps(SourceLocation location)
    {
        switch (location, Start)
        {
            case (TextLocation { File: null } f, TextLocation s):
            {
                var from = (f.Line, f.Column);
                var to = (f.EndLine, f.EndColumn);
                var end = End is TextLocation e ? (e.Line, e.Column) : (int.MaxValue, int.MaxValue);
                return Within(from, to, (s.Line, s.Column), end);
            }

            case (DocxLocation f, DocxLocation s) when f.Part == s.Part:
            {
                var from = (f.Paragraph, f.Offset);
                var to = (f.Paragraph, f.Offset + f.Length);
                var end = End is DocxLocation e ? (e.Paragraph, e.Offset) : (int.MaxValue, int.MaxValue);
                return Within(from, to, (s.Paragraph, s.Offset), end);
            }

            default:
                return false;
        }
    }

    // An empty finding (a note marker with no characters) is covered where it stands; others when they overlap.
    private static bool Within((int, int) from, (int, int) to, (int, int) start, (int, int) end) =>
        from.CompareTo(to) == 0
            ? from.CompareTo(start) >= 0 && from.CompareTo(end) < 0
            : from.CompareTo(end) < 0 && to.CompareTo(start) > 0;
}
