using PaperLint.Core.Config;

namespace PaperLint.Core.Citations;

/// <summary><c>quotations:</c> <c>minWords</c> and <c>check</c>; shared by every rule, since all of them agree on what a quotation is.</summary>
internal sealed class QuotationsSection : ConfigSection<QuotationSettings>
{
    public override string Key => "quotations";

    public override QuotationSettings Default => QuotationSettings.Default;

    public override QuotationSettings Read(ConfigNode node, QuotationSettings inherited)
    {
        var settings = inherited;
        foreach (var (name, value) in node.Entries())
        {
            settings = name switch
            {
                "minWords" => settings with { MinWords = value.AsPositiveInt() },
                "check" => settings with { Check = value.AsBool() },
                _ => throw value.UnknownKey("minWords", "check"),
            };
        }

        return settings;
    }
}
