using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Fixes;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Fixes;

/// <summary>Fixes in Word documents: tracked changes by PaperLint that keep the formatting, in the body and in notes.</summary>
public sealed class DocxFixerTests
{
    private static readonly XNamespace W = FixChecks.W;

    private static (FixResult Result, string Xml) FixAndRead(byte[] docx, string part = "word/document.xml")
    {
        var result = FixChecks.Fix(docx, "paper.docx");
        return (result, result.Content is { } content ? FixChecks.Part(content, part).ToString(SaveOptions.DisableFormatting) : "");
    }

    private static List<(string Kind, string Text, string? Author)> Changes(string xml) =>
        [.. XDocument.Parse(xml).Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del")
            .Select(e => (e.Name.LocalName, string.Concat(e.Descendants().Where(t => t.Name == W + "t" || t.Name == W + "delText").Select(t => t.Value)), (string?)e.Attribute(W + "author")))];

    [Fact]
    public void A_swap_is_a_tracked_deletion_and_insertion_of_the_words_that_differ()
    {
        var (result, xml) = FixAndRead(FromParagraphs("A movement lead by the chapels reached the towns."));

        Assert.Equal("Typos.LeadBy", Assert.Single(result.Applied).Finding.RuleId);
        Assert.Equal([("del", "lead", "PaperLint"), ("ins", "led", "PaperLint")], Changes(xml));
        Assert.Contains("w:date=\"2026-01-02T03:04:05Z\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_word_loses_one_copy_and_nothing_is_inserted()
    {
        var (_, xml) = FixAndRead(FromParagraphs("They set it in the in the history of ideas."));

        Assert.Equal([("del", " in the", "PaperLint")], Changes(xml));
    }

    [Fact]
    public void The_inserted_text_keeps_the_formatting_of_the_text_it_replaces()
    {
        var docx = new DocxFixture().Body(Para(TextRun("A movement "), TextRun("lead by the chapels", new RunProperties(new Italic())), TextRun(" reached the towns."))).Build();

        var (_, xml) = FixAndRead(docx);

        var inserted = XDocument.Parse(xml).Descendants(W + "ins").Single();
        Assert.NotNull(inserted.Descendants(W + "i").SingleOrDefault());
        Assert.Equal("A movement led by the chapels reached the towns.", DocumentLoader.Load(FixChecks.Fix(docx, "paper.docx").Content!, "paper.docx").Blocks[0].Text);
    }

    [Fact]
    public void A_match_across_runs_is_fixed_in_each_run()
    {
        var docx = new DocxFixture().Body(Para(TextRun("A movement le", new RunProperties(new Bold())), TextRun("ad by the chapels reached the towns."))).Build();

        var (result, xml) = FixAndRead(docx);

        Assert.Single(result.Applied);
        Assert.Equal([("del", "le", "PaperLint"), ("del", "ad", "PaperLint"), ("ins", "led", "PaperLint")], Changes(xml));
        Assert.Equal("A movement led by the chapels reached the towns.", DocumentLoader.Load(result.Content!, "paper.docx").Blocks[0].Text);
    }

    [Fact]
    public void Text_in_another_authors_tracked_insertion_is_left_with_its_reason()
    {
        var insertion = new InsertedRun(TextRun("lead by the chapels")) { Id = "7", Author = "An Editor", Date = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var docx = new DocxFixture().Body(Para(TextRun("A movement "), insertion, TextRun(" reached the towns."))).Build();

        var result = FixChecks.Fix(docx, "paper.docx");

        Assert.Null(result.Content);
        Assert.Contains("a tracked change", Assert.Single(result.Unapplied).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_in_a_footnote_is_tracked_in_the_notes_part()
    {
        var docx = new DocxFixture().Paragraph("The movement grew.[^1]").Footnote(1, "Woods et. al. (1995) set out the background.").Build();

        var (result, xml) = FixAndRead(docx, "word/footnotes.xml");

        Assert.Equal("Typos.EtAl", Assert.Single(result.Applied).Finding.RuleId);
        Assert.Equal([("del", ".", "PaperLint")], Changes(xml));
    }

    [Fact]
    public void Change_ids_do_not_collide_with_the_documents_own()
    {
        var bookmark = new BookmarkStart { Id = "40", Name = "here" };
        var docx = new DocxFixture().Body(Para(bookmark, TextRun("A movement lead by the chapels reached the towns."), new BookmarkEnd { Id = "40" })).Build();

        var (_, xml) = FixAndRead(docx);

        var ids = XDocument.Parse(xml).Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").Select(e => (string)e.Attribute(W + "id")!).ToList();
        Assert.Equal(["41", "42"], ids);
    }

    [Theory]
    [InlineData("paper.docx")]
    [InlineData("consistency.docx")]
    [InlineData("notes.docx")]
    public void A_fixed_sample_validates_reads_as_expected_and_a_second_run_changes_nothing(string sample)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));

        Assert.Empty(FixChecks.Problems(original, sample, RepoPaths.Samples));
    }

    [Fact]
    public void The_original_bytes_are_never_touched()
    {
        string path = Path.Combine(RepoPaths.Samples, "paper.docx");
        byte[] before = File.ReadAllBytes(path);

        FixChecks.Fix(before, "paper.docx");

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("lead by", "led by", 0, 3)]
    [InlineData("in the in the", "in the", 6, 0)]
    [InlineData("et. al.", "et al.", 2, 4)]
    [InlineData("cooperative", "co-operative", 0, 0)]
    [InlineData("self improvement", "self-improvement", 4, 11)]
    [InlineData("\"", "“", 0, 0)]
    public void Only_whole_words_that_differ_are_marked(string match, string replacement, int prefix, int suffix) =>
        Assert.Equal((prefix, suffix), DocxFixer.Changed(match, replacement));
}
