using PaperLint.Core.Citations;
using PaperLint.Core.Config;

namespace PaperLint.Core.Rules.Attribution;

/// <summary><c>attribution:</c> <c>referenceHeadings</c>, <c>style</c> and <c>bibliography</c>.</summary>
internal sealed class AttributionSection : ConfigSection<AttributionOptions>
{
    public override string Key => "attribution";

    public override AttributionOptions Default => AttributionOptions.Default;

    public override AttributionOptions Read(ConfigNode node, AttributionOptions inherited)
    {
        var options = inherited;
        foreach (var (name, value) in node.Entries())
        {
            switch (name)
            {
                case "referenceHeadings":
                    var headings = value.AsList();
                    options = options with
                    {
                        ReferenceHeadings = headings.Count > 0 ? headings : throw value.Error("'attribution.referenceHeadings' needs at least one heading"),
                    };
                    break;
                case "style":
                    options = options with { Style = value.AsChoice(AttributionOptions.StyleNames, "a citation style") };
                    break;
                case "bibliography":
                    // Relative to the configuration file, as its other paths are.
                    options = options with
                    {
                        Bibliography = value.AsList()
                            .Select(p => new Bibliographies.BibliographyFile(System.IO.Path.GetFullPath(System.IO.Path.Combine(value.BaseDirectory, p)), p))
                            .ToList(),
                    };
                    break;
                default:
                    throw value.UnknownKey("referenceHeadings", "style", "bibliography");
            }
        }

        return options;
    }
}
