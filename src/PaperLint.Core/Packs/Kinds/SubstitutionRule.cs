using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: substitution</c>: <c>swap</c> maps a pattern to its replacement; <c>a|b</c> as a replacement
/// offers two. As in Vale, the message's first <c>%s</c> is the suggestion and the second the matched text.
/// The suggestion takes the case of the match's first letter ("Lead by" gives "Led by"); a match that
/// already reads as a suggestion is not reported. <c>exceptions</c> are patterns matched in the same
/// block: a match wholly inside one is left alone ("lead by example").
/// </summary>
internal sealed class SubstitutionRule : PackRule
{
    internal static readonly PackKind Definition = new("substitution", ["swap", "exceptions", "nonword"], Create);

    private readonly PatternSet _swaps;
    private readonly string[][] _replacements;
    private readonly LazyRegex? _exceptions;
    private readonly string[] _keys;

    private SubstitutionRule(PackRuleSettings settings, PatternSet swaps, string[][] replacements, LazyRegex? exceptions, string[] keys)
        : base(settings)
    {
        _swaps = swaps;
        _replacements = replacements;
        _exceptions = exceptions;
        _keys = keys;
    }

    public override string Kind => Definition.Name;

    private protected override bool Fixes => true;

    internal override IEnumerable<PatternSet> PatternSets => [_swaps];

    /// <summary>Every replacement the rule offers, in file order (a name's right spelling, for a Names rule).</summary>
    public IReadOnlyList<string> Replacements => [.. _replacements.SelectMany(r => r)];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        if (Settings.Vale)
        {
            CollectAsVale(document, context, findings);
            return;
        }

        foreach (var (block, match) in Candidates(context, _swaps, new ExceptionRanges(_exceptions, context.Memory)))
        {
            if (match.Pattern < 0)
            {
                continue;
            }

            string value = block.Text.Substring(match.Index, match.Length);
            var suggestions = _replacements[match.Pattern].Select(r => Casing.LikeMatch(value, r)).Distinct(StringComparer.Ordinal).ToArray();
            if (suggestions.Any(s => Casing.Same(s, value, Settings.IgnoreCase)))
            {
                continue;
            }

            string message = MessageTemplate.Format(Message, string.Join("' or '", suggestions), value);
            findings.Add(FindingAt(document, block, match.Index, match.Length, context, message, suggestions));
        }
    }

    /// <summary>
    /// Vale's reading: the suggestion as written (capitalised for a capitalised match with <c>capitalize</c>;
    /// <c>$1</c> filled from the match), reported unless the match already is the suggestion, case included.
    /// </summary>
    private void CollectAsVale(Document document, LintContext context, List<Finding> findings)
    {
        if (RawMatches(context, _swaps, _exceptions) is { } raw)
        {
            foreach (var m in raw.Where(m => m.Pattern >= 0))
            {
                if (AsVale(m.Text, m.Pattern) is { } found)
                {
                    findings.Add(RawFindingAt(document, m.Start, m.Length, context, found.Message, found.Suggestions));
                }
            }

            return;
        }

        foreach (var (block, match) in Candidates(context, _swaps, new ExceptionRanges(_exceptions, context.Memory)))
        {
            if (match.Pattern >= 0 && AsVale(block.Text.Substring(match.Index, match.Length), match.Pattern) is { } found)
            {
                findings.Add(FindingAt(document, block, match.Index, match.Length, context, found.Message, found.Suggestions));
            }
        }
    }

    /// <summary>The message and suggestions for a match of swap <paramref name="pattern"/>, or null when it already reads as the suggestion.</summary>
    private (string Message, string[] Suggestions)? AsVale(string matched, int pattern)
    {
        string observed = matched.Trim();
        string expected = string.Join('|', _replacements[pattern]);
        bool capitalised = observed.Length > 0 && char.IsUpper(observed[0]);
        if (Settings.Capitalize && capitalised)
        {
            expected = CapitalFirst(expected);
        }

        if (expected.Contains('$', StringComparison.Ordinal))
        {
            // The static call reuses the engine's cache of built expressions: a swap with $1 is built once, not per match.
            expected = Regex.Replace(observed, $"(?:{_keys[pattern]})", expected, PatternCompiler.Options(Settings.IgnoreCase) | RegexOptions.Multiline, PatternCompiler.MatchTimeout);
        }

        if (SameAsVale(expected, observed))
        {
            return null;
        }

        var suggestions = expected.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Settings.Capitalize && capitalised ? CapitalFirst(s) : s)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        // With a replace action Vale writes the replacements as a sentence ('a', 'b', or 'c') and drops the quotes
        // the message put around them; otherwise the replacement is shown as the swap gives it.
        string message = Settings.ReplaceAction
            ? MessageTemplate.Format(UnquoteFirst(Message), Sentence(suggestions), observed)
            : MessageTemplate.Format(Message, expected, observed);
        return (message, suggestions);
    }

    private static string Sentence(string[] words) => words.Length switch
    {
        1 => $"'{words[0]}'",
        2 => $"'{words[0]}' or '{words[1]}'",
        _ => string.Join(", ", words[..^1].Select(w => $"'{w}'")) + $", or '{words[^1]}'",
    };

    private static string UnquoteFirst(string message)
    {
        foreach (string quoted in (string[])["'%s'", "\"%s\""])
        {
            int first = message.IndexOf(quoted, StringComparison.Ordinal);
            if (first >= 0 && message.IndexOf(quoted, first + quoted.Length, StringComparison.Ordinal) >= 0)
            {
                return string.Concat(message.AsSpan(0, first), "%s", message.AsSpan(first + quoted.Length));
            }
        }

        return message;
    }

    private static string CapitalFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Vale's matchToken: a plain phrase must be the match exactly; a pattern must match all of it, case included.
    private static bool SameAsVale(string expected, string observed)
    {
        if (expected.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-'))
        {
            return expected == observed;
        }

        try
        {
            return Regex.IsMatch(observed, $"^(?:{expected})$", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);
        }
        catch (ArgumentException)
        {
            return expected == observed;
        }
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        var swap = yaml.Map("swap");
        if (settings.Vale)
        {
            // Vale tries the longest pattern first.
            swap = [.. swap.OrderByDescending(pair => pair.Key.Text.Length)];
        }

        if (swap.Count == 0)
        {
            throw yaml.Missing("swap", "map each pattern to its replacement, e.g. 'lead by: led by'");
        }

        var replacements = swap
            .Select(pair => pair.Value.Text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        for (int i = 0; i < swap.Count; i++)
        {
            if (replacements[i].Length == 0)
            {
                throw new Readers.InputException($"{yaml.DisplayPath}:{swap[i].Value.Line}: the replacement for '{swap[i].Key.Text}' is empty");
            }
        }

        var patterns = swap.Select(pair => pair.Key).ToList();
        return new SubstitutionRule(
            settings,
            Patterns.CompileSet(yaml, patterns, settings),
            replacements,
            Patterns.CompileOptional(yaml, yaml.List("exceptions"), settings),
            [.. patterns.Select(p => p.Text)]);
    }
}
