using System.Text;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Attribution;

/// <summary>
/// <c>Attribution.EditedCitation</c>: a reference manager's citation (Zotero, Mendeley, EndNote, Citavi) whose text was
/// edited by hand, so that it no longer says what its data says: the text shown differs from the text the manager last
/// wrote and would write again (Zotero's <c>plainCitation</c>, Mendeley's formatted citation, EndNote's <c>DisplayText</c>,
/// Citavi's text). White space, quotation mark and dash styles and formatting (italics, superscript) are not differences.
/// The edit is lost when the manager refreshes, or, where the manager was told to keep it (Zotero's <c>dontUpdate</c>,
/// Mendeley's manual formatting), corrections to the reference no longer reach the citation.
/// </summary>
public sealed class EditedCitation : IRule
{
    public string Id => "Attribution.EditedCitation";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A citation inserted by a reference manager must show what its data says, not text edited by hand.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        foreach (var field in document.CitationFields)
        {
            // A result that goes on past its paragraph, or holds tracked changes, is not the text the manager wrote and no more.
            if (field.StoredText is not { } stored || field.Length == 0 || field.Continues || field.Revised)
            {
                continue;
            }

            string shown = field.Text;
            string expected = Normalize(stored);
            if (expected.Length == 0 || Normalize(shown) == expected)
            {
                continue;
            }

            string manager = field.Manager.ToString();
            string consequence = field.KeepsEdit
                ? $", and {manager} is set to keep the edit, so corrections to the reference no longer reach it"
                : $", and {manager} may overwrite the edit when it refreshes";
            string message = $"this {manager} citation was edited by hand: it shows '{OneLine(shown)}' where {manager} would show '{OneLine(stored)}'{consequence}; "
                + $"make the change in {manager} (the citation's page, prefix or suffix, or the reference itself) and refresh, rather than in the text";
            yield return Finding.At(document, field.Block, field.Start, field.Length, Id, context.SeverityFor(this), message, [OneLine(stored)]);
        }
    }

    /// <summary>
    /// The text as compared: spaces of every kind as one space, curly quotation marks and apostrophes as straight ones,
    /// dashes and hyphens as one hyphen, nothing at either end.
    /// </summary>
    internal static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c is '\u200B' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        return result.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
