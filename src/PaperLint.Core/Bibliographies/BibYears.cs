namespace PaperLint.Core.Bibliographies;

/// <summary>The year of a date as a bibliography writes it: the first run of exactly four digits (<c>2014-05-01</c>, <c>2014/2015</c>, <c>c. 1890</c>).</summary>
internal static class BibYears
{
    public static string? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        int run = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }

            if (run == 4)
            {
                return text.Substring(i - 4, 4);
            }

            run = 0;
        }

        return null;
    }
}
