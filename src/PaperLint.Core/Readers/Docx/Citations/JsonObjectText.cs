namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>Finds the JSON object in a field code, which managers follow with other words (Zotero's <c>RND…</c> id).</summary>
internal static class JsonObjectText
{
    /// <summary>The balanced <c>{…}</c> that begins at the first brace from <paramref name="from"/>; null when there is none or it is not closed.</summary>
    public static string? After(string text, int from)
    {
        int start = text.IndexOf('{', from);
        if (start < 0)
        {
            return null;
        }

        int depth = 0;
        bool inString = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return text[start..(i + 1)];
            }
        }

        return null;
    }
}
