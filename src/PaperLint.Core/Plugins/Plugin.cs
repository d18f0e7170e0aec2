using PaperLint.Core.Config;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Plugins;

/// <summary>A rule assembly that was loaded: where it came from, its rules, and the configuration sections it owns.</summary>
public sealed class Plugin
{
    internal Plugin(string path, IReadOnlyList<IRule> rules, IReadOnlyList<IConfigSection> sections)
    {
        Path = path;
        Rules = rules;
        Sections = sections;
    }

    /// <summary>The assembly's full path.</summary>
    public string Path { get; }

    /// <summary>One instance of every public, non-abstract <see cref="IRule"/> with a parameterless constructor.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>The keys of the configuration sections the plug-in owns.</summary>
    public IEnumerable<string> SectionKeys => Sections.Select(s => s.Key);

    internal IReadOnlyList<IConfigSection> Sections { get; }
}
