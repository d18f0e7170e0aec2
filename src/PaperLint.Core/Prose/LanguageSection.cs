using PaperLint.Core.Config;

namespace PaperLint.Core.Prose;

/// <summary><c>language: de</c>: one value, a language tag.</summary>
internal sealed class LanguageSection : ConfigSection<LanguageSettings>
{
    public override string Key => "language";

    public override LanguageSettings Default => LanguageSettings.Default;

    public override LanguageSettings Read(ConfigNode node, LanguageSettings inherited)
    {
        string tag = node.AsString();
        return LanguageTags.Primary(tag) is null
            ? throw node.Error($"'{tag}' is not a language tag; use one such as en, de, fr-CA or pt-BR")
            : inherited with { Language = tag };
    }
}
