using System.Text;
using System.Text.RegularExpressions;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Config;

/// <summary>
/// A Vale configuration (<c>.vale.ini</c> or <c>_vale.ini</c>), read so that a folder set up for Vale lints the same
/// way here: <c>StylesPath</c> gives the rule packs, <c>BasedOnStyles</c> and <c>Style.Rule = YES|NO|level</c> turn
/// them on and off, globally or for the files a <c>[glob]</c> section matches, <c>MinAlertLevel</c> sets the floor,
/// and <c>Vocab</c> adds the words of its <c>accept.txt</c> to <c>accept:</c>. Settings PaperLint does not apply are
/// named once, as warnings, with their file and line.
/// </summary>
public sealed partial class ValeIni
{
    /// <summary>The names Vale looks for in a folder, in order.</summary>
    internal static readonly string[] FileNames = [".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale"];

    // Keys that change how Vale reads or shows files, or fetch packages, and change nothing PaperLint reports.
    private static readonly string[] IgnoredKeys = ["Packages", "NLPEndpoint", "WordTemplate", "Lang", "Transform", "CommentDelimiters"];

    private readonly List<Section> _sections = [];

    // SkippedScopes, IgnoredScopes and IgnoredClasses as given (core options, so above the first section).
    private readonly Dictionary<string, string[]> _scopes = new(StringComparer.Ordinal);
    private readonly Section _global;

    private ValeIni(string path)
    {
        Path = path;
        _global = new Section(null, 0);
    }

    /// <summary>The file this configuration was read from.</summary>
    public string Path { get; }

    /// <summary>The folder of rule packs (<c>StylesPath</c>, absolute), or null when the file sets none.</summary>
    public string? StylesPath { get; private set; }

    /// <summary>Findings below this level are not reported (<c>MinAlertLevel</c>).</summary>
    public Severity? MinAlertLevel { get; private set; }

    /// <summary>The words of the vocabularies' <c>accept.txt</c> files.</summary>
    public IReadOnlyList<string> Accept { get; private set; } = [];

    /// <summary>The words of the vocabularies' <c>reject.txt</c> files, which <c>Vale.Avoid</c> reports.</summary>
    public IReadOnlyList<string> Reject { get; private set; } = [];

    private Packs.RulePack? _builtIn;

    /// <summary>
    /// Vale's built-in style, <c>Vale</c>: <c>Vale.Repetition</c>, and from the vocabularies <c>Vale.Terms</c> (an
    /// accepted term written in another case) and <c>Vale.Avoid</c> (a rejected term). <c>Vale.Spelling</c> needs
    /// Vale's own dictionary, which PaperLint does not ship.
    /// </summary>
    internal Packs.RulePack BuiltInStyle => Volatile.Read(ref _builtIn) ?? LazyInitializer.EnsureInitialized(ref _builtIn, () => Packs.ValeBuiltInStyle.Create(Path, StylesPath, Accept, Reject));

    /// <summary>Settings read but not applied, one line each (file:line: what).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    private readonly List<string> _warnings = [];

    private int _minAlertLevelLine;

    /// <summary>Reads a Vale configuration file.</summary>
    /// <exception cref="InputException">The file cannot be read or is malformed; the message names the file and line.</exception>
    public static ValeIni Load(string path)
    {
        string text;
        try
        {
            text = RegularFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the Vale configuration ({e.Message})");
        }

        return Parse(text, path);
    }

    /// <summary>Reads a Vale configuration from its text; <paramref name="path"/> places relative paths and names the file in messages.</summary>
    public static ValeIni Parse(string text, string path)
    {
        var ini = new ValeIni(path);
        var section = ini._global;
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var vocabularies = new List<(string Name, int Line)>();
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (line[^1] != ']' || line.Length < 3)
                {
                    throw new InputException($"{path}:{lineNumber}: a section header is a glob in brackets, such as [*.md]");
                }

                string glob = line[1..^1].Trim();
                if (glob == "formats")
                {
                    // Vale's [formats] maps file extensions onto the formats it reads ("mdx = md"); PaperLint reads
                    // Markdown, text and Word files by their own extensions.
                    section = new Section(null, lineNumber) { Ignored = true };
                    continue;
                }

                section = new Section(GlobRegex(glob, path, lineNumber), lineNumber);
                ini._sections.Add(section);
                continue;
            }

