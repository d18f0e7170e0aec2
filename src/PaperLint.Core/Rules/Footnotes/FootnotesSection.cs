using PaperLint.Core.Config;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary><c>footnotes:</c> <c>restart</c> and <c>manualMarkers</c>.</summary>
internal sealed class FootnotesSection : ConfigSection<FootnoteOptions>
{
    public override string Key => "footnotes";

    public override FootnoteOptions Default => FootnoteOptions.Default;

    public override FootnoteOptions Read(ConfigNode node, FootnoteOptions inherited)
    {
        var options = inherited;
        foreach (var (name, value) in node.Entries())
        {
            switch (name)
            {
                case "restart":
                    string restart = value.AsString();
                    options = options with
                    {
                        Restart = restart.ToLowerInvariant() switch
                        {
                            "never" => NumberingRestart.Never,
                            "chapter" => NumberingRestart.Chapter,
                            "section" => NumberingRestart.Section,
                            _ => throw value.Error($"'{restart}' is not a restart setting; use never, chapter or section"),
                        },
                    };
                    break;
                case "manualMarkers":
                    var styles = new HashSet<MarkerStyle>();
                    foreach (var marker in value.AsList())
                    {
                        styles.Add(FootnoteOptions.MarkerNames.TryGetValue(marker, out var style)
                            ? style
                            : throw value.Error($"'{marker}' is not a marker style; use {string.Join(", ", FootnoteOptions.MarkerNames.Keys)}"));
                    }

                    options = options with { ManualMarkers = styles };
                    break;
                default:
                    throw value.UnknownKey("restart", "manualMarkers");
            }
        }

        return options;
    }
}
