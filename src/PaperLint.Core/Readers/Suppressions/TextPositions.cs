using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Suppressions;

/// <summary>Zero-length places in a text source, as suppressions record their ends.</summary>
internal static class TextPositions
{
    /// <summary>The place of source offset <paramref name="offset"/>.</summary>
    public static TextLocation At(LineIndex lines, int offset)
    {
        var (line, column) = lines.ToLineColumn(offset);
        return new TextLocation(line + 1, column + 1, line + 1, column + 1);
    }

    /// <summary>The start of 1-based line <paramref name="line"/> (which may lie past the end of the text).</summary>
    public static TextLocation LineStart(int line) => new(line, 1, line, 1);

    /// <summary>The range [<paramref name="start"/>, <paramref name="end"/>) of the source.</summary>
    public static TextLocation Range(LineIndex lines, int start, int end)
    {
        var from = At(lines, start);
        var to = At(lines, end);
        return new TextLocation(from.Line, from.Column, to.Line, to.Column);
    }

    /// <summary>Records a directive written at source range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static void Apply(SuppressionRegions regions, SuppressionDirective directive, LineIndex lines, int start, int end)
    {
        var written = Range(lines, start, end);
        switch (directive.Kind)
        {
            case SuppressionKind.Disable:
                regions.Disable(directive.Rules, At(lines, end), written);
                break;
            case SuppressionKind.Enable:
                regions.Enable(directive.Rules, At(lines, start));
                break;
            default:
                regions.Range(directive.Rules, LineStart(written.EndLine + 1), LineStart(written.EndLine + 2), written);
                break;
        }
    }

    /// <summary>Records Vale's comment written at source range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static void Apply(SuppressionRegions regions, ValeDirective directive, LineIndex lines, int start, int end)
    {
        switch (directive)
        {
            case { Off: true }:
                regions.Disable(directive.Name is null ? [] : [directive.Name], At(lines, end), Range(lines, start, end));
                break;
            case { Name: null }:
                regions.EnableEveryRule(At(lines, start));
                break;
            default:
                regions.Enable([directive.Name], At(lines, start));
                break;
        }
    }
}
