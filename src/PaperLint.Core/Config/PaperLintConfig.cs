using PaperLint.Core.Rules;

namespace PaperLint.Core.Config;

/// <summary>The settings of a run, merged from the <c>.paperlint.yml</c> files that apply to a document.</summary>
public sealed record PaperLintConfig
{
    public static PaperLintConfig Default { get; } = new();

    /// <summary>The shipped packs that are on; null means all of them.</summary>
    public IReadOnlyList<string>? Packs { get; init; }

    /// <summary>Extra pack folders (absolute paths), in the order they were named.</summary>
    public IReadOnlyList<string> PackPaths { get; init; } = [];

    /// <summary>Rule assemblies to load (absolute paths), in the order they were named.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Per-rule severity; a null value means the rule is off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleLevels { get; init; } = new Dictionary<string, Severity?>(StringComparer.Ordinal);

    /// <summary>
    /// Families (pack names) whose rules run only where <see cref="EnabledRules"/> or <see cref="RuleLevels"/> turns
    /// them on: the styles of a <c>.vale.ini</c>'s StylesPath, which Vale runs only when <c>BasedOnStyles</c> names them.
    /// </summary>
    public IReadOnlyList<string> GatedFamilies { get; init; } = [];

    /// <summary>The style folders a <c>.vale.ini</c> brings in (also in <see cref="PackPaths"/>): their rules match as Vale's do.</summary>
    public IReadOnlyList<string> ValeStylePaths { get; init; } = [];

    /// <summary>Vale's built-in style (<c>Vale.Repetition</c>, <c>Vale.Terms</c>, <c>Vale.Avoid</c>) for a <c>.vale.ini</c>, or null.</summary>
    internal Packs.RulePack? ValeBuiltInStyle { get; init; }

    /// <summary>The accepted words of a <c>.vale.ini</c>'s vocabularies: exceptions to every rule of its styles, as in Vale.</summary>
    internal IReadOnlyList<string> ValeVocabulary { get; init; } = [];

    /// <summary>
    /// A <c>.vale.ini</c>'s <c>TokenIgnores</c> and <c>BlockIgnores</c>: patterns of a Markdown or text file's source
    /// (math, shortcodes, includes) whose text no rule reports on, as Vale leaves it unread.
    /// </summary>
    internal IReadOnlyList<string> IgnoredSource { get; init; } = [];

    /// <summary>A <c>.vale.ini</c>'s <c>SkippedScopes</c>, <c>IgnoredScopes</c> and <c>IgnoredClasses</c>, or null where it sets none.</summary>
    internal Linting.ValeScopes? ValeScopes { get; init; }

    /// <summary>Families and rule ids turned on at their own level (<c>BasedOnStyles</c>, <c>Style.Rule = YES</c>).</summary>
    public IReadOnlyList<string> EnabledRules { get; init; } = [];

    /// <summary>The Vale configuration that applies (found where no <c>.paperlint.yml</c> is, or named by <c>vale:</c>), or null.</summary>
    public ValeIni? Vale { get; init; }

    /// <summary>True when no <c>.paperlint.yml</c> applies and <see cref="Vale"/> alone says which shipped families run.</summary>
    internal bool ValeOnly { get; init; }

    /// <summary>
    /// The configuration for one document: this one, with the settings of the <c>.vale.ini</c> sections whose glob
    /// matches the file laid over it. Documents with the same <see cref="KeyFor"/> get the same configuration.
    /// </summary>
    public PaperLintConfig ForFile(string fullPath) =>
        // The .vale.ini lies under this configuration: what a .paperlint.yml or the command line sets wins.
        Vale is { } vale ? ConfigLoader.Merge(vale.ConfigFor(fullPath, ValeOnly, Linting.RuleSet.ShippedFamilies), this) with { Vale = null } : this;

    /// <summary>Which file-specific settings apply to a document (empty when none can differ).</summary>
    public string KeyFor(string fullPath) => Vale?.KeyFor(fullPath) ?? "";

    /// <summary>Words and phrases never reported, whatever rule matched them.</summary>
    public IReadOnlyList<string> Accept { get; init; } = [];

    /// <summary>Files never linted (<c>ignore:</c>), each pattern relative to the configuration that names it.</summary>
    public IReadOnlyList<IgnorePattern> Ignore { get; init; } = [];

    /// <summary>True when the <c>ignore:</c> patterns leave this file out.</summary>
    public bool IsIgnored(string fullPath) => Ignore.Count > 0 && IgnorePattern.IsIgnored(Ignore, fullPath);

    /// <summary>The level set by a file (<c>minLevel:</c>) or the command line, or null when none did.</summary>
    public Severity? MinLevelSetting { get; init; }

    /// <summary>Findings below this level are not reported.</summary>
    public Severity MinLevel => MinLevelSetting ?? Severity.Suggestion;

    /// <summary>The sections (<c>footnotes:</c>, <c>consistency:</c>, a plug-in's, …) as the files wrote them, farther files first.</summary>
    public IReadOnlyList<ConfigNode> Sections { get; init; } = [];

    /// <summary>Bibliography files given on the command line (<c>--bibliography</c>): they win over the files' <c>attribution: bibliography:</c>.</summary>
    public IReadOnlyList<Bibliographies.BibliographyFile> Bibliography { get; init; } = [];

    /// <summary>When true (<c>--strict</c>), a rule file using a Vale feature PaperLint does not implement stops the run instead of being skipped with a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>Lines to show the user without stopping the run, such as a <c>.vale.ini</c> setting PaperLint does not apply (file:line: what).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The files this configuration was read from, nearest last (empty for the defaults).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Where each name in <c>rules:</c> and <c>packs:</c> was given ("path:line"), for the error that names an unknown one.</summary>
    internal IReadOnlyDictionary<string, string> NameSources { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where a name of <c>rules:</c> (<paramref name="kind"/> "rules") or <c>packs:</c> was given, else the nearest file.</summary>
    internal string SourceOf(string kind, string name) =>
        NameSources.TryGetValue(kind + ":" + name, out var source) ? source : Sources.Count > 0 ? Sources[^1] : ".paperlint.yml";

    /// <summary>The settings of one shipped section (<c>Section&lt;FootnoteOptions&gt;()</c>), as the files leave it.</summary>
    public T Section<T>()
        where T : class => Settings().Get<T>();

    /// <summary>The settings of the shipped sections.</summary>
    public LintSettings Settings() => Settings([]);

    /// <summary>The settings of the shipped sections and of <paramref name="extra"/> (a plug-in's).</summary>
    /// <exception cref="Readers.InputException">A file names a section that none of them owns.</exception>
    internal LintSettings Settings(IReadOnlyList<IConfigSection> extra)
    {
        var settings = LintSettings.Resolve([.. ConfigSections.BuiltIn, .. extra], Sections);
        return Bibliography.Count == 0
            ? settings
            : settings.With(settings.Get<Citations.AttributionOptions>() with { Bibliography = Bibliography });
    }
}
