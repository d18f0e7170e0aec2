using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The run formatting the reader cares about, each unset (null) until some level says so: direct
/// formatting over the character style over the paragraph style, the way Word resolves it.
/// </summary>
internal readonly record struct RunFormat(bool? Superscript, bool? Italic, bool? Bold, bool? Hidden, bool? Code = null, string? Language = null, string? Color = null)
{
    public static RunFormat From(OpenXmlElement? properties)
    {
        if (properties is null)
        {
            return default;
        }

        bool? superscript = null, italic = null, bold = null, hidden = null, code = null;
        string? language = null, color = null;
        foreach (var child in properties.ChildElements)
        {
            switch (child)
            {
                case VerticalTextAlignment align when SafeValue.Of(align.Val) is { } position:
                    superscript = position == VerticalPositionValues.Superscript;
                    break;
                case Italic i:
                    italic = IsOn(i.Val);
                    break;
                case Bold b:
                    bold = IsOn(b.Val);
                    break;
                case Vanish v:
                    hidden = IsOn(v.Val);
                    break;
                case RunFonts fonts when CodeStyles.IsMonospaceFont(fonts.Ascii?.Value):
                    code = true;
                    break;
                case Languages lang when lang.Val?.Value is { Length: > 0 } tag:
                    language = tag;
                    break;
                case Color c when c.Val?.Value is { Length: > 0 } value:
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
    private static bool IsOn(OnOffValue? value) => value is null || !value.HasValue || value.Value;
}
