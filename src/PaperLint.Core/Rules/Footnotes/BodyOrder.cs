using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// <c>Footnotes.BodyOrder</c>: hand-numbered note texts (as in a plain-text paper, or one exported from PDF)
/// must come in numeric order. Markdown definitions may stand anywhere, and Word keeps its own notes in order.
/// </summary>
public sealed class BodyOrder : IRule
{
    public string Id => "Footnotes.BodyOrder";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Hand-numbered note texts must appear in numeric order.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        foreach (var sequence in index.Defs.Where(d => d.Numbering == FootnoteNumbering.Manual && d.Number is not null).GroupBy(index.KeyOf))
        {
            FootnoteDef? highest = null;
            var seen = new HashSet<int>();
            foreach (var note in sequence)
            {
                // A second text with a number already used is Footnotes.Duplicate's finding, not a misplaced one.
                if (!seen.Add(note.Number!.Value))
                {
                    continue;
                }

                if (highest is not null && note.Number < highest.Number)
                {
                    string noun = NoteIndex.Noun(note.Kind);
                    yield return index.AtDef(note, this, context, $"the text of {noun} {note.Number} comes after that of {noun} {highest.Number}; put the note texts in numeric order");
                    continue;
                }

                highest = note;
            }
        }
    }
}
