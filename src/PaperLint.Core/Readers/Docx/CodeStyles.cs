namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Tells code from prose in Word, which has no code element: by the style (pandoc's "Verbatim Char" and
/// "Source Code", Word's "HTML Code" family) or by a monospaced font set on the run.
/// </summary>
internal static class CodeStyles
{
    private static readonly HashSet<string> MonospaceFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Courier", "Courier New", "Consolas", "Lucida Console", "Menlo", "Monaco", "Source Code Pro",
        "Cascadia Code", "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", "Fira Code", "Fira Mono",
        "JetBrains Mono", "Inconsolata", "Roboto Mono", "Ubuntu Mono", "SF Mono",
    };

    public static bool IsMonospaceFont(string? font) => font is not null && MonospaceFonts.Contains(font);

    public static bool IsCodeStyle(string? styleName) =>
        styleName is not null
        && (styleName.Contains("Verbatim", StringComparison.OrdinalIgnoreCase)
            || styleName.Contains("Source Code", StringComparison.OrdinalIgnoreCase)
            || styleName.StartsWith("HTML Code", StringComparison.OrdinalIgnoreCase)
            || styleName.StartsWith("HTML Preformatted", StringComparison.OrdinalIgnoreCase)
            || styleName.StartsWith("HTML Typewriter", StringComparison.OrdinalIgnoreCase)
            || styleName.StartsWith("HTML Keyboard", StringComparison.OrdinalIgnoreCase)
            || styleName.Equals("Macro Text", StringComparison.OrdinalIgnoreCase)
            || styleName.Equals("Code", StringComparison.OrdinalIgnoreCase));
}
