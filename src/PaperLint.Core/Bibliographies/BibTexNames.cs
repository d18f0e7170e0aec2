namespace PaperLint.Core.Bibliographies;

/// <summary>
/// The family names of a BibTeX name list (<c>author</c>, <c>editor</c>), split as BibTeX and biber split it: names
/// joined by <c>and</c> outside braces; each name as "von Last, First", "von Last, Jr, First" or "First von Last";
/// a name in braces (<c>{Nordic Weaving Society}</c>) is one family name; <c>others</c> and <c>et al.</c> are no names.
/// </summary>
/// <remarks>
/// The family name keeps its "von" part (<c>van der Berg</c>), as the name is written in the text that cites it.
/// </remarks>
internal static class BibTexNames
{
    /// <summary>The family names of <paramref name="raw"/>, the raw (undecoded) value of a name field, decoded.</summary>
    public static List<string> Families(string raw)
    {
        var families = new List<string>();
        foreach (var (start, end) in SplitNames(raw))
        {
            var name = raw.AsSpan(start, end - start).Trim();
            if (name.IsEmpty || name.SequenceEqual("others"))
            {
                continue;
            }

            string family = TexText.ToPlain(Family(name).ToString());
            if (family.Length > 0 && !IsEtAl(family))
            {
                families.Add(family);
            }
        }

        return families;
    }

    /// <summary>"et al." written as a name (<c>{et al.}</c>) stands for more authors, as <c>others</c> does.</summary>
    private static bool IsEtAl(string family) => family.Equals("et al.", StringComparison.OrdinalIgnoreCase) || family.Equals("et al", StringComparison.OrdinalIgnoreCase);

    /// <summary>The spans of the names: the value cut at each <c>and</c> that stands as a word outside braces.</summary>
    private static List<(int Start, int End)> SplitNames(string raw)
    {
        var names = new List<(int, int)>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < raw.Length
                && (raw[i + 1] | 0x20) == 'a' && (raw[i + 2] | 0x20) == 'n' && (raw[i + 3] | 0x20) == 'd'
                && char.IsWhiteSpace(raw[i + 4]))
            {
                names.Add((start, i));
                start = i + 4;
                i += 3;
            }
        }

        names.Add((start, raw.Length));
        return names;
    }

    private static ReadOnlySpan<char> Family(ReadOnlySpan<char> name)
    {
        int comma = IndexAtDepthZero(name, ',');
        if (comma >= 0)
        {
            // "von Last, First" and "von Last, Jr, First": the family is everything before the first comma.
            var family = name[..comma].Trim();
            return family.IsEmpty ? name[(comma + 1)..].Trim() : family;
        }

        // "First von Last": Last is the last word; the von part starts at the first word in lower case before it.
        var words = Words(name);
        int from = words.Count - 1;
        for (int w = 0; w < words.Count - 1; w++)
        {
            if (IsLowerCaseWord(name[words[w].Start..words[w].End]))
            {
                from = w;
                break;
            }
        }

        return name[words[from].Start..words[^1].End];
    }

    private static int IndexAtDepthZero(ReadOnlySpan<char> text, char wanted)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == wanted && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<(int Start, int End)> Words(ReadOnlySpan<char> name)
    {
        var words = new List<(int, int)>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool separator = depth == 0 && (char.IsWhiteSpace(c) || c == '~');
            if (separator)
            {
                if (start >= 0)
                {
                    words.Add((start, i));
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        if (start >= 0)
        {
            words.Add((start, name.Length));
        }

        return words;
    }

    /// <summary>
    /// BibTeX's test for a "von" word: its first letter outside braces is lower case; a special character
    /// (<c>{\'e}</c>) counts by its letter; a word whose letters are all inside braces is not lower case.
    /// </summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        int depth = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c == '{')
            {
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    string special = TexText.ToPlain(word[i..].ToString());
                    foreach (char s in special)
                    {
                        if (char.IsLetter(s))
                        {
                            return char.IsLower(s);
                        }
                    }

                    return false;
                }

                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '\\' && depth == 0)
            {
                // An accent outside braces (\'etienne): the letter it stands on decides.
                i++;
                while (i + 1 < word.Length && char.IsAsciiLetter(word[i]) && char.IsAsciiLetter(word[i + 1]))
                {
                    i++;
                }
            }
            else if (depth == 0 && char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }
}
