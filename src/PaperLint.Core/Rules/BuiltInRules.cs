using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Rules;

/// <summary>
/// The rules written in C#. A rule is registered by one line here; everything else (listing, configuration,
/// running, reporting) finds it through this list. Rules that data can express live in <c>rules/*.yml</c>.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new Sequence(),
        new Undefined(),
        new Unreferenced(),
        new Duplicate(),
        new Empty(),
        new BodyOrder(),
        new Syntax(),
        new Variants(),
        new QuoteMarks(),
        new DateFormat(),
        new MissingCitation(),
        new UnknownSource(),
        new YearMismatch(),
        new WrongWork(),
        new Uncited(),
        new Ambiguous(),
        new CitationOrder(),
        new UnknownKey(),
        new KeyCase(),
        new UnusedEntry(),
        new DuplicateKey(),
        new IncompleteEntry(),
        new EditedCitation(),
    ];
}
