using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary><c>Footnotes.Undefined</c>: a note marker whose note does not exist.</summary>
public sealed class Undefined : IRule
{
    public string Id => "Footnotes.Undefined";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Every note marker must have its note.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        var reported = new HashSet<(SequenceKey, string)>();
        foreach (var marker in index.Refs)
        {
            if (index.NotesOf(marker).Count > 0)
            {
                continue;
            }

            // One finding per missing note: a label used twice and defined nowhere is one mistake.
            if (!reported.Add((index.KeyOf(marker), marker.Label.ToUpperInvariant())))
            {
                continue;
            }

            string noun = NoteIndex.Noun(marker.Kind);
            string name = NoteIndex.Name(marker);
            string message = marker.Style switch
            {
                MarkerStyle.MarkdownLabel when marker.OpensNoteLine => $"{noun} {name} opens a line like a note written without the colon, but no marker in the text points to it; add its marker and write \"{name}: …\", or delete the line",
                MarkerStyle.MarkdownLabel => $"{noun} {name} has no definition; add \"{name}: …\" or remove the marker",
                MarkerStyle.DocxNative => $"this {noun} reference points to a note that is not in the document; delete the reference and insert the {noun} again",
                _ => $"{noun} {name} has no note text; add note {name} or remove the marker",
            };
            yield return index.AtRef(marker, this, context, message);
        }
    }
}
