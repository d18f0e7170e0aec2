using System.Xml.Linq;
using PaperLint.Core.Fixes;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Fixes;

/// <summary>Annotated copies: one Word comment per finding, over the matched text where it can be, existing comments kept.</summary>
public sealed class DocxAnnotatorTests
{
    private static readonly XNamespace W = FixChecks.W;

    private static AnnotateResult Annotate(byte[] docx)
    {
        var (document, report) = FixChecks.Lint(docx, "paper.docx");
        return DocxAnnotator.Annotate(document, docx, report.Findings, FixChecks.Author);
    }

    private static XDocument Part(byte[] content, string part) => FixChecks.Part(content, part);

    /// <summary>The text between each comment's range marks, by comment id.</summary>
    private static Dictionary<string, string> Ranges(XDocument story)
    {
        var ranges = new Dictionary<string, string>();
        foreach (var start in story.Descendants(W + "commentRangeStart"))
        {
            string id = (string)start.Attribute(W + "id")!;
            var end = story.Descendants(W + "commentRangeEnd").Single(e => (string)e.Attribute(W + "id")! == id);
            ranges[id] = string.Concat(start.ElementsAfterSelf().TakeWhile(e => e != end).DescendantsAndSelf(W + "t").Select(t => t.Value));
        }

        return ranges;
    }

    [Fact]
    public void Each_finding_is_a_comment_over_its_text_with_rule_message_and_suggestion()
    {
        var result = Annotate(FromParagraphs("A movement lead by the chapels reached the towns.", "It could of lasted longer."));

        Assert.Equal((2, 2, 0), (result.Comments, result.OnText, result.OnParagraph));
        Assert.Equal(["lead by", "could of"], Ranges(Part(result.Content, "word/document.xml")).Values);
        var comments = Part(result.Content, "word/comments.xml").Descendants(W + "comment").ToList();
        Assert.Equal("Typos.LeadBy (warning): Use 'led by' instead of 'lead by': the past participle of 'lead' is 'led' Suggestion: led by", string.Concat(comments[0].Descendants(W + "t").Select(t => t.Value)));
        Assert.All(comments, c => Assert.Equal(("PaperLint", "PL"), ((string)c.Attribute(W + "author")!, (string)c.Attribute(W + "initials")!)));
    }

    [Fact]
    public void Existing_comments_stay_and_new_ids_follow_theirs()
    {
        var docx = new DocxFixture()
            .Body(Para(CommentStart("5"), TextRun("A movement lead by the chapels reached the towns."), CommentEnd("5")))
            .Comment("5", "Check this date.")
            .Build();

        var result = Annotate(docx);

        var ids = Part(result.Content, "word/comments.xml").Descendants(W + "comment").Select(c => (string)c.Attribute(W + "id")!).ToList();
        Assert.Equal(["5", "6"], ids);
        Assert.Equal(2, AnnotateChecks.Comments(result.Content));
    }

    [Fact]
    public void A_finding_in_a_footnote_is_commented_in_the_note()
    {
        var docx = new DocxFixture().Paragraph("The movement grew.[^1]").Footnote(1, "Woods et. al. (1995) set out the background.").Build();

        var result = Annotate(docx);

        Assert.Equal("et. al.", Assert.Single(Ranges(Part(result.Content, "word/footnotes.xml")).Values));
    }

    [Fact]
    public void A_finding_without_a_span_is_anchored_to_its_paragraph()
    {
        // A note marker with no note: the finding is at the marker, which has no text of its own.
        var docx = new DocxFixture().Paragraph("The movement grew.[^1] It grew again.[^2]").Footnote(1, "A note.").Build();

        var result = Annotate(docx);

        Assert.Equal(result.Comments, result.OnText + result.OnParagraph);
        Assert.True(result.OnParagraph >= 1);
        Assert.Empty(AnnotateChecks.Problems(docx, "paper.docx"));
    }

    [Theory]
    [InlineData("paper.docx")]
    [InlineData("consistency.docx")]
    [InlineData("notes.docx")]
    public void An_annotated_sample_has_one_comment_per_finding_and_validates(string sample) =>
        Assert.Empty(AnnotateChecks.Problems(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample)), sample));
}
