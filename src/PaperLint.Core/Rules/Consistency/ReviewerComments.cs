using System.Text.RegularExpressions;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// The reviewers' words in a response to reviewers. From the first line that names a reviewer ("Reviewer #1:",
/// "Referee 2", "Comments from Reviewer B") to the end, the letter interleaves each reviewer's comments with the
/// authors' replies, and a comment keeps its reviewer's spelling. The replies are told apart by a label that opens
/// them ("Response:", "Reply:", "Answer:", "Our response") or by a look of their own: a colour, italics or bold that
/// the paragraph right after each reviewer's line (a comment) does not have. Where neither tells them apart, every
/// paragraph after the first reviewer's line is taken as possibly the reviewer's.
/// </summary>
internal static partial class ReviewerComments
{
    private const int MaxReviewerLineWords = 8;

    public static HashSet<Block> Find(Document document)
    {
        var comments = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var body = document.Blocks.Where(b => b.Kind != BlockKind.FootnoteBody).ToList();
        int first = body.FindIndex(IsReviewerLine);
        if (first < 0)
        {
            return comments;
        }

        var section = body.Skip(first + 1).Where(b => !IsReviewerLine(b) && HasLetters(b.Text)).ToList();
        if (section.Count == 0)
        {
            return comments;
        }

        if (section.Any(b => ReplyLabel().IsMatch(b.Text)))
        {
            // Labelled replies: a reply runs from its label to the next paragraph that is not a reply's continuation,
            // which cannot be told here, so only the labelled paragraphs are the authors'.
            comments.UnionWith(section.Where(b => !ReplyLabel().IsMatch(b.Text)));
            return comments;
        }

        // The look of a comment: that of the first paragraph with letters after each reviewer's line.
        var commentLooks = new List<Look>();
        for (int i = first; i < body.Count; i++)
        {
            if (IsReviewerLine(body[i]) && body.Skip(i + 1).FirstOrDefault(b => !IsReviewerLine(b) && HasLetters(b.Text)) is { } next)
            {
                commentLooks.Add(LookOf(next));
            }
        }

        var commentLook = commentLooks.GroupBy(l => l).MaxBy(g => g.Count())!.Key;
        bool repliesLookOtherwise = section.Any(b => LookOf(b) != commentLook);
        comments.UnionWith(repliesLookOtherwise ? section.Where(b => LookOf(b) == commentLook) : section);
        return comments;
    }

    // The anchored pattern first: it fails at the first words of nearly every paragraph, where counting reads them all.
    private static bool IsReviewerLine(Block block) =>
        block.Kind is BlockKind.Heading or BlockKind.Paragraph
        && ReviewerLine().IsMatch(block.Text)
        && InlineQuotations.CountWords(block.Text) <= MaxReviewerLineWords;

    private static bool HasLetters(string text) => text.Any(char.IsLetter);

    private static Look LookOf(Block block) => new(
        block.Color,
        Covers(block, SpanKind.Emphasis),
        Covers(block, SpanKind.Strong));

    // Whether a kind of span covers (nearly) every letter of the block.
    private static bool Covers(Block block, SpanKind kind)
    {
        int letters = 0, covered = 0;
        for (int i = 0; i < block.Text.Length; i++)
        {
            if (char.IsLetter(block.Text[i]))
            {
                letters++;
                if (block.IsInSpan(kind, i, 1))
                {
                    covered++;
                }
            }
        }

        return letters > 0 && covered * 10 >= letters * 9;
    }

    private readonly record struct Look(string? Color, bool Italic, bool Bold);

    // "Reviewer #1:", "Reviewer 2", "Referee B", "Comments from Reviewer 3", "Response to Reviewer #1", "REVIEWER I".
    [GeneratedRegex(@"^\W*(?:(?:(?:Comments?|Responses?|Reply|Replies|Answers?)\s+(?:from|to)\s+)?(?:the\s+)?)?(?:Reviewer|Referee)\s*(?:#|No\.?|n[°o]\.?)?\s*(?:\d{1,2}|[A-E]|[IVX]{1,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewerLine();

    // "Response:", "Reply 1.2:", "Answer:", "Authors' response:", "Our response:", "Author reply —".
    [GeneratedRegex(@"^\W*(?:(?:(?:The\s+)?Authors?['’]?s?|Our)\s+)?(?:Response|Reply|Answer)\b(?:\s*(?:to\s+(?:comment\s+)?)?[\w.#-]{0,8})?\s*[:.—–-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyLabel();
}
