using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Word's display numbers for notes: 1, 2, 3... in the order of each note's first reference, counted
/// separately for footnotes and endnotes. A reference with a custom mark takes no number.
/// </summary>
internal sealed class NoteNumbers
{
    private readonly Dictionary<string, int> _footnotes = [];
    private readonly Dictionary<string, int> _endnotes = [];

    public void Count(NoteReference reference)
    {
        if (reference.CustomMark)
        {
            return;
        }

        var numbers = Of(reference.Kind);
        numbers.TryAdd(reference.Label, numbers.Count + 1);
    }

    public int? NumberOf(NoteKind kind, string label) => Of(kind).TryGetValue(label, out int number) ? number : null;

    private Dictionary<string, int> Of(NoteKind kind) => kind == NoteKind.Endnote ? _endnotes : _footnotes;
}
