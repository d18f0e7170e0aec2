using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>
/// The plain text of a citation as a manager stores it formatted: Zotero's RTF (<c>{\rtf (Smith {\i{}et al.}, 2013)}</c>,
/// <c>\super 1\nosupersub{}</c>), HTML from Mendeley (<c>&lt;i&gt;</c>, <c>&lt;sup&gt;</c>), EndNote's
/// <c>&lt;style face="superscript"&gt;</c>, and their entities.
/// </summary>
internal static partial class CitationMarkup
{
    public static string Plain(string text)
    {
        string plain = text.Contains('\\', StringComparison.Ordinal) && RtfControl().IsMatch(text) ? WithoutRtf(text) : text;
        plain = Tag().Replace(plain, "");
        return WebUtility.HtmlDecode(plain);
    }

    private static string WithoutRtf(string text)
    {
        if (text.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            text = text[5..];
        }

        var plain = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '{' or '}')
            {
                continue;
            }

            if (c != '\\' || i + 1 >= text.Length)
            {
                plain.Append(c);
                continue;
            }

            char next = text[i + 1];
            if (!char.IsAsciiLetter(next))
            {
                // An escaped brace or backslash, or a control symbol such as "\~" (a no-break space).
                plain.Append(next == '~' ? '\u00A0' : next);
                i++;
                continue;
            }

            int j = i + 1;
            while (j < text.Length && char.IsAsciiLetter(text[j]))
            {
                j++;
            }

            string word = text[(i + 1)..j];
            int numberStart = j;
            if (j < text.Length && text[j] == '-')
            {
                j++;
            }

            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (word == "u" && int.TryParse(text.AsSpan(numberStart, j - numberStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int code))
            {
                plain.Append((char)(code < 0 ? code + 65536 : code));
            }

            // One space ends a control word and is part of it.
            i = j < text.Length && text[j] == ' ' ? j : j - 1;
        }

        return plain.ToString();
    }

    [GeneratedRegex(@"\\(?:rtf|i|b|super|sub|nosupersub|scaps|ul|uc\d|u-?\d+)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex RtfControl();

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|sup|sub|sc|span|style|font)\b[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
