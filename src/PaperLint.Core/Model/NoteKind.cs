namespace PaperLint.Core.Model;

/// <summary>Footnotes and endnotes are numbered separately and checked separately.</summary>
public enum NoteKind
{
    Footnote,
    Endnote,
}
