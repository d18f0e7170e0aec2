using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>One entry of the references list: its authors' surnames, year and title, and where it stands.</summary>
public sealed record ReferenceEntry
{
    /// <summary>Surnames of all authors as written, particles kept ("de Beauvoir").</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    public bool EtAl { get; init; }

    /// <summary>The first author's given names or initials as written ("Berta", "S. W. J.", "VC"); null when the entry gives none.</summary>
    internal string? FirstGiven { get; init; }

    /// <summary>The year with its letter (<c>2009a</c>), or <c>n.d.</c>; null when the entry gives none.</summary>
    public string? Year { get; init; }

    /// <summary>The title: the italic words when the entry has them, else the words after the year.</summary>
    public string? Title { get; init; }

    /// <summary>The sentence after the year (or after the authors in MLA), which is the title of an article when the italic words are its journal.</summary>
    public string? PlainTitle { get; init; }

    public required ReferenceStyle Style { get; init; }

    /// <summary>The entry's number in a numbered list (<c>1.</c>, <c>[1]</c>, <c>1)</c>, or Word's or Markdown's own numbering); null in a list that is not numbered.</summary>
    public int? Number { get; init; }

    /// <summary>Where the number is written in the block's text, when it is (-1 when the format prints it, as Word's numbering does).</summary>
    public int NumberStart { get; init; } = -1;

    public int NumberLength { get; init; }

    /// <summary>The block the entry is in (set by <see cref="ReferenceList"/>).</summary>
    public Block? Block { get; init; }

    /// <summary>Where the entry begins in its block's text (a block may hold several entries, one a line, in a text file).</summary>
    public int Start { get; init; }

    /// <summary>The length of the authors part, from <see cref="Start"/>.</summary>
    public int AuthorsLength { get; init; }

    /// <summary>Where the year is in the block's text; -1 when the entry has none.</summary>
    public int YearStart { get; init; } = -1;

    public int YearLength { get; init; }

    /// <summary>The authors as a reader says them: "Serge", "Woods and Grant", "Bellomo et al.".</summary>
    public string AuthorText => NameWords.Display(Authors, EtAl || Authors.Count > 2);

    /// <summary>"Serge (1974)", the way messages name an entry.</summary>
    public string Display => Year is null ? AuthorText : $"{AuthorText} ({Year})";

    /// <summary>The year without its letter ("2009" for "2009a").</summary>
    public string? BareYear => Year is { } y && IsLettered(y) ? y[..4] : Year;

    /// <summary>True when the year carries a letter that tells it from another work of the same year.</summary>
    public bool HasYearLetter => Year is { } y && IsLettered(y);

    /// <summary>True for a year with the letter that tells two works of one year apart ("2009a"), as a list or a citation writes it.</summary>
    internal static bool IsLettered(string year) => year.Length == 5 && char.IsLetter(year[4]);
}
