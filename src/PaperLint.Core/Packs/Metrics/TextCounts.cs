using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Packs.Metrics;

/// <summary>
/// What a readability formula counts in one block of prose: words (runs of letters and digits, with the
/// apostrophes inside them; an initialism such as <c>U.S.</c> is one word), the sentences that hold a word,
/// syllables, and the words that are long (more than six characters), polysyllabic (three syllables or more)
/// or complex (polysyllabic even without an <c>-es</c>, <c>-ed</c> or <c>-ing</c> ending), and the letters and
/// digits. Code, URLs and other non-prose are not counted.
/// </summary>
internal readonly record struct TextCounts(
    int Words,
    int Sentences,
    int Syllables,
    int ComplexWords,
    int LongWords,
    int PolysyllabicWords,
    int Characters)
{
    public static TextCounts Of(Block block, IReadOnlyList<(int Start, int End)> sentences)
    {
        string text = block.Text;
        int words = 0, syllables = 0, complex = 0, longWords = 0, polysyllabic = 0, characters = 0;
        int sentencesWithWords = 0;
        int sentence = 0;
        int lastCountedSentence = -1;
        int i = 0;
        while (i < text.Length)
        {
            int length = WordAt(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (!block.TouchesNonProse(i, length))
            {
                var word = text.AsSpan(i, length);
                int wordSyllables = Prose.Syllables.Count(word);
                words++;
                syllables += wordSyllables;
                characters += LettersAndDigits(word);
                longWords += length > 6 ? 1 : 0;
                polysyllabic += wordSyllables > 2 ? 1 : 0;
                bool inflected = word.EndsWith("es", StringComparison.OrdinalIgnoreCase)
                    || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                complex += wordSyllables - (inflected ? 1 : 0) > 2 ? 1 : 0;

                while (sentence < sentences.Count - 1 && sentences[sentence].End <= i)
                {
                    sentence++;
                }

                if (sentence != lastCountedSentence)
                {
                    sentencesWithWords++;
                    lastCountedSentence = sentence;
                }
            }

            i += length;
        }

        // A block the splitter found no sentence in still holds one if it holds words.
        return new TextCounts(words, Math.Max(sentencesWithWords, words > 0 ? 1 : 0), syllables, complex, longWords, polysyllabic, characters);
    }

    public static TextCounts operator +(TextCounts a, TextCounts b) => new(
        a.Words + b.Words,
        a.Sentences + b.Sentences,
        a.Syllables + b.Syllables,
        a.ComplexWords + b.ComplexWords,
        a.LongWords + b.LongWords,
        a.PolysyllabicWords + b.PolysyllabicWords,
        a.Characters + b.Characters);

    /// <summary>The length of the word that begins at <paramref name="start"/>, or 0 when none does.</summary>
    private static int WordAt(string text, int start)
    {
        if (!IsWordChar(text[start]) || (start > 0 && IsWordChar(text[start - 1])))
        {
            return 0;
        }

        int initialism = InitialismAt(text, start);
        if (initialism > 0)
        {
            return initialism;
        }

        int end = start;
        while (end < text.Length)
        {
            if (IsWordChar(text[end]))
            {
                end++;
            }
            else if (text[end] is '\'' or '\u2019' && end + 1 < text.Length && IsWordChar(text[end + 1]))
            {
                // An apostrophe inside a word ("don't"), not a closing quotation mark.
                end++;
            }
            else
            {
                break;
            }
        }

        return end - start;
    }

    // "U.S.", "U.N.E.S.C.O.": two or more capitals each followed by a full stop.
    private static int InitialismAt(string text, int start)
    {
        int end = start;
        int letters = 0;
        while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
        {
            end += 2;
            letters++;
        }

        return letters >= 2 && (end >= text.Length || !IsWordChar(text[end])) ? end - start : 0;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int LettersAndDigits(ReadOnlySpan<char> word)
    {
        int count = 0;
        foreach (char c in word)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }
}
