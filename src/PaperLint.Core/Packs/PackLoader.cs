using System.Reflection;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>
/// Loads rule packs in Vale's style format: a pack is a folder, each <c>*.yml</c>/<c>*.yaml</c> file in it
/// is one rule, and the rule id is <c>Folder.File</c> (<c>rules/Typos/LeadBy.yml</c> is <c>Typos.LeadBy</c>).
/// Every problem with a pack is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class PackLoader
{
    /// <summary>What <see cref="RulePack.Origin"/> says for the packs that ship inside the tool.</summary>
    public const string BuiltIn = "built-in";

    private const string ResourcePrefix = "rules/";

    private static readonly Lazy<IReadOnlyList<RulePack>> Shipped = new(LoadEmbedded);

    /// <summary>The packs shipped in <c>rules/</c>, read from this assembly's resources once per process.</summary>
    public static IReadOnlyList<RulePack> LoadShipped() => Shipped.Value;

    /// <summary>One pack from a folder of YAML files; the folder's name is the pack's name.</summary>
    /// <param name="packFolder">The folder.</param>
    /// <param name="strict">
    /// When false, a rule that uses a Vale kind, key or scope PaperLint does not implement is left out and named in
    /// <see cref="RulePack.Skipped"/>; when true, it stops the load like a malformed rule.
    /// </param>
    /// <param name="vale">True for a style a <c>.vale.ini</c> brings in: its rules match as Vale's do.</param>
    /// <param name="vocabulary">A Vale style's accepted words, added to the exceptions of each rule that does not say <c>vocab: false</c>.</param>
    public static RulePack LoadFolder(string packFolder, bool strict = false, bool vale = false, IReadOnlyList<string>? vocabulary = null)
    {
        if (!Directory.Exists(packFolder))
        {
            throw new InputException(File.Exists(packFolder) ? $"{packFolder}: a rule pack is a folder of .yml files, not a file" : $"{packFolder}: no such folder");
        }

        var files = RuleFiles(packFolder);
        if (files.Count == 0)
        {
            throw new InputException($"{packFolder}: no rule files (*.yml) in this folder");
        }

        string name = FolderName(packFolder);
        CheckName(name, packFolder, "a pack's folder name");
        var rules = new List<IRule>();
        var skipped = new List<(string, string)>();
        foreach (var file in files)
        {
            string ruleName = Path.GetFileNameWithoutExtension(file);
            CheckName(ruleName, file, "a rule's file name");
            try
            {
                rules.Add(RuleParser.Parse(name, ruleName, ReadText(file), file, vale, vocabulary));
            }
            catch (UnsupportedRuleException e)
            {
                if (strict)
                {
                    throw new InputException(e.Message + " (--strict)", e);
                }

                skipped.Add(($"{name}.{ruleName}", $"{e.Message}; {name}.{ruleName} is skipped"));
            }
        }

        return new RulePack(name, rules, packFolder) { Skipped = skipped };
    }

    /// <summary>
    /// The packs under a path given with <c>--rules</c>: the folder itself when it holds YAML files,
    /// otherwise each subfolder that does (like Vale's StylesPath).
    /// </summary>
    public static IReadOnlyList<RulePack> LoadPath(string path, bool strict = false, bool vale = false, IReadOnlyList<string>? vocabulary = null)
    {
        if (!Directory.Exists(path))
        {
            throw new InputException(File.Exists(path) ? $"{path}: not a folder; give the folder of a rule pack, or a folder of packs" : $"{path}: no such folder");
        }

        if (RuleFiles(path).Count > 0)
        {
            return [LoadFolder(path, strict, vale, vocabulary)];
        }

        var packs = Directory.GetDirectories(path)
            .Order(StringComparer.Ordinal)
            .Where(folder => RuleFiles(folder).Count > 0)
            .Select(folder => LoadFolder(folder, strict, vale, vocabulary))
            .ToList();
        return packs.Count > 0
            ? packs
            : throw new InputException($"{path}: no rule packs here (expected .yml files, or folders of them)");
    }

    /// <summary>Parses one rule file's text; <paramref name="displayPath"/> is what error messages name.</summary>
    internal static IRule ParseRule(string packName, string ruleName, string yaml, string displayPath, bool trusted = false) =>
        RuleParser.Parse(packName, ruleName, yaml, displayPath, trusted: trusted);

    /// <summary>The shipped rule files as embedded: pack, rule, display path (<c>rules/Typos/LeadBy.yml</c>) and text.</summary>
    internal static IReadOnlyList<(string Pack, string Rule, string DisplayPath, string Text)> ShippedFiles()
    {
        var assembly = typeof(PackLoader).Assembly;
        var files = new List<(string, string, string, string)>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the platform's separator, so a Windows build names "rules/Typos\LeadBy.yml".
            string name = resource.Replace('\\', '/');
            string[] parts = name.Split('/');
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || parts.Length != 3 || !IsYaml(name))
            {
                continue;
            }

            files.Add((parts[1], Path.GetFileNameWithoutExtension(parts[2]), name, ReadResource(assembly, resource)));
        }

        return [.. files.OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal)];
    }

    // From the rules compiled into the tool: no YAML is parsed at start-up (see CompiledRules).
    private static IReadOnlyList<RulePack> LoadEmbedded() =>
        [.. CompiledRules.Read()
            .GroupBy(f => f.Pack)
            .Select(pack => new RulePack(
                pack.Key,
                [.. pack.Select(f => (IRule)RuleParser.Parse(f.Pack, f.Rule, RuleYaml.From(f.Root, f.DisplayPath), trusted: true))],
                BuiltIn))];

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"resource {resource} listed but not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<string> RuleFiles(string folder) =>
        [.. Directory.GetFiles(folder).Where(f => IsYaml(f) && !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)];

    private static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static string FolderName(string folder) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    // Names become rule ids (Pack.Rule), which users type in configuration files.
    private static void CheckName(string name, string path, string what)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new InputException($"{path}: {what} becomes part of the rule id; use only letters, digits, '-' and '_' (found '{name}')");
        }
    }

    private static string ReadText(string file)
    {
        try
        {
            return Readers.RegularFile.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot be read ({e.Message})", e);
        }
    }
}
