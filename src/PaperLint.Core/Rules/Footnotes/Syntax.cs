using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// <c>Footnotes.Syntax</c>: a Markdown note whose definition is written <c>[^1] text</c>, without the colon.
/// Markdown prints such a line as text and leaves every marker of the note without its note; the reader takes
/// the line for the note (so the other footnote rules see it resolved), and this rule reports it once, where
/// the fix is.
/// </summary>
internal sealed class Syntax : IRule
{
    public string Id => "Footnotes.Syntax";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "A Markdown note must be defined as \"[^label]: text\"; without the colon it prints as text.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var index = context.Notes;
        foreach (var note in index.Defs.Where(d => d.WithoutColon))
        {
            string noun = NoteIndex.Noun(note.Kind);
            string name = NoteIndex.Name(note);
            yield return index.AtDef(note, this, context, $"{noun} {name} is written without the colon, so Markdown prints it as text; write \"{name}: …\"");
        }
    }
}
