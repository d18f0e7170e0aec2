namespace PaperLint.Core.Packs;

/// <summary>
/// Vale's built-in style, named <c>Vale</c> in <c>BasedOnStyles</c>: <c>Vale.Repetition</c> (a word written twice),
/// <c>Vale.Terms</c> (an accepted vocabulary term written in another case) and <c>Vale.Avoid</c> (a rejected term),
/// defined as Vale defines them and read as Vale rules; and <c>Vale.Spelling</c> where the system has a Hunspell
/// en_US dictionary (<see cref="SystemDictionaryFolder"/>), since PaperLint ships none of its own.
/// </summary>
internal static class ValeBuiltInStyle
{
    public const string Name = "Vale";

    public static RulePack Create(string iniPath, string? stylesPath, IReadOnlyList<string> accept, IReadOnlyList<string> reject)
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

        string styles = stylesPath ?? Path.GetDirectoryName(Path.GetFullPath(iniPath))!;
        if (EnglishDictionaryFolder(styles) is { } folder)
        {
            rules.Add(Spelling(folder, styles, accept));
        }

        if (reject.Count > 0)
        {
            string tokens = string.Concat(reject.Select(r => $"  - {Quote(r)}\n"));
            rules.Add(RuleParser.Parse(Name, "Avoid", $"extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n{tokens}", where, vale: true, vocabulary: accept));
        }

        return new RulePack(Name, rules, where);
    }

    // As Vale's: en_US, with every dictionary of StylesPath/config/dictionaries and every word list of config/ignore.
    private static PackRule Spelling(string systemFolder, string stylesPath, IReadOnlyList<string> accept)
    {
        string own = Path.Combine(stylesPath, "config", "dictionaries");
        var names = new List<string> { "en_US" };
        if (Directory.Exists(own))
        {
            names.AddRange(Directory.GetFiles(own, "*.dic")
                .Where(dic => File.Exists(Path.ChangeExtension(dic, ".aff")))
                .Select(dic => Path.GetFileNameWithoutExtension(dic))
                .Where(name => name != "en_US")
                .Order(StringComparer.Ordinal));
        }

        string ignoreFolder = Path.Combine(stylesPath, "config", "ignore");
        var ignore = Directory.Exists(ignoreFolder)
            ? Directory.GetFiles(ignoreFolder, "*", Config.ValeIni.Recursive).Order(StringComparer.Ordinal).ToList()
            : [];
        string yaml = $"extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\ndicpath: {Quote(systemFolder)}\n"
            + $"dictionaries: [{string.Join(", ", names.Select(Quote))}]\n"
            + (ignore.Count > 0 ? $"ignore: [{string.Join(", ", ignore.Select(Quote))}]\n" : "");

        // Named as if it lay in StylesPath/Vale, so that its dictionaries and word lists are found from there.
        string where = Path.Combine(stylesPath, Name, "Spelling.yml") + " (Vale's built-in style)";
        return RuleParser.Parse(Name, "Spelling", yaml, where, vale: true, vocabulary: accept);
    }

    /// <summary>
    /// Where <c>Vale.Spelling</c> finds en_US: StylesPath's <c>config/dictionaries</c> when it holds one (as Vale
    /// prefers it to its built-in copy), else the system's; null when neither has it.
    /// </summary>
    public static string? EnglishDictionaryFolder(string stylesPath)
    {
        string own = Path.Combine(stylesPath, "config", "dictionaries");
        return File.Exists(Path.Combine(own, "en_US.dic")) && File.Exists(Path.Combine(own, "en_US.aff")) ? own : SystemDictionaryFolder();
    }

    /// <summary>
    /// The folder of the system's Hunspell en_US dictionary, or null: <c>$DICPATH</c>, then where Linux
    /// distributions and macOS install them.
    /// </summary>
    public static string? SystemDictionaryFolder()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = (Environment.GetEnvironmentVariable("DICPATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/share/hunspell", "/usr/local/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/opt/homebrew/share/hunspell", "/Library/Spelling", Path.Combine(home, "Library", "Spelling")]);
        return candidates.FirstOrDefault(f => File.Exists(Path.Combine(f, "en_US.dic")) && File.Exists(Path.Combine(f, "en_US.aff")));
    }

    // Vale's IsPhrase: letters, digits, spaces and hyphens only.
    private static bool IsPhrase(string term) => term.Length > 0 && term.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-');

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
