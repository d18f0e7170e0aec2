using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Packs.Spelling;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Kinds;

/// <summary>
/// <c>extends: spelling</c>: reports each word that none of the rule's Hunspell dictionaries accepts. As in Vale,
/// <c>dictionaries</c> names .dic/.aff pairs found in <c>dicpath</c> (absolute, or relative to StylesPath, the folder
/// that holds the style), in StylesPath's <c>config/dictionaries</c> or in <c>$DICPATH</c>; <c>aff</c> and <c>dic</c>
/// name one pair by path; <c>ignore</c> names word lists (one word a line, relative to StylesPath or its
/// <c>config/ignore</c>); <c>filters</c> are patterns of words to skip; and unless <c>custom: true</c>, Vale's own
/// filters skip camelCase words, words ending in capitals and words with anything but ASCII letters, <c>_</c> and
/// <c>'</c>. The message's <c>%s</c> is the word. PaperLint ships no dictionary, so a rule that relies on Vale's
/// built-in en_US (no dictionaries, or <c>append: true</c>) is skipped.
/// </summary>
/// <example>
/// <code>
/// extends: spelling
/// message: "'%s' is not in the dictionary; correct it or add it to ignore/terms.txt"
/// dicpath: dictionaries
/// dictionaries: [en_GB]
/// ignore: ignore/terms.txt
/// </code>
/// </example>
internal sealed partial class SpellingRule : PackRule
{
    internal static readonly PackKind Definition = new("spelling", ["dicpath", "dictionaries", "aff", "dic", "custom", "append", "ignore", "filters", "threshold"], Create);

    private static readonly Regex[] ValeFilters = [MixedCase(), EndsInCapitals(), NotPlainWord()];

    private readonly IReadOnlyList<(string Dic, string Aff)> _dictionaries;
    private readonly HunspellDictionary _ignored;
    private readonly IReadOnlyList<Regex> _filters;

    private SpellingRule(PackRuleSettings settings, IReadOnlyList<(string, string)> dictionaries, HunspellDictionary ignored, IReadOnlyList<Regex> filters)
        : base(settings)
    {
        _dictionaries = dictionaries;
        _ignored = ignored;
        _filters = filters;
    }

    public override string Kind => Definition.Name;

    internal override IEnumerable<PatternSet> PatternSets => [];

    private protected override void Collect(Document document, LintContext context, List<Finding> findings)
    {
        HunspellDictionary[]? dictionaries = null;
        foreach (var block in document.Blocks.Concat(ValeAltTexts(document)))
        {
            foreach (var (start, length) in SpellingTokens.Of(block.Text))
            {
                string word = SpellingTokens.Normalise(block.Text.Substring(start, length));
                if (Skipped(word) || !InScope(context, block, start, length))
                {
                    continue;
                }

                dictionaries ??= [.. _dictionaries.Select(d => DictionaryCache.Get(d.Dic, d.Aff))];
                if (Accepts(dictionaries, word))
                {
                    continue;
                }

                var suggestions = Suggestions.For(word, string.Concat(dictionaries.Select(d => d.Try)), w => Accepts(dictionaries, w));
                findings.Add(FindingAt(document, block, start, length, context, MessageTemplate.Format(Message, word), suggestions));
            }
        }
    }

    // A word with a digit is a number, a unit (100GB), a version or a hash: Vale accepts or filters those, and so
    // never reports one.
    private bool Skipped(string word) => word.Any(char.IsDigit) || _filters.Any(f => f.IsMatch(word));

    private bool Accepts(HunspellDictionary[] dictionaries, string word)
    {
        if (_ignored.Check(word) || dictionaries.Any(d => d.Check(word)))
        {
            return true;
        }

        // An abbreviation kept whole (e.g., Mr.) is also a word without its dots.
        string bare = word.TrimEnd('.');
        return bare.Length > 0 && bare.Length < word.Length && (_ignored.Check(bare) || dictionaries.Any(d => d.Check(bare)));
    }

