namespace PaperLint.Core.Citations;

/// <summary>Sentence bounds in a block's text, good enough to tell the sentence that introduces a quotation.</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pp", "cf", "e.g", "i.e", "al", "vol", "vols", "ed", "eds", "no", "nos", "st", "mr", "mrs", "ms", "dr", "c",
        "ca", "ch", "chap", "trans", "fig", "viz", "vs", "n.d", "op", "cit", "ibid", "esp", "col", "para",
    };

    /// <summary>Where the sentence holding <paramref name="position"/> begins.</summary>
    public static int StartOf(string text, int position)
    {
        for (int i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && EndsSentenceAt(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> ends (after its closing punctuation).</summary>
    public static int EndOf(string text, int position)
    {
        for (int i = Math.Max(0, position); i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && i > 0 && EndsSentenceAt(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The sentences of <paramref name="text"/>, as ranges (the space between two sentences belongs to neither).</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        int start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start >= text.Length)
            {
                break;
            }

            int end = EndOf(text, start);
            sentences.Add((start, end));
            start = end + 1;
        }

        // A long document keeps the sentences of every paragraph while it is linted: an array holds them without a list's spare room.
        return sentences.Count == 0 ? [] : sentences.ToArray();
    }

    /// <summary>Where the last sentence of <paramref name="text"/> begins.</summary>
    public static int LastStart(string text) => StartOf(text, text.TrimEnd().Length > 0 ? text.TrimEnd().Length - 1 : 0);

    /// <summary>True when the space at <paramref name="space"/> follows the end of a sentence.</summary>
    private static bool EndsSentenceAt(string text, int space)
    {
        int j = space - 1;
        while (j >= 0 && (QuotationFinder.IsClosing(text[j]) && text[j] is not '.' and not '!' and not '?'))
        {
            j--;
        }

        if (j < 0 || text[j] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (text[j] != '.')
        {
            return true;
        }

        int wordStart = j;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        string word = text[wordStart..j];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial: "E. P. Thompson".
            return false;
        }

        return !Abbreviations.Contains(word);
    }
}
