namespace PaperLint.Core.Packs.Terms;

/// <summary>
/// One character per class of characters that the regex engine, with <c>IgnoreCase | CultureInvariant</c>, treats
/// as the same letter (a test holds the two to the same answer for every letter), so that the terms of an
/// <c>ignorecase</c> rule, looked up by folded characters, match exactly where their regular expression would.
/// </summary>
internal static class CaseFold
{
    /// <summary>The characters outside ASCII that fold to an ASCII letter (the Kelvin sign to k).</summary>
    public const string ToAscii = "\u212A";

    public static char Of(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
