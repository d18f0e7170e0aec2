using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.MissingCitation</c>: a quotation with no citation right after it: none at the end of its
/// paragraph or passage, none in a short paragraph after it, no note marker whose note names a source, and
/// no author-date citation in the sentence that introduces it. Reported where the paper's own habit says a
/// citation belongs (<see cref="QuotingHabit"/>), and always where empty brackets stand in for a lost citation.
/// </summary>
public sealed class MissingCitation : IRule
{
    public string Id => "Attribution.MissingCitation";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A quotation in a paper that cites its quotations must be followed by a citation of its source.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        var habit = QuotingHabit.Of(analysis);
        foreach (var source in analysis.Sources.Where(s => !s.IsCited))
        {
            var q = source.Quotation;
            string what = q.Kind == QuotationKind.Inline ? "this quotation" : q.Blocks.Count > 1 ? $"this quoted passage ({q.Blocks.Count} paragraphs)" : "this block quotation";
            string? message = HasEmptyCitation(q)
                ? $"{what} is followed by empty brackets: its citation was lost; put the source in them, such as (Author, Year, p. N)"
                : habit.Expects(q) ? $"{what} has no citation; add one after it, such as (Author, Year, p. N), or a note that names the source" : null;
            if (message is not null)
            {
                yield return Finding.At(document, q.First, q.Start, q.OpeningLength(), Id, context.SeverityFor(this), message);
            }
        }
    }

    private static bool HasEmptyCitation(Quotation q) => q.Kind == QuotationKind.Inline
        ? SourceHints.EmptyCitationAfter(q.First.Text, q.End)
        : SourceHints.EmptyCitationAtEnd(q.Last.Text);
}
