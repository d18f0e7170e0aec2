using System.Text.RegularExpressions;

namespace PaperLint.Core.Packs;

/// <summary>
/// Several patterns searched as one, when the caller must know which of them matched (the swap whose
/// replacement to offer, the form of a pair). The search uses one alternation without capture groups,
/// which the regex engine runs several times faster than one with a named group per pattern; the
/// pattern that matched is then found, for that match only, by trying each in order at its position,
/// as the alternation itself did.
/// </summary>
internal sealed class PatternSet
{
    private readonly string[] _patterns;
    private readonly Regex?[] _each;
    private readonly RegexOptions _options;
    private readonly bool _nonWord;

    // Most patterns are plain words ("colour|colours"): for those, the text of a match says which one it is.
    private readonly Dictionary<string, int> _plain;
    private readonly bool[] _isPlain;

    public PatternSet(IReadOnlyList<string> patterns, bool ignoreCase, bool nonWord)
    {
        _patterns = [.. patterns];
        _each = new Regex?[patterns.Count];
        _options = PatternCompiler.Options(ignoreCase);
        _nonWord = nonWord;
        _plain = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _isPlain = new bool[patterns.Count];
        for (int i = 0; i < patterns.Count; i++)
        {
            var alternatives = PatternCompiler.TopLevelAlternatives(patterns[i]);
            _isPlain[i] = alternatives.All(PatternCompiler.IsPlain);
            if (_isPlain[i])
            {
                foreach (var alternative in alternatives)
                {
                    _plain.TryAdd(alternative, i);
                }
            }
        }

        Any = PatternCompiler.Compile(patterns, ignoreCase, nonWord);
    }

    /// <summary>Matches where any of the patterns matches.</summary>
    public Regex Any { get; }

    /// <summary>The index of the first pattern that gives <paramref name="match"/>, or -1.</summary>
    public int Which(string text, Match match)
    {
        int plain = _plain.TryGetValue(match.Value, out int index) ? index : _patterns.Length;
        for (int i = 0; i < plain; i++)
        {
            if (_isPlain[i])
            {
                // A plain pattern that matched this text would be in the dictionary.
                continue;
            }

            var regex = _each[i] ??= new Regex(
                _nonWord ? $@"\G(?:{_patterns[i]})" : $@"\G(?:{_patterns[i]}){PatternCompiler.WordEnd}",
                _options,
                PatternCompiler.MatchTimeout);
            var m = regex.Match(text, match.Index);
            if (m.Success && m.Length == match.Length)
            {
                return i;
            }
        }

        return plain < _patterns.Length ? plain : -1;
    }
}
