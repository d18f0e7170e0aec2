using System.Text.RegularExpressions;

namespace PaperLint.Core.Citations;

/// <summary>A year a source may carry, 1500 to 2099, standing as a word of its own (not part of a page range or a number).</summary>
internal static partial class Years
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    public static partial Regex Standalone();
}
