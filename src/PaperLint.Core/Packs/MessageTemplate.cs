using System.Text;

namespace PaperLint.Core.Packs;

/// <summary>
/// Fills a rule's message the way Vale does (Go's fmt): <c>%s</c> takes the next argument, <c>%[2]s</c> a
/// given one (and the next <c>%s</c> then takes the one after it), <c>%%</c> is a percent sign. A
/// placeholder without an argument becomes empty rather than an error, so a short message still reads.
/// </summary>
internal static class MessageTemplate
{
    public static string Format(string template, params string[] args)
    {
        if (!template.Contains('%', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        int next = 0;
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c != '%' || i + 1 >= template.Length)
            {
                result.Append(c);
                i++;
                continue;
            }

            if (template[i + 1] == '%')
            {
                result.Append('%');
                i += 2;
                continue;
            }

            if (template[i + 1] == 's')
            {
                result.Append(next < args.Length ? args[next] : "");
                next++;
                i += 2;
                continue;
            }

            if (TryExplicitIndex(template, i, out int index, out int length))
            {
                result.Append(index < args.Length ? args[index] : "");
                next = index + 1;
                i += length;
                continue;
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    /// <summary>A one-line description derived from a message: its placeholders become an ellipsis.</summary>
    public static string Describe(string template) => Format(template, [.. Enumerable.Repeat("…", 8)]).Trim();

    // Reads "%[n]s" at position i; n is 1-based as in Go.
    private static bool TryExplicitIndex(string template, int i, out int index, out int length)
    {
        index = 0;
        length = 0;
        if (i + 4 >= template.Length || template[i + 1] != '[')
        {
            return false;
        }

        int j = i + 2;
        int number = 0;
        while (j < template.Length && char.IsAsciiDigit(template[j]))
        {
            number = (number * 10) + (template[j] - '0');
            j++;
        }

        if (j == i + 2 || number == 0 || j + 1 >= template.Length || template[j] != ']' || template[j + 1] != 's')
        {
            return false;
        }

        index = number - 1;
        length = j + 2 - i;
        return true;
    }
}
