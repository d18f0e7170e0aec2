using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Samples.Plugin;

/// <summary>
/// <c>Sample.LongSentences</c>: a sentence of the author's own prose with more words than <c>sample: maxWords</c>.
/// It uses what every rule shares through the context: the sentences of a block, the kind of a block (the
/// references list is not prose), and whether a stretch is the author's words or a quotation.
/// </summary>
public sealed class LongSentences : IRule
{
    public string Id => "Sample.LongSentences";

    public Severity DefaultSeverity => Severity.Suggestion;

    public string Description => "A sentence longer than sample.maxWords words (40 unless configured).";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        int maxWords = context.Settings<SampleSettings>().MaxWords;
        foreach (var block in document.Blocks)
        {
            if (context.KindOf(block) is not (BlockKind.Paragraph or BlockKind.ListItem or BlockKind.FootnoteBody))
            {
                continue;
            }

            foreach (var (start, end) in context.SentencesOf(block))
            {
                int words = InlineQuotations.CountWords(block.Text.AsSpan(start, end - start));
                if (words <= maxWords || !context.IsAuthorsProse(block, start, end - start))
                {
                    continue;
                }

                int shown = FirstWords(block.Text, start, end, 5);
                yield return Finding.At(
                    document,
                    block,
                    start,
                    shown - start,
                    Id,
                    context.SeverityFor(this),
                    $"this sentence has {words} words; split it so that none has more than {maxWords}");
            }
        }
    }

    /// <summary>Where the first <paramref name="count"/> words of text[start..end] end: the finding marks the sentence's opening.</summary>
    private static int FirstWords(string text, int start, int end, int count)
    {
        int i = start;
        for (int n = 0; n < count && i < end; n++)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}
