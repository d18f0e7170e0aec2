namespace PaperLint.Core.Packs;

/// <summary>
/// Vale's built-in style, named <c>Vale</c> in <c>BasedOnStyles</c>: <c>Vale.Repetition</c> (a word written twice),
/// <c>Vale.Terms</c> (an accepted vocabulary term written in another case) and <c>Vale.Avoid</c> (a rejected term),
/// defined as Vale defines them and read as Vale rules.
/// </summary>
internal static class ValeBuiltInStyle
{
    public const string Name = "Vale";

    public static RulePack Create(string iniPath, IReadOnlyList<string> accept, IReadOnlyList<string> reject)
    {
        string where = $"{iniPath} (Vale's built-in style)";
        var rules = new List<Rules.IRule>
        {
            RuleParser.Parse(Name, "Repetition", "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\nalpha: true\ntokens: ['[^\\s]+']\n", where, vale: true),
        };

        // Vale.Terms swaps the lower-case form of each accepted term that is a plain phrase for the term as written.
        // Keyed by the lower-case form, as Vale's map is: a later term of the same letters wins.
        var swapsByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string term in accept.Where(IsPhrase))
        {
            swapsByKey[term.ToLowerInvariant()] = term;
        }

        if (swapsByKey.Count > 0)
        {
            string swaps = string.Concat(swapsByKey.Select(p => $"  {Quote(p.Key)}: {Quote(p.Value)}\n"));
            rules.Add(RuleParser.Parse(Name, "Terms", $"extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nvocab: false\nswap:\n{swaps}", where, vale: true));
        }

        if (reject.Count > 0)
        {
            string tokens = string.Concat(reject.Select(r => $"  - {Quote(r)}\n"));
            rules.Add(RuleParser.Parse(Name, "Avoid", $"extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n{tokens}", where, vale: true, vocabulary: accept));
        }

        return new RulePack(Name, rules, where);
    }

    // Vale's IsPhrase: letters, digits, spaces and hyphens only.
    private static bool IsPhrase(string term) => term.Length > 0 && term.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-');

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
