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
                    options = options with { Prefer = [.. value.AsList(), .. inherited.Prefer] };
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
