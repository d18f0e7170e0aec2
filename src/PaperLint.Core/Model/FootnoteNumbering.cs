namespace PaperLint.Core.Model;

/// <summary>Who wrote the number of a note: the program (Word, Markdig) or the author by hand.</summary>
public enum FootnoteNumbering
{
    /// <summary>Numbered by the program: Word's native notes, Markdown <c>[^x]</c> labels.</summary>
    Auto,

    /// <summary>Typed by the author: Unicode superscripts, <c>&lt;sup&gt;</c>, <c>^n^</c>, DOCX superscript runs.</summary>
    Manual,
}
