using PaperLint.Core.Config;

namespace PaperLint.Samples.Plugin;

/// <summary>
/// <c>sample:</c> in <c>.paperlint.yml</c>. A plug-in owns its section as a shipped family does: the loader finds
/// this class (public, with a parameterless constructor) and hands it the section of every file that has one.
/// </summary>
public sealed class SampleSection : ConfigSection<SampleSettings>
{
    public override string Key => "sample";

    public override SampleSettings Default => SampleSettings.Default;

    public override SampleSettings Read(ConfigNode node, SampleSettings inherited)
    {
        var settings = inherited;
        foreach (var (name, value) in node.Entries())
        {
            settings = name switch
            {
                "maxWords" => settings with { MaxWords = value.AsPositiveInt() },
                _ => throw value.UnknownKey("maxWords"),
            };
        }

        return settings;
    }
}
