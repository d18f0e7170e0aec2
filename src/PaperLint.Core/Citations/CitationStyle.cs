namespace PaperLint.Core.Citations;

/// <summary>How a paper cites its sources, which decides what counts as citing a reference entry.</summary>
public enum CitationStyle
{
    /// <summary>Author-date when the paper has author-date citations, notes otherwise.</summary>
    Auto,

    /// <summary>Citations such as (Serge, 1974) or Serge (1974); an entry counts as cited when one names its author and year.</summary>
    AuthorDate,

    /// <summary>Citations in footnotes (Chicago notes and bibliography); an entry counts as cited when a note names its author.</summary>
    Notes,

    /// <summary>Citations by the numbers of a numbered references list (Vancouver, IEEE): [1], [2, 5–7]; an entry counts as cited when a citation gives its number.</summary>
    Numeric,
}
