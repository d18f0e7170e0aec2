using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary><c>Footnotes.Unreferenced</c>: a note that no marker in the text points to.</summary>
public sealed class Unreferenced : IRule
{
    public string Id => "Footnotes.Unreferenced";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Every note must be referenced by a marker in the text.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        var referenced = new HashSet<FootnoteDef>(ReferenceEqualityComparer.Instance);
        foreach (var marker in index.Refs)
        {
            // A marker inside the note itself does not count as a reference to it.
            referenced.UnionWith(index.NotesOf(marker).Where(note => !ReferenceEquals(marker.Block.Note, note)));
        }

        foreach (var note in index.Defs)
        {
            if (referenced.Contains(note))
            {
                continue;
            }

            string noun = NoteIndex.Noun(note.Kind);
            string name = NoteIndex.Name(note);
            string message = note.Style == MarkerStyle.DocxNative
                ? $"this {noun} is in the document but no reference in the text points to it; insert its reference or delete the note"
                : $"{noun} {name} is never referenced in the text; add its marker or delete the note";
            yield return index.AtDef(note, this, context, message);
        }
    }
}
