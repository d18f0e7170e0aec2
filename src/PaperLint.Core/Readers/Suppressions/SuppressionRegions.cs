using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Suppressions;

/// <summary>
/// Turns directives met in reading order into <see cref="Suppression"/>s: a disable stays open until an
/// enable closes it (<c>paperlint-enable</c> closes all; <c>paperlint-enable Rule.Id</c> closes that rule's
/// disable) or the document ends.
/// </summary>
internal sealed class SuppressionRegions
{
    private const string AllRules = "*";

    private readonly List<Suppression> _done = [];
    private readonly Dictionary<string, (SourceLocation Start, SourceLocation Directive)> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _openOrder = [];

    public void Disable(IReadOnlyList<string> rules, SourceLocation start, SourceLocation directive)
    {
        foreach (var key in Keys(rules))
        {
            if (_open.TryAdd(key, (start, directive)))
            {
                _openOrder.Add(key);
            }
        }
    }

    public void Enable(IReadOnlyList<string> rules, SourceLocation end)
    {
        var keys = rules.Count == 0 ? _openOrder.ToList() : rules.ToList();
        foreach (var key in keys)
        {
            if (_open.Remove(key, out var open))
            {
                _openOrder.Remove(key);
                _done.Add(Make(key, open.Start, end, open.Directive));
            }
        }
    }

    /// <summary>Ends the stretch that covers every rule (Vale's <c>vale on</c>), leaving those of single rules open.</summary>
    public void EnableEveryRule(SourceLocation end) => Enable([AllRules], end);

    /// <summary>A stretch whose ends are known (the next line, a commented range); a null end is the end of the document.</summary>
    public void Range(IReadOnlyList<string> rules, SourceLocation start, SourceLocation? end, SourceLocation directive) =>
        _done.Add(new Suppression(rules, start, end, directive));

    /// <summary>The suppressions, those still open running to the end of the document.</summary>
    public IReadOnlyList<Suppression> Finish()
    {
        foreach (var key in _openOrder)
        {
            var open = _open[key];
            _done.Add(Make(key, open.Start, null, open.Directive));
        }

        _open.Clear();
        _openOrder.Clear();
        return _done;
    }

    private static IEnumerable<string> Keys(IReadOnlyList<string> rules) => rules.Count == 0 ? [AllRules] : rules;

    private static Suppression Make(string key, SourceLocation start, SourceLocation? end, SourceLocation directive) =>
        new(key == AllRules ? [] : [key], start, end, directive);
}
