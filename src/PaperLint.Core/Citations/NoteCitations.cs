using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// Tells a note that cites a source from one that only comments. A note cites when it gives a URL, an
/// author-date citation, a page, <c>Ibid.</c>, publication details in brackets <c>(New York: Monad Press, 1974)</c>,
/// the shape of a Chicago note <c>Serge, From Lenin to Stalin, 57.</c>, the shape of a references-list entry, or a title in italics or quotation
/// marks beside a name or a year.
/// </summary>
internal static partial class NoteCitations
{
    public static bool Cites(FootnoteDef note, Func<Block, IReadOnlyList<Citation>> citationsOf)
    {
        foreach (var block in note.Blocks)
        {
            if (Cites(block, citationsOf(block)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Cites(Block block, IReadOnlyList<Citation> citations)
    {
        string text = block.Text;
        if (block.Spans.Any(s => s.Kind == SpanKind.Url) || citations.Count > 0)
        {
            return true;
        }

        if (Ibid().IsMatch(text) || PageReference().IsMatch(text) || Publication().IsMatch(text) || ChicagoNote().IsMatch(text.Trim()))
        {
            return true;
        }

        // A note written like an entry of a references list: "Rosen, Larry, and Ann Lee. Title. Press, 2016.",
        // "Graf, Max: Der Kritiker. In: Weltpresse. Wien 1957."
        if (AuthorFirst().IsMatch(text) || ReferenceEntryParser.Parse(text, 0, text.Length, block.Spans) is { Year: not null, Authors.Count: > 0 })
        {
            return true;
        }

        bool hasTitle = block.Spans.Any(s => s.Kind == SpanKind.Emphasis && s.Length > 1)
            || InlineQuotations.Find(text).Any(q => QuotationFinder.IsTitle(text.AsSpan(q.Start, q.Length)));
        return hasTitle && (Years.Standalone().IsMatch(text) || NameOutsideTitle(block));
    }

    /// <summary>A capitalised word that does not open a sentence and is not part of a title: the name of an author.</summary>
    private static bool NameOutsideTitle(Block block)
    {
        string text = block.Text;
        var quotations = InlineQuotations.Find(text);
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            int at = word.Index;
            if (block.Spans.Any(s => s.Kind == SpanKind.Emphasis && s.Overlaps(at, word.Length)) || quotations.Any(q => q.Overlaps(at, word.Length)))
            {
                continue;
            }

            int before = at - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            bool opensSentence = before < 0 || text[before] is '.' or '!' or '?' or '\u201D' or '"';
            if (!opensSentence && NameWords.IsNameWord(word.Value))
            {
                return true;
            }
        }

        return false;
    }

    // The same source again, in the languages papers are written in: Ibid./Ibidem, Id., op. cit., loc. cit.,
    // German Ebd./Ebenda and a. a. O., French Id./Idem and ouvr. cit., Spanish Ídem, Italian Ivi.
    [GeneratedRegex(@"^\s*(?:Ibid|Ibidem|Id|Idem|Ídem|Ivi|Ebd|Ebda|Ebenda|a\.\s*a\.\s*O|Op\.\s*cit|Loc\.\s*cit|Ouvr\.\s*cit)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Ibid();

    [GeneratedRegex(@"(?<![\p{L}])(?:pp?\.\s*\d|pages?\s+\d|S\.\s*\d)")]
    private static partial Regex PageReference();

    [GeneratedRegex(@"\([^()]*[:,][^()]*(?<![\p{L}\p{N}])(?:1[5-9]|20)\d\d\)")]
    private static partial Regex Publication();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s[\p{L}.'’-]+){0,3},\s.+,\s*\d{1,4}(?:[–-]\d{1,4})?\.?$")]
    private static partial Regex ChicagoNote();

    /// <summary>"Surname, Given:" or "Surname, G." opening a note that gives a year later on.</summary>
    [GeneratedRegex(@"^\s*(?:Vgl\.\s+|Cf\.\s+|See\s+)?\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2}\s*[:.]\s.*(?<![\p{L}\p{N}])(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])")]
    private static partial Regex AuthorFirst();


    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+")]
    private static partial Regex CapitalisedWord();
}
