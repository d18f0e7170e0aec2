using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.MissingCitation</c>: a quotation with no citation right after it: none at the end of its
/// paragraph or passage, none in a short paragraph after it, no note marker whose note names a source, and
/// no author-date citation in the sentence that introduces it.
/// </summary>
public sealed class MissingCitation : IRule
{
    public string Id => "Attribution.MissingCitation";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Every quotation must be followed by a citation of its source.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        foreach (var source in analysis.Sources.Where(s => !s.IsCited))
        {
            var q = source.Quotation;
            string what = q.Kind == QuotationKind.Inline ? "this quotation" : q.Blocks.Count > 1 ? $"this quoted passage ({q.Blocks.Count} paragraphs)" : "this block quotation";
            string message = $"{what} has no citation; add one after it, such as (Author, Year, p. N), or a note that names the source";
            yield return Finding.At(document, q.First, q.Start, q.OpeningLength(), Id, context.SeverityFor(this), message);
        }
    }
}