            int eq = line.IndexOf('=');
            if (eq <= 0)
            {
                throw new InputException($"{path}:{lineNumber}: expected 'Key = value', not '{line}'");
            }

            string key = line[..eq].Trim();
            string value = line[(eq + 1)..].Trim();
            if (section.Ignored)
            {
                continue;
            }

            switch (key)
            {
                case "StylesPath" when section == ini._global:
                    ini.StylesPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, value));
                    break;
                case "MinAlertLevel" when section == ini._global:
                    ini._minAlertLevelLine = lineNumber;
                    ini.MinAlertLevel = SeverityNames.TryParse(value, out var level)
                        ? level
                        : throw new InputException($"{path}:{lineNumber}: MinAlertLevel '{value}' is not a level; use suggestion, warning or error");
                    break;
                case "Vocab" when section == ini._global:
                    vocabularies.AddRange(List(value).Select(v => (v, lineNumber)));
                    break;
                case "SkippedScopes" or "IgnoredScopes" or "IgnoredClasses" when section == ini._global:
                    ini._scopes[key] = [.. List(value)];
                    break;
                case "StylesPath" or "MinAlertLevel" or "Vocab" or "SkippedScopes" or "IgnoredScopes" or "IgnoredClasses":
                    throw new InputException($"{path}:{lineNumber}: '{key}' is a core option; put it above the first [section]");
                case "BasedOnStyles":
                    section.Styles.AddRange(List(value).Where(s => !section.Styles.Contains(s, StringComparer.Ordinal)));
                    break;
                case "TokenIgnores" or "BlockIgnores" or "IgnorePatterns":
                    foreach (string pattern in List(value))
                    {
                        section.Ignores.Add(CheckedPattern(pattern, key, path, lineNumber));
                    }

                    break;
                default:
                    if (key.Contains('.', StringComparison.Ordinal))
                    {
                        section.Rules.Add((key, RuleValue(key, value, path, lineNumber)));
                    }
                    else if (!IgnoredKeys.Contains(key, StringComparer.Ordinal))
                    {
                        ini._warnings.Add($"{path}:{lineNumber}: '{key}' is not applied by PaperLint (it reads StylesPath, MinAlertLevel, Vocab, BasedOnStyles and Style.Rule settings)");
                    }

                    break;
            }
        }

        if (ini.StylesPath is null && (ini._global.Styles.Count > 0 || ini._sections.Any(s => s.Styles.Count > 0)))
        {
            ini.StylesPath = folder;
        }

        (ini.Accept, ini.Reject) = ReadVocabularies(ini, vocabularies);
        return ini;
    }

    /// <summary>
    /// The style folders under <see cref="StylesPath"/> that this file names (in a <c>BasedOnStyles</c> or a
    /// <c>Style.Rule</c> setting), whose rules run only where it turns them on. Other folders there are not read.
    /// </summary>
    public IReadOnlyList<string> StyleFolders
    {
        get
        {
            if (StylesPath is not { } styles)
            {
                return [];
            }

            var named = _sections.Prepend(_global)
                .SelectMany(s => s.Styles.Concat(s.Rules.Select(r => r.Rule[..r.Rule.IndexOf('.', StringComparison.Ordinal)])))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            return [.. named.Select(name => System.IO.Path.Combine(styles, name)).Where(Directory.Exists)];
        }
    }

    /// <summary>The styles on for a file: those of the global <c>BasedOnStyles</c> and of every section whose glob matches it.</summary>
    public IReadOnlyList<string> StylesFor(string fullPath) =>
        [.. SectionsFor(fullPath).SelectMany(s => s.Styles).Distinct(StringComparer.Ordinal)];

    /// <summary>Which sections apply to a file, as a key: files with the same key are linted with the same rules.</summary>
    public string KeyFor(string fullPath) => string.Join(',', SectionsFor(fullPath).Select(s => s.Line));

    /// <summary>
    /// The configuration for one file: the styles' rules gated by <c>BasedOnStyles</c> and rule settings (later
    /// sections winning), shipped families on only when a <c>BasedOnStyles</c> names them.
    /// </summary>
    /// <param name="fullPath">The document.</param>
    /// <param name="standalone">True when no <c>.paperlint.yml</c> applies, so this file alone says which shipped families run.</param>
    internal PaperLintConfig ConfigFor(string fullPath, bool standalone, IReadOnlyCollection<string> shippedFamilies)
    {
        var styles = StylesFor(fullPath);
        var levels = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var enabled = new List<string>(styles);
        foreach (var section in SectionsFor(fullPath))
        {
            foreach (var (rule, value) in section.Rules)
            {
                if (value is RuleSwitch.On)
                {
                    levels.Remove(rule);
                    enabled.Add(rule);
                }
                else
                {
                    levels[rule] = value is RuleSwitch.Off ? null : (Severity)value;
                }
            }
        }

        var folders = StyleFolders.Select(f => System.IO.Path.GetFileName(f)!).ToList();
        var missing = styles.Where(s => !folders.Contains(s, StringComparer.Ordinal) && !shippedFamilies.Contains(s))
            .Where(s => s != Packs.ValeBuiltInStyle.Name)
            .Select(s => $"{Path}: style '{s}' in BasedOnStyles is neither a folder of StylesPath ({StylesPath}) nor a PaperLint family");
        if (styles.Contains(Packs.ValeBuiltInStyle.Name, StringComparer.Ordinal) && Packs.ValeBuiltInStyle.EnglishDictionaryFolder(StylesPath ?? System.IO.Path.GetDirectoryName(Path)!) is null)
        {
            missing = missing.Append($"{Path}: Vale.Spelling is not run: it needs an en_US Hunspell dictionary, and none is installed (PaperLint looks in $DICPATH and /usr/share/hunspell; Debian and Ubuntu: apt install hunspell-en-us)");
        }

        return new PaperLintConfig
        {
            Packs = standalone ? [.. styles.Where(shippedFamilies.Contains)] : null,
            PackPaths = StyleFolders,
            ValeStylePaths = StyleFolders,
            GatedFamilies = [.. StyleFolders.Select(f => System.IO.Path.GetFileName(f)!), Packs.ValeBuiltInStyle.Name],
            ValeBuiltInStyle = BuiltInStyle,
            ValeVocabulary = Accept,
            EnabledRules = enabled,
            RuleLevels = levels,
            // Vale's default floor is warning: suggestions are shown only where MinAlertLevel asks for them.
            MinLevelSetting = MinAlertLevel ?? (standalone ? Severity.Warning : null),
            Accept = Accept,
            IgnoredSource = [.. SectionsFor(fullPath).SelectMany(s => s.Ignores).Distinct(StringComparer.Ordinal)],
            ValeScopes = _scopes.Count == 0 ? null : new Linting.ValeScopes(
                _scopes.GetValueOrDefault("SkippedScopes") ?? Linting.ValeScopes.DefaultSkipped,
                _scopes.GetValueOrDefault("IgnoredScopes") ?? Linting.ValeScopes.DefaultIgnored,
                _scopes.GetValueOrDefault("IgnoredClasses") ?? []),
            Sources = [Path],
            NameSources = MinAlertLevel is not null ? new Dictionary<string, string>(StringComparer.Ordinal) { ["minLevel"] = $"{Path}:{_minAlertLevelLine}: MinAlertLevel" }
                : standalone ? new Dictionary<string, string>(StringComparer.Ordinal) { ["minLevel"] = $"{Path}: Vale's default, as MinAlertLevel is not set" }
                : new Dictionary<string, string>(StringComparer.Ordinal),
            Warnings = [.. Warnings, .. missing],
        };
    }

    private IEnumerable<Section> SectionsFor(string fullPath)
    {
        yield return _global;
        string path = fullPath.Replace('\\', '/');
        foreach (var section in _sections)
        {
            if (section.Pattern!.IsMatch(path))
            {
                yield return section;
            }
        }
    }

    private static (List<string> Accept, List<string> Reject) ReadVocabularies(ValeIni ini, List<(string Name, int Line)> vocabularies)
    {
        var accept = new List<string>();
        var reject = new List<string>();
        foreach (var (name, line) in vocabularies)
        {
            string? folder = ini.StylesPath is { } styles
                ? new[] { System.IO.Path.Combine(styles, "config", "vocabularies", name), System.IO.Path.Combine(styles, "Vocab", name) }.FirstOrDefault(Directory.Exists)
                : null;
            if (folder is null)
            {
                throw new InputException($"{ini.Path}:{line}: vocabulary '{name}' not found (expected a folder config/vocabularies/{name} under StylesPath)");
            }

            foreach (string file in Directory.GetFiles(folder, "*.txt", Recursive).Order(StringComparer.Ordinal))
            {
                string fileName = System.IO.Path.GetFileName(file);
                if (fileName == "accept.txt")
                {
                    accept.AddRange(WordList(file));
                }
                else if (fileName == "reject.txt")
                {
                    reject.AddRange(WordList(file));
                }
            }
        }

        return (accept, reject);
    }

    private static string CheckedPattern(string pattern, string key, string path, int line)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return pattern;
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{path}:{line}: {key}: '{pattern}' is not a valid regular expression ({e.Message})");
        }
    }

    /// <summary>Every file below a folder but hidden ones, links to folders not followed (as .NET's enumeration does on Unix; said here for every platform).</summary>
    internal static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };

    private static List<string> WordList(string file)
    {
        try
        {
            return [.. RegularFile.ReadAllText(file).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot read the vocabulary ({e.Message})");
        }
    }

    private static List<string> List(string value) =>
        [.. value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0)];

    private static int RuleValue(string key, string value, string path, int line) => value switch
    {
        "YES" => RuleSwitch.On,
        "NO" => RuleSwitch.Off,
        _ when SeverityNames.TryParse(value, out var level) => (int)level,
        _ => throw new InputException($"{path}:{line}: '{key} = {value}': use YES, NO, suggestion, warning or error"),
    };

    // Vale's globs: '*' matches across folders, '{a,b}' either, '[abc]' a class; matched against the whole path's end.
    private static Regex GlobRegex(string glob, string path, int line)
    {
        var sb = new StringBuilder("(?:^|/)");
        int depth = 0;
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            switch (c)
            {
                case '*':
                    sb.Append(".*");
                    while (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        i++;
                    }

                    break;
                case '?':
                    sb.Append('.');
                    break;
                case '{':
                    depth++;
                    sb.Append("(?:");
                    break;
                case '}' when depth > 0:
                    depth--;
                    sb.Append(')');
                    break;
                case ',' when depth > 0:
                    sb.Append('|');
                    break;
                case '[':
                    int close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw new InputException($"{path}:{line}: the glob '{glob}' has a '[' without its ']'");
                    }

                    string set = glob[(i + 1)..close];
                    sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (depth != 0)
        {
            throw new InputException($"{path}:{line}: the glob '{glob}' has a '{{' without its '}}'");
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static class RuleSwitch
    {
        public const int On = -1;
        public const int Off = -2;
    }

    private sealed class Section(Regex? pattern, int line)
    {
        public Regex? Pattern { get; } = pattern;

        public int Line { get; } = line;

        /// <summary>True for a section whose keys are not rule settings (<c>[formats]</c>).</summary>
        public bool Ignored { get; init; }

        public List<string> Styles { get; } = [];

        /// <summary>The section's <c>TokenIgnores</c> and <c>BlockIgnores</c>: text in a file's source that no rule reads.</summary>
        public List<string> Ignores { get; } = [];

        public List<(string Rule, int Value)> Rules { get; } = [];
    }
}
