using System.Buffers;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Packs.Terms;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>
/// A rule's patterns, searched as the one regular expression <c>(?&lt;!\w)(?:p1|p2|…)(?!\w)</c> would search
/// them, and telling which pattern each match comes from (the swap whose replacement to offer, the form of a
/// pair). Most alternatives are plain words or phrases (<c>colour|colours</c>, <c>lead by</c>): those are terms,
/// found with every other rule's terms in one pass of the run's <see cref="TermIndex"/>, so a pack of ten
/// thousand terms costs what a pack of ten does. Only the alternatives that are really regular expressions are
/// searched with one, and only in blocks that hold the text every match of them must contain. Where a term and a
/// regular expression both match, the leftmost wins, and at one place the one that comes first in the rule, as in
/// the single regular expression.
/// </summary>
internal sealed partial class PatternSet
{
    // Characters that match an ASCII letter under the regex engine's case-insensitive comparison but not under
    // ordinal comparison: a block holding one is searched without the quick check for required text.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create(CaseFold.ToAscii);

    private readonly int[] _patternOf;
    private readonly (int Ordinal, string Term)[] _terms;
    private readonly Expression[] _expressions;
    // The distinct required texts of the expressions, found together in one pass over a block: which of them occur
    // tells which expressions to search. An expression without one (_literalOf -1) is always searched.
    private readonly string[] _literals;
    // Whether a required text is looked for case aside: in a set that ignores case, or where the pattern's own options
    // may turn case off (a "(?i:…)" group in a case-sensitive set).
    private readonly bool[] _literalIgnoresCase;
    private readonly bool _anyIgnoresCase;
    private readonly int[] _literalOf;
    private readonly SearchValues<string>? _anyLiteral;
    private readonly bool[] _noLiterals;
    private TermIndex? _own;

