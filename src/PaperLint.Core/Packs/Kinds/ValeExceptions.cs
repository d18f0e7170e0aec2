using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// The <c>exceptions</c> of a <c>conditional</c> or <c>capitalization</c> rule, read as Vale reads them: each a
/// case-sensitive pattern (unless it starts with <c>(?i)</c>), the longest first, all between word boundaries, and
/// found anywhere in the text they are tested on (so <c>macOS</c> also passes <c>macOS-only</c>).
/// </summary>
internal sealed class ValeExceptions
{
    private readonly string[] _terms;
    private readonly LazyRegex? _anywhere;

    private ValeExceptions(string[] terms)
    {
        _terms = terms;
        _anywhere = terms.Length == 0 ? null : new LazyRegex(() => PatternCompiler.CompileValeExceptions(terms));
    }

    /// <summary>The exceptions, the longest first (Vale sorts them so, for greedy alternation).</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary><c>\b(?:e1|e2…)\b</c>, or null when there are none: to put before a word pattern so that an exception is one token.</summary>
    public string? Alternation => _terms.Length == 0 ? null : PatternCompiler.ValeExceptionAlternation(_terms);

    /// <summary>The rule's <c>exceptions</c>, and the accepted terms of a <c>.vale.ini</c>'s vocabulary (<paramref name="vocabulary"/>), as Vale adds them.</summary>
    public static ValeExceptions Read(RuleYaml yaml, IReadOnlyList<string> vocabulary)
    {
        var entries = yaml.List("exceptions");
        foreach (var entry in entries)
        {
            PatternCompiler.Validate(yaml, entry);
        }

        return new ValeExceptions([.. entries.Select(e => e.Text).Concat(vocabulary).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)]);
    }

    /// <summary>True when an exception occurs in <paramref name="text"/>.</summary>
    public bool Match(string text) => _anywhere is not null && _anywhere.Value.IsMatch(text);

    public static Regex Compile(string pattern, bool ignoreCase = false) =>
        new(pattern, PatternCompiler.Options(ignoreCase), PatternCompiler.MatchTimeout);
}
