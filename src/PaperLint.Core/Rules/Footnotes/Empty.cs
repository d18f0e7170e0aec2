using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary><c>Footnotes.Empty</c>: a note with no text.</summary>
public sealed class Empty : IRule
{
    public string Id => "Footnotes.Empty";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A note must have text.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        foreach (var note in index.Defs.Where(d => d.IsEmpty))
        {
            string noun = NoteIndex.Noun(note.Kind);
            yield return index.AtDef(note, this, context, $"{noun} {NoteIndex.Name(note)} is empty; write the note or delete it and its marker");
        }
    }
}
