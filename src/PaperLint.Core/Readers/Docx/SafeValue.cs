using DocumentFormat.OpenXml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Reads typed attribute values without trusting the file: the SDK throws a FormatException from
/// <c>.Value</c> when the text is not valid for the type (<c>w:id="x"</c>), and a damaged document must
/// not stop the reader, so an invalid value reads as absent.
/// </summary>
internal static class SafeValue
{
    public static T? Of<T>(EnumValue<T>? value)
        where T : struct, IEnumValue, IEnumValueFactory<T> =>
        value is { HasValue: true } ? value.Value : null;

    public static T? Of<T>(OpenXmlSimpleValue<T>? value)
        where T : struct =>
        value is { HasValue: true } ? value.Value : null;
}
