using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs;

/// <summary>A rule's regular expression, built the first time a document needs it: a run that never reaches it pays nothing.</summary>
internal sealed class LazyRegex
{
    private readonly Func<Regex> _create;
    private Regex? _regex;

    public LazyRegex(Func<Regex> create)
    {
        _create = create;
    }

    /// <summary>
    /// For a Vale rule's exceptions: a match is left alone when the exception is found in its text, as Vale
    /// does, rather than when the match lies inside the exception's.
    /// </summary>
    public bool FoundInMatch { get; init; }

    public Regex Value => LazyInitializer.EnsureInitialized(ref _regex, _create);
}