    public PatternSet(IReadOnlyList<string> patterns, bool ignoreCase, bool nonWord, bool vale = false)
    {
        IgnoreCase = ignoreCase;

        var patternOf = new List<int>();
        var terms = new List<(int, string)>();
        var expressions = new List<Expression>();
        for (int p = 0; p < patterns.Count; p++)
        {
            foreach (var alternative in PatternCompiler.TopLevelAlternatives(patterns[p]))
            {
                int ordinal = patternOf.Count;
                patternOf.Add(p);
                // Vale's \b differs from the term index's letter-aware boundary at the edges, so its rules use the regex engine.
                if (!nonWord && !vale && IsTerm(alternative))
                {
                    terms.Add((ordinal, alternative));
                }
                else
                {
                    expressions.Add(new Expression(ordinal, alternative, ignoreCase, nonWord, vale));
                }
            }
        }

        _patternOf = [.. patternOf];
        _terms = [.. terms];
        _expressions = [.. expressions];
        // Literals equal under their comparison are one: finding "Then" finds "then" too when case is ignored.
        var literals = new List<string>();
        var ignoresCase = new List<bool>();
        var literalIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _literalOf = new int[_expressions.Length];
        for (int e = 0; e < _expressions.Length; e++)
        {
            if (_expressions[e].Literal is not { } literal)
            {
                _literalOf[e] = -1;
                continue;
            }

            // The literals are ASCII: upper case is their form case aside.
            bool caseAside = _expressions[e].LiteralIgnoresCase;
            string key = caseAside ? "i:" + literal.ToUpperInvariant() : "s:" + literal;
            if (!literalIndex.TryGetValue(key, out int index))
            {
                literalIndex[key] = index = literals.Count;
                literals.Add(literal);
                ignoresCase.Add(caseAside);
            }

            _literalOf[e] = index;
        }

        _literals = [.. literals];
        _literalIgnoresCase = [.. ignoresCase];
        _anyIgnoresCase = ignoresCase.Contains(true);
        _noLiterals = new bool[_literals.Length];
        if (_literals.Length > 0)
        {
            // Found case aside when any of them is: a superset of the places, which the check of each one narrows.
            _anyLiteral = SearchValues.Create(_literals, _anyIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
    }

    public bool IgnoreCase { get; }

    /// <summary>The alternatives that are plain terms, with their place among all alternatives (their ordinal).</summary>
    public IReadOnlyList<(int Ordinal, string Term)> Terms => _terms;

    /// <summary>
    /// The matches in <paramref name="block"/> (number <paramref name="blockIndex"/> of the context's document), left to
    /// right and not overlapping, each with the index of the pattern it comes from; empty matches are left out.
    /// </summary>
    /// <remarks>They are a function of the block's text alone: an editor's server keeps them from one lint to the next.</remarks>
    public IReadOnlyList<PatternMatch> Matches(LintContext context, int blockIndex, Block block)
    {
        if (context.KeptMatches(this, blockIndex, out int slot) is { } kept)
        {
            // Two rules of one set may fill the slot at once, with equal matches.
            return kept[slot] ??= [.. Find(context, blockIndex, block)];
        }

        return Find(context, blockIndex, block);
    }

    private List<PatternMatch> Find(LintContext context, int blockIndex, Block block)
    {
        var hits = _terms.Length == 0 ? default : context.TermHits(this, blockIndex);
        string text = block.Text;
        var searched = Searched(text);
        if (hits.IsEmpty && searched is null)
        {
            return [];
        }

        return Merge(text, hits, searched);
    }

    /// <summary>
    /// The matches in <paramref name="text"/> taken alone, as if it were the whole input (<c>^</c> and <c>$</c> at its
    /// ends): a sentence, for a Vale rule with <c>scope: sentence</c>, or an image's alt text, which is none of the
    /// document's blocks. Its terms are found with this set's own index; left to right and not overlapping.
    /// </summary>
    public List<PatternMatch> MatchesIn(string text)
    {
        Terms.TermHit[] hits = _terms.Length == 0 ? [] : OwnIndex.ScanOne(text, 0);
        var searched = Searched(text);
        return hits.Length == 0 && searched is null ? [] : Merge(text, hits, searched);
    }

    // The leftmost-first merge of the term hits and the expressions' matches, as one alternation would find them.
    private List<PatternMatch> Merge(string text, ReadOnlySpan<Terms.TermHit> hits, List<Expression>? searched)
    {
        var found = new List<PatternMatch>();
        // The expressions that still match somewhere at or after 'at', each with its next match.
        var expressions = new List<Expression>();
        var upcoming = new List<Match>();
        foreach (var expression in searched ?? [])
        {
            if (expression.Regex.Match(text) is { Success: true } first)
            {
                expressions.Add(expression);
                upcoming.Add(first);
            }
        }

        int at = 0;
        int term = 0;
        while (at <= text.Length)
        {
            while (term < hits.Length && hits[term].Start < at)
            {
                term++;
            }

            // The leftmost match; at one place, the alternative that comes first.
            int start = term < hits.Length ? hits[term].Start : int.MaxValue;
            int ordinal = term < hits.Length ? hits[term].Ordinal : int.MaxValue;
            int length = term < hits.Length ? hits[term].Length : 0;
            for (int e = 0; e < expressions.Count; e++)
            {
                if (upcoming[e].Index < at)
                {
                    var again = expressions[e].Regex.Match(text, at);
                    if (!again.Success)
                    {
                        expressions.RemoveAt(e);
                        upcoming.RemoveAt(e);
                        e--;
                        continue;
                    }

                    upcoming[e] = again;
                }

                var m = upcoming[e];
                if (m.Index < start || (m.Index == start && expressions[e].Ordinal < ordinal))
                {
                    (start, ordinal, length) = (m.Index, expressions[e].Ordinal, m.Length);
                }
            }

            if (start == int.MaxValue)
            {
                break;
            }

            if (length == 0)
            {
                // As the regex engine does after an empty match: look again one further on.
                at = start + 1;
                continue;
            }

            found.Add(new PatternMatch(start, length, _patternOf[ordinal]));
            at = start + length;
        }

        return found;
    }

    /// <summary>An index of this set's terms alone, for a context whose run did not index them with the others.</summary>
    internal TermIndex OwnIndex => Volatile.Read(ref _own) ?? LazyInitializer.EnsureInitialized(ref _own, () => new TermIndex([this]));

    /// <summary>A plain word or phrase that starts with a word character: found by the term index.</summary>
    private static bool IsTerm(string alternative) => PatternCompiler.IsPlain(alternative) && WordChars.Is(alternative[0]);

    /// <summary>The expressions that may match in <paramref name="text"/>: those whose required text it holds; null when none.</summary>
    private List<Expression>? Searched(string text)
    {
        if (_expressions.Length == 0)
        {
            return null;
        }

        bool foldsToAscii = _anyIgnoresCase && text.AsSpan().IndexOfAny(FoldsToAscii) >= 0;
        bool[]? present = foldsToAscii ? null : LiteralsIn(text);
        List<Expression>? searched = null;
        for (int e = 0; e < _expressions.Length; e++)
        {
            int literal = _literalOf[e];
            if (literal < 0 || present is null || present[literal])
            {
                (searched ??= []).Add(_expressions[e]);
            }
        }

        return searched;
    }

    /// <summary>
    /// Which of the expressions' required texts occur in <paramref name="text"/>, found in one pass: at each place where
    /// one of them starts, the others that start there too are told apart. Null when the set has none.
    /// </summary>
    private bool[]? LiteralsIn(string text)
    {
        if (_anyLiteral is null)
        {
            return null;
        }

        var span = text.AsSpan();
        bool[]? present = null;
        int left = _literals.Length;
        for (int at = span.IndexOfAny(_anyLiteral); at >= 0 && left > 0;)
        {
            present ??= new bool[_literals.Length];
            var rest = span[at..];
            for (int l = 0; l < _literals.Length; l++)
            {
                if (!present[l] && rest.StartsWith(_literals[l], _literalIgnoresCase[l] ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                {
                    present[l] = true;
                    left--;
                }
            }

            int next = rest[1..].IndexOfAny(_anyLiteral);
            at = next < 0 ? -1 : at + 1 + next;
        }

        // Read only, so one array of none serves every block that holds none.
        return present ?? _noLiterals;
    }

    /// <summary>An alternative that is a regular expression, with the text every match of it contains (when that can be told).</summary>
    private sealed class Expression
    {
        private readonly string _pattern;
        private readonly bool _ignoreCase;
        private readonly bool _nonWord;
        private readonly bool _vale;
        private Regex? _regex;

        public Expression(int ordinal, string pattern, bool ignoreCase, bool nonWord, bool vale)
        {
            _vale = vale;
            Ordinal = ordinal;
            _pattern = pattern;
            _ignoreCase = ignoreCase;
            _nonWord = nonWord;
            (Literal, LiteralIgnoresCase) = SearchableLiteral(pattern, ignoreCase);
        }

        public int Ordinal { get; }

        public string? Literal { get; }

        /// <summary>True when <see cref="Literal"/> may match case aside, and is looked for so.</summary>
        public bool LiteralIgnoresCase { get; }

        public Regex Regex => Volatile.Read(ref _regex) ?? LazyInitializer.EnsureInitialized(ref _regex, () => PatternCompiler.Compile([_pattern], _ignoreCase, _nonWord, _vale));

        private static (string? Literal, bool IgnoresCase) SearchableLiteral(string pattern, bool ignoreCase)
        {
            // Inline options may turn free-spacing reading on inside the pattern, which changes what is literal, or turn
            // case-insensitive reading on: then the literal is looked for case aside, which finds every place it may match.
            bool caseAside = ignoreCase;
            foreach (Match options in InlineOptions().Matches(pattern))
            {
                if (options.Value.Contains('x', StringComparison.Ordinal))
                {
                    return (null, false);
                }

                caseAside = true;
            }

            return RequiredLiteral.Of(pattern) is { } literal && literal.All(char.IsAscii) ? (literal, caseAside) : (null, false);
        }
    }

    [GeneratedRegex(@"\(\?[imnsx-]+[:)]")]
    private static partial Regex InlineOptions();
}

/// <summary>A match of a <see cref="PatternSet"/>: where, how long, and the index of the pattern it comes from (-1 when none can be told).</summary>
internal readonly record struct PatternMatch(int Index, int Length, int Pattern);
