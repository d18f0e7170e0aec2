using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.WrongWork</c>: the sentence that introduces a quotation names one work of an author (a
/// title in italics or quotation marks, or written as the list has it), but the citation's year points to
/// another work of the same author in the references list.
/// </summary>
public sealed class WrongWork : IRule
{
    public string Id => "Attribution.WrongWork";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A quotation introduced as from one work must not cite another work of the same author.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var analysis = context.Attribution;
        foreach (var (citation, cited, meant) in analysis.Misattributions)
        {
            string message = $"the quotation is introduced as from {meant.Title} ({meant.Year}), but {citation.Citation.Display} is {cited.Title}; cite {meant.Display} or correct the title";
            yield return AttributionIndex.AtCitation(document, citation, this, context, message, meant.Year is { } year ? [year] : null);
        }
    }
}
