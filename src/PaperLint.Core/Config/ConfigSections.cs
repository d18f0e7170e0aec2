using PaperLint.Core.Citations;
using PaperLint.Core.Prose;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Core.Config;

/// <summary>
/// The configuration sections that ship with PaperLint, one line each; a family's section is registered here
/// and nowhere else. Plug-ins bring their own (see <c>Plugins</c>).
/// </summary>
internal static class ConfigSections
{
    public static IReadOnlyList<IConfigSection> BuiltIn { get; } =
    [
        new LanguageSection(),
        new QuotationsSection(),
        new FootnotesSection(),
        new ConsistencySection(),
        new AttributionSection(),
        new Readers.Docx.DocxSection(),
    ];
}
