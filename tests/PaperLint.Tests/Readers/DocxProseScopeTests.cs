using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>What of a Word paragraph is not prose (code, URLs), and hand-typed notes at the end of a Word paper.</summary>
public sealed class DocxProseScopeTests
{
    [Fact]
    public void Runs_in_a_monospaced_font_are_code()
    {
        var mono = new RunProperties(new RunFonts { Ascii = "Courier New" });
        byte[] docx = new DocxFixture().Body(Para(TextRun("Search for "), TextRun("lead by", mono), TextRun(" there."))).Build();

        var block = Read(docx).Blocks[0];

        Assert.Equal("Search for lead by there.", block.Text);
        Assert.True(block.TouchesNonProse(11, 7));
        Assert.False(block.TouchesNonProse(0, 6));
    }

    [Fact]
    public void Runs_in_a_code_character_style_are_code()
    {
        var style = new Style(new StyleName { Val = "Verbatim Char" }) { Type = StyleValues.Character, StyleId = "VerbatimChar" };
        var code = new RunProperties(new RunStyle { Val = "VerbatimChar" });
        byte[] docx = new DocxFixture().Style(style).Body(Para(TextRun("Type "), TextRun("the the", code), TextRun(" here."))).Build();

        var block = Read(docx).Blocks[0];

        Assert.True(block.TouchesNonProse(5, 7));
    }

    [Fact]
    public void Bare_urls_in_a_paragraph_are_not_prose()
    {
        var block = Read(DocxFixture.FromParagraphs("See https://example.org/lead-by-example for more.")).Blocks[0];

        var url = Assert.Single(block.Spans, s => s.Kind == SpanKind.Url);
        Assert.Equal("https://example.org/lead-by-example", block.Text.Substring(url.Start, url.Length));
    }

    [Fact]
    public void A_paragraph_opening_with_superscript_digits_is_a_hand_typed_note()
    {
        byte[] docx = new DocxFixture().Body(
            Para(TextRun("A claim"), TextRun("1", Superscript()), TextRun(" and another"), TextRun("2", Superscript()), TextRun(".")),
            Para(TextRun("1", Superscript()), TextRun(" First source.")),
            Para(TextRun("2", Superscript()), TextRun(" Second source."))).Build();

        var document = Read(docx);

        Assert.Equal([BlockKind.Paragraph, BlockKind.FootnoteBody, BlockKind.FootnoteBody], document.Blocks.Select(b => b.Kind));
        Assert.Equal(["1", "2"], document.FootnoteRefs.Select(r => r.Label));
        Assert.All(document.FootnoteRefs, r => Assert.Equal(MarkerStyle.DocxSuperscriptRun, r.Style));
        Assert.Equal([1, 2], document.FootnoteDefs.Select(d => d.Number));
        Assert.Equal("¶2", document.FootnoteDefs[0].Location.ToString());
        Assert.Same(document.FootnoteDefs[1], document.Blocks[2].Note);
    }

    private static PaperLint.Core.Model.Document Read(byte[] docx) => new DocxReader().Read("test.docx", new MemoryStream(docx));
}