    private static PackRule Create(RuleYaml yaml, PackRuleSettings settings)
    {
        // Vale's StylesPath: the folder that holds the rule's style folder.
        string rulePath = Path.GetFullPath(settings.DisplayPath);
        string stylesPath = Path.GetDirectoryName(Path.GetDirectoryName(rulePath)!) ?? ".";
        var names = yaml.List("dictionaries");
        string? aff = yaml.String("aff"), dic = yaml.String("dic");
        if ((aff is null) != (dic is null))
        {
            throw yaml.Error(yaml.Node(aff is null ? "dic" : "aff")!, "'aff' and 'dic' name one dictionary's two files; give both");
        }

        if (yaml.Bool("append", false))
        {
            throw yaml.Unsupported(yaml.Node("append")!, "'append: true' adds Vale's built-in en_US dictionary, and PaperLint ships no dictionary; name every dictionary in 'dictionaries'");
        }

        if (names.Count == 0 && aff is null)
        {
            throw yaml.Unsupported(yaml.Node("extends")!, "PaperLint ships no dictionary; name one with dicpath/dictionaries");
        }

        var dictionaries = new List<(string, string)>();
        if (aff is not null)
        {
            dictionaries.Add((Asset(yaml, "dic", dic!, stylesPath), Asset(yaml, "aff", aff, stylesPath)));
        }

        var folders = DictionaryFolders(yaml, stylesPath);
        foreach (var name in names)
        {
            string? folder = folders.FirstOrDefault(f => File.Exists(Path.Combine(f, name.Text + ".dic")) && File.Exists(Path.Combine(f, name.Text + ".aff")));
            if (folder is null)
            {
                throw new InputException($"{yaml.DisplayPath}:{name.Line}: dictionary '{name.Text}' not found: no {name.Text}.dic and {name.Text}.aff in {string.Join(", ", folders)}");
            }

            dictionaries.Add((Path.Combine(folder, name.Text + ".dic"), Path.Combine(folder, name.Text + ".aff")));
        }

        var filters = new List<Regex>();
        foreach (var filter in yaml.List("filters"))
        {
            PatternCompiler.Validate(yaml, filter);
            filters.Add(new Regex(filter.Text, RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout));
        }

        if (!yaml.Bool("custom", false))
        {
            filters.AddRange(ValeFilters);
        }

        yaml.Int("threshold", 0, 0, int.MaxValue);
        // A .vale.ini's vocabulary: each accepted term (a pattern, as in Vale) passes as a whole word, in any case.
        foreach (string term in settings.Vocabulary)
        {
            string pattern = PatternCompiler.IsPlain(term) ? Regex.Escape(term) : term;
            try
            {
                filters.Add(new Regex($"^(?i:{pattern})$", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout));
            }
            catch (ArgumentException)
            {
                filters.Add(new Regex($"^(?i:{Regex.Escape(term)})$", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout));
            }
        }

        return new SpellingRule(settings, dictionaries, HunspellDictionary.FromWords(IgnoredWords(yaml, stylesPath)), filters);
    }

    // Where Vale looks for named dictionaries: dicpath (resolved as Vale does), then StylesPath's config/dictionaries
    // (where Vale's documentation puts them), then $DICPATH.
    private static List<string> DictionaryFolders(RuleYaml yaml, string stylesPath)
    {
        var folders = new List<string>();
        if (yaml.String("dicpath") is { Length: > 0 } dicpath)
        {
            string[] candidates = [.. new[] { Path.IsPathRooted(dicpath) ? dicpath : null, Path.Combine(stylesPath, dicpath), Path.GetFullPath(dicpath) }.OfType<string>().Distinct()];
            folders.Add(candidates.FirstOrDefault(Directory.Exists)
                ?? throw yaml.Error(yaml.Node("dicpath")!, $"dicpath '{dicpath}' is not a folder (looked for {string.Join(" and ", candidates)})"));
        }

        folders.Add(Path.Combine(stylesPath, "config", "dictionaries"));
        if (Environment.GetEnvironmentVariable("DICPATH") is { Length: > 0 } environment)
        {
            folders.AddRange(environment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        return folders;
    }

    private static string Asset(RuleYaml yaml, string key, string path, string stylesPath)
    {
        string[] candidates = [.. new[] { Path.IsPathRooted(path) ? path : null, Path.Combine(stylesPath, path), Path.Combine(stylesPath, "config", "dictionaries", path) }.OfType<string>()];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw yaml.Error(yaml.Node(key)!, $"'{key}' file '{path}' not found (looked for {string.Join(" and ", candidates)})");
    }

    private static List<string> IgnoredWords(RuleYaml yaml, string stylesPath)
    {
        var words = new List<string>();
        foreach (var entry in yaml.List("ignore"))
        {
            string[] candidates = [.. new[] { Path.IsPathRooted(entry.Text) ? entry.Text : null, Path.Combine(stylesPath, entry.Text), Path.Combine(stylesPath, "config", "ignore", entry.Text) }.OfType<string>()];
            string file = candidates.FirstOrDefault(File.Exists)
                ?? throw new InputException($"{yaml.DisplayPath}:{entry.Line}: ignore file '{entry.Text}' not found (looked for {string.Join(" and ", candidates)})");
            string text;
            try
            {
                text = RegularFile.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{file}: cannot be read ({e.Message})", e);
            }

            words.AddRange(text.ReplaceLineEndings("\n").Split('\n').Select(w => w.Trim()).Where(w => w.Length > 0 && !w.StartsWith('#')));
        }

        return words;
    }

    // Vale's default filters, which it searches for anywhere in a word, as Go's MatchString does.
    [GeneratedRegex("[A-Z]{1}[a-z]+[A-Z]+[A-Za-z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex MixedCase();

    [GeneratedRegex("[A-Z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsInCapitals();

    [GeneratedRegex("[^a-zA-Z_']", RegexOptions.CultureInvariant)]
    private static partial Regex NotPlainWord();
}
