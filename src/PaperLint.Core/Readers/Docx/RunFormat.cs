namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The run formatting the reader cares about, each unset (null) until some level says so: direct
/// formatting over the character style over the paragraph style, the way Word resolves it.
/// </summary>
internal readonly record struct RunFormat(bool? Superscript, bool? Italic, bool? Bold, bool? Hidden, bool? Code = null, string? Language = null, string? Color = null)
{
    public static RunFormat From(WordNode? properties)
    {
        if (properties is null)
        {
            return default;
        }

        bool? superscript = null, italic = null, bold = null, hidden = null, code = null;
        string? language = null, color = null;
        foreach (var child in properties.Children)
        {
            switch (child.Namespace == WordNamespace.Word ? child.LocalName : null)
            {
                case "vertAlign" when child.Attribute("val") is "superscript" or "baseline" or "subscript":
                    superscript = child.Attribute("val") == "superscript";
                    break;
                case "i":
                    italic = IsOn(child);
                    break;
                case "b":
                    bold = IsOn(child);
                    break;
                case "vanish":
                    hidden = IsOn(child);
                    break;
                case "rFonts" when CodeStyles.IsMonospaceFont(child.Attribute("ascii")):
                    code = true;
                    break;
                case "lang" when child.Attribute("val") is { Length: > 0 } tag:
                    language = tag;
                    break;
                case "color" when child.Attribute("val") is { Length: > 0 } value:
                    color = value.ToUpperInvariant();
                    break;
            }
        }

        return new RunFormat(superscript, italic, bold, hidden, code, language, color);
    }


    /// <summary>This format with every unset property taken from <paramref name="fallback"/>.</summary>
    public RunFormat Over(RunFormat fallback) => new(
        Superscript ?? fallback.Superscript,
        Italic ?? fallback.Italic,
        Bold ?? fallback.Bold,
        Hidden ?? fallback.Hidden,
        Code ?? fallback.Code,
        Language ?? fallback.Language,
        Color ?? fallback.Color);

    // A toggle property without w:val is on; w:val="0"/"false"/"off" turns it off.
    private static bool IsOn(WordNode toggle) => toggle.OnOff("val") ?? true;
}
