using System.Globalization;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Parses a WordprocessingML length: twentieths of a point as a bare integer (Transitional), or a number
/// with a unit (mm, cm, in, pt, pc, pi), which Strict documents may use.
/// </summary>
internal static class TwipsMeasure
{
    public static int? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.AsSpan().Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int twips))
        {
            return twips;
        }

        if (text.Length < 3)
        {
            return null;
        }

        double perUnit = text[^2..] switch
        {
            "mm" => 1440 / 25.4,
            "cm" => 1440 / 2.54,
            "in" => 1440,
            "pt" => 20,
            "pc" or "pi" => 240,
            _ => double.NaN,
        };

        if (double.IsNaN(perUnit)
            || !double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out double amount))
        {
            return null;
        }

        return (int)Math.Round(amount * perUnit);
    }
}
