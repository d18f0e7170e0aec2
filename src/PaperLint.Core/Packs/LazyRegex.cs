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

    public Regex Value => LazyInitializer.EnsureInitialized(ref _regex, _create);
}
