namespace PaperLint.Core.Citations;

/// <summary>How a citation is written in the text.</summary>
public enum CitationKind
{
    /// <summary>Author and year in brackets: <c>(Rogovin, 2009, p. 189)</c>.</summary>
    Parenthetical,

    /// <summary>The author in the sentence, the year in brackets after: <c>Rogovin (2009, p. 189)</c>.</summary>
    Narrative,

    /// <summary>Author and page without a year, as MLA cites: <c>(Rogovin 189)</c>.</summary>
    AuthorPage,

    /// <summary>A page or <c>ibid.</c> in brackets after an earlier citation in the same paragraph, which it belongs to: <c>(p. 4)</c>.</summary>
    Continuation,

    /// <summary>
    /// The numbers of entries of a numbered references list: <c>[1]</c>, <c>[1, 3–5]</c>, or raised (<c>¹⁻³</c>, a
    /// superscript <c>1,3</c>) where the paper's notes do not use those numbers.
    /// </summary>
    Numeric,

    /// <summary>A pandoc citation of a bibliography key: <c>[@smith2020, p. 4]</c>, or <c>@smith2020</c> in the sentence.</summary>
    Key,
}
