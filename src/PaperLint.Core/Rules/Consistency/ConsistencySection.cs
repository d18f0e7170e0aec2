using PaperLint.Core.Config;

namespace PaperLint.Core.Rules.Consistency;

/// <summary><c>consistency:</c> <c>prefer</c> and <c>titlesAndQuotations</c>.</summary>
internal sealed class ConsistencySection : ConfigSection<ConsistencyOptions>
{
    private static readonly Dictionary<string, bool> QuotedSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["exclude"] = false,
        ["count"] = true,
    };

    public override string Key => "consistency";

    public override ConsistencyOptions Default => ConsistencyOptions.Default;

    public override ConsistencyOptions Read(ConfigNode node, ConsistencyOptions inherited)
    {
        var options = inherited;
        foreach (var (name, value) in node.Entries())
        {
            switch (name)
            {
                case "prefer":
                    // The nearer file's preferences come first, so they win where both name a form of one group.
                    var prefer = value.AsList();
                    for (int i = 1; i < prefer.Count; i++)
                    {
                        // "prefer: [November 6, 1918]" is two entries to YAML: the date it meant is lost.
                        if (prefer[i].Length == 4 && prefer[i].All(char.IsAsciiDigit) && prefer[i - 1].Any(char.IsLetter) && char.IsAsciiDigit(prefer[i - 1][^1]))
                        {
                            throw value.Error($"'{prefer[i - 1]}' and '{prefer[i]}' are two entries: YAML splits a [list] at its commas; quote the date: ['{prefer[i - 1]}, {prefer[i]}']");
                        }
                    }

                    options = options with { Prefer = [.. prefer, .. inherited.Prefer] };
                    break;
                case "titlesAndQuotations":
                    string setting = value.AsString();
                    options = options with
                    {
                        CountQuoted = QuotedSettings.TryGetValue(setting, out bool count)
                            ? count
                            : throw value.Error($"'{setting}' is not a setting for titles and quotations; use exclude or count"),
                    };
                    break;
                default:
                    throw value.UnknownKey("prefer", "titlesAndQuotations");
            }
        }

        return options;
    }
}
