using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>Bookmarks and the links that lead to them: how a Word paper cites a numbered list through cross-references.</summary>
public sealed class DocxInternalLinkTests
{
    [Fact]
    public void Records_a_hyperlink_to_a_bookmark_and_the_bookmark()
    {
        var doc = DocxReaderTests.Read(new DocxFixture()
            .Body(
                Para(TextRun("As shown "), new Hyperlink(TextRun("[3]")) { Anchor = "_Ref3" }, TextRun(".")),
                Para(new BookmarkStart { Id = "1", Name = "_Ref3" }, new BookmarkEnd { Id = "1" }, TextRun("3")))
            .Build());

        Assert.Equal([new InternalLink(9, 3, "_Ref3")], doc.Blocks[0].InternalLinks);
        Assert.Equal(["_Ref3"], doc.Blocks[1].Bookmarks);
    }

    [Fact]
    public void Records_a_cross_reference_field_and_a_local_hyperlink_field_but_keeps_only_the_hyperlink_as_link_text()
    {
        var doc = DocxReaderTests.Read(new DocxFixture()
            .Body(Para(
                TextRun("See "),
                FieldRun(FieldCharValues.Begin),
                new Run(new FieldCode(" REF _Ref12 \\h ")),
                FieldRun(FieldCharValues.Separate),
                TextRun("[12]"),
                FieldRun(FieldCharValues.End),
                TextRun(" and "),
                FieldRun(FieldCharValues.Begin),
                new Run(new FieldCode(" HYPERLINK \\l \"ref-serge1974\" ")),
                FieldRun(FieldCharValues.Separate),
                TextRun("Serge"),
                FieldRun(FieldCharValues.End),
                TextRun(".")))
            .Build());

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("See [12] and Serge.", block.Text);
        Assert.Equal([new InternalLink(4, 4, "_Ref12"), new InternalLink(13, 5, "ref-serge1974")], block.InternalLinks);
        Assert.Equal([new InlineSpan(SpanKind.LinkText, 13, 5)], block.Spans);
    }

    [Fact]
    public void A_bookmark_between_paragraphs_belongs_to_the_next_paragraph_with_text()
    {
        var doc = DocxReaderTests.Read(new DocxFixture()
            .Body(
                Para(TextRun("Text.")),
                new BookmarkStart { Id = "7", Name = "entry-7" },
                Para(),
                Para(TextRun("Serge, V. (1974). From Lenin to Stalin.")),
                new BookmarkEnd { Id = "7" })
            .Build());

        Assert.Empty(doc.Blocks[0].Bookmarks);
        Assert.Equal(["entry-7"], doc.Blocks[1].Bookmarks);
    }

    private static Run FieldRun(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
}
