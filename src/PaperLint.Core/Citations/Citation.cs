using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>One cited work in a block's text: who, when, where in the work, and where in the text.</summary>
public sealed record Citation
{
    public required CitationKind Kind { get; init; }

    /// <summary>The authors' names as written (surnames, or given name and surname in a narrative citation).</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>True when the list of authors ends in <c>et al.</c>.</summary>
    public bool EtAl { get; init; }

    /// <summary>
    /// The work is cited through another ("zit. nach", "as cited in"): its entry is the other's, and the
    /// references list need not hold this one.
    /// </summary>
    public bool Secondary { get; init; }

    /// <summary>For a <see cref="CitationKind.Key"/> citation: the bibliography key as written, without <c>@</c> or braces.</summary>
    public string? Key { get; init; }

    /// <summary>The year as written, with its letter (<c>2009a</c>), or <c>n.d.</c>; null for an author-page citation.</summary>
    public string? Year { get; init; }

    /// <summary>For a <see cref="CitationKind.Numeric"/> citation: the entry numbers it gives, in the order written, ranges spelt out.</summary>
    public IReadOnlyList<int> Numbers { get; init; } = [];

    /// <summary>For a numeric citation: each number or range as written, with where it stands in the block's text.</summary>
    internal IReadOnlyList<(int First, int Last, int Start, int Length)> Ranges { get; init; } = [];

    /// <summary>For a numeric citation: true when its numbers are raised (superscript) rather than in brackets.</summary>
    internal bool IsRaised { get; init; }

    /// <summary>The page or other place in the work (<c>p. 189</c>, <c>12–14</c>), when given.</summary>
    public string? Locator { get; init; }

    /// <summary>Where the citation is in the block's text: the part between semicolons for a bracket that holds several, author to closing bracket for a narrative one.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>The opening bracket that holds the year (or the whole citation).</summary>
    public required int BracketStart { get; init; }

    /// <summary>Just after the closing bracket.</summary>
    public required int BracketEnd { get; init; }

    public int End => Start + Length;

    /// <summary>
    /// The reference manager's field this citation is one work of (DOCX): its authors and year then come from the field's
    /// data, not from the words shown; null for a citation read from the text.
    /// </summary>
    public CitationField? Field { get; init; }

    /// <summary>The work of <see cref="Field"/> this citation stands for.</summary>
    public CitedItem? Item { get; init; }

    /// <summary>The authors as a reader says them: "Serge", "Woods and Grant", "Woods et al.".</summary>
    public string AuthorText => NameWords.Display(Authors, EtAl);

    /// <summary>"Serge (1975)", the way messages name a citation ("[1, 3–5]" for a numeric one, "@key" for a pandoc key).</summary>
    public string Display => Kind switch
    {
        CitationKind.Numeric => NumericCitations.Label(Numbers),
        CitationKind.Key => $"@{Key}",
        _ => Year is null ? AuthorText : $"{AuthorText} ({Year})",
    };

    /// <summary>True for a citation that names its author and year (author-date).</summary>
    public bool IsAuthorDate => Authors.Count > 0 && Year is not null;
}
