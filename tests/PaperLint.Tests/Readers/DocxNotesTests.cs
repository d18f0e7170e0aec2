using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Readers.DocxReaderTests;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

public sealed class DocxNotesTests
{
    [Fact]
    public void Numbers_footnotes_in_order_of_first_reference_and_skips_separators()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("A claim.[^5] Another claim.[^2]")
            .Footnote(2, "Cited second.")
            .Footnote(5, "Cited first.")
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "A claim. Another claim."
            FootnoteBody word/footnotes.xml footnote 2 ¶1 "Cited second."
            FootnoteBody word/footnotes.xml footnote 1 ¶1 "Cited first."
            FootnoteRef 1 (5) word/document.xml ¶1 @8+0
            FootnoteRef 2 (2) word/document.xml ¶1 @23+0

            """,
            DocxSnapshot.Of(doc));

        Assert.Equal(["2", "5"], doc.FootnoteDefs.Select(d => d.Label));
        Assert.Equal([2, 1], doc.FootnoteDefs.Select(d => d.Number));
        Assert.All(doc.FootnoteDefs, d => Assert.Equal((FootnoteNumbering.Auto, MarkerStyle.DocxNative), (d.Numbering, d.Style)));
        Assert.All(doc.FootnoteRefs, r => Assert.Equal((FootnoteNumbering.Auto, MarkerStyle.DocxNative, 0), (r.Numbering, r.Style, r.Length)));
        Assert.Same(doc.FootnoteDefs[0], doc.Blocks[1].Note);
        Assert.Same(doc.Blocks[2], Assert.Single(doc.FootnoteDefs[1].Blocks));
        Assert.Equal(new DocxLocation("word/footnotes.xml", 2, 0, 0, NoteKind.Footnote, 1, 1), doc.FootnoteDefs[1].Location);
        Assert.Equal("footnote 1, ¶1", doc.FootnoteDefs[1].Location.ToString());
    }

    [Fact]
    public void Reads_endnotes_after_footnotes_and_numbers_them_separately()
    {
        var endnoteRef = new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new EndnoteReference { Id = 3 });
        var doc = Read(new DocxFixture()
            .Body(Para(TextRun("Endnote first."), endnoteRef))
            .Paragraph("Then a footnote.[^1]")
            .Endnote(3, "The endnote.")
            .Footnote(1, "The footnote.")
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "Endnote first."
            Paragraph word/document.xml ¶2 "Then a footnote."
            FootnoteBody word/footnotes.xml footnote 1 ¶1 "The footnote."
            FootnoteBody word/endnotes.xml endnote 1 ¶1 "The endnote."
            EndnoteRef 1 (3) word/document.xml ¶1 @14+0
            FootnoteRef 1 (1) word/document.xml ¶2 @16+0

            """,
            DocxSnapshot.Of(doc));
        Assert.Equal([NoteKind.Footnote, NoteKind.Endnote], doc.FootnoteDefs.Select(d => d.Kind));
    }

    [Fact]
    public void Keeps_an_unreferenced_note_without_a_number_and_places_it_by_its_paragraph()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("Only one reference.[^1]")
            .Footnote(1, "Referenced.")
            .Footnote(7, "Nobody refers to me.")
            .Build());

        var orphan = doc.FootnoteDefs[1];
        Assert.Equal(("7", (int?)null), (orphan.Label, orphan.Number));
        Assert.Equal(new DocxLocation("word/footnotes.xml", 2, 0, 0, NoteKind.Footnote, null, 1), orphan.Location);
        Assert.Equal("unnumbered footnote (¶2 of the footnotes)", orphan.Location.ToString());
    }

    [Fact]
    public void Records_a_reference_to_a_note_that_does_not_exist()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("Dangling.[^4] Fine.[^1]")
            .Footnote(1, "Exists.")
            .Build());

        Assert.Equal(["4", "1"], doc.FootnoteRefs.Select(r => r.Label));
        Assert.Equal([1, 2], doc.FootnoteRefs.Select(r => r.Number));
        Assert.Equal("1", Assert.Single(doc.FootnoteDefs).Label);
    }

    [Fact]
    public void Gives_an_empty_note_a_definition_and_an_empty_block()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("Empty note here.[^3]")
            .NoteElement(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), TextRun(" "))) { Id = 3 })
            .Build());

        var def = Assert.Single(doc.FootnoteDefs);
        Assert.True(def.IsEmpty);
        Assert.Equal(1, def.Number);
        var block = Assert.Single(def.Blocks);
        Assert.Equal((BlockKind.FootnoteBody, ""), (block.Kind, block.Text));
        Assert.Same(def, block.Note);
    }

    [Fact]
    public void A_custom_mark_shows_its_own_mark_and_takes_no_number()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(
                TextRun("Starred."),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1, CustomMarkFollows = true }, new Text("*")),
                TextRun(" Numbered."),
                new Run(new FootnoteReference { Id = 2 })))
            .Paragraph("More.[^2]")
            .Footnote(1, "A starred note.")
            .Footnote(2, "A numbered note.")
            .Build());

        Assert.Equal("Starred.* Numbered.", doc.Blocks[0].Text);
        Assert.Equal([(int?)null, 1, 1], doc.FootnoteRefs.Select(r => r.Number));
        Assert.Equal("*", doc.FootnoteRefs[0].Display);
        Assert.DoesNotContain(doc.FootnoteRefs, r => r.Numbering == FootnoteNumbering.Manual);
    }

    [Fact]
    public void Records_references_made_inside_notes()
    {
        var doc = Read(new DocxFixture()
            .Paragraph("Body.[^1]")
            .NoteElement(new Footnote(
                Para(new Run(new FootnoteReferenceMark()), TextRun(" See also the next note.")),
                Para(TextRun("Second paragraph."), new Run(new FootnoteReference { Id = 2 })))
            { Id = 1 })
            .Footnote(2, "Reached from a note.")
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "Body."
            FootnoteBody word/footnotes.xml footnote 1 ¶1 "See also the next note."
            FootnoteBody word/footnotes.xml footnote 1 ¶2 "Second paragraph."
            FootnoteBody word/footnotes.xml footnote 2 ¶1 "Reached from a note."
            FootnoteRef 1 (1) word/document.xml ¶1 @5+0
            FootnoteRef 2 (2) word/footnotes.xml footnote 1 ¶2 @17+0

            """,
            DocxSnapshot.Of(doc));
        Assert.Equal(new DocxLocation("word/footnotes.xml", 3, 0, 0, NoteKind.Footnote, 2, 1), doc.FootnoteDefs[1].Location);
    }

    [Fact]
    public void Takes_superscript_digits_typed_by_hand_for_a_manual_marker()
    {
        var doc = Read(new DocxFixture()
            .Style(new Style(new StyleName { Val = "Note Mark" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            {
                Type = StyleValues.Character,
                StyleId = "NoteMark",
            })
            .Body(
                Para(TextRun("A claim."), TextRun("1", Superscript()), TextRun("2", Superscript()), TextRun(" The 5"), TextRun("th", Superscript()), TextRun(" time.")),
                Para(TextRun("Area of 10 m"), TextRun("2", Superscript()), TextRun(". Styled."), TextRun("3", new RunProperties(new RunStyle { Val = "NoteMark" }))))
            .Build());

        Assert.Equal(
            """
            Paragraph word/document.xml ¶1 "A claim.12 The 5th time."
            Paragraph word/document.xml ¶2 "Area of 10 m2. Styled.3"
            ManualRef 12 (12) word/document.xml ¶1 @8+2
            ManualRef 3 (3) word/document.xml ¶2 @22+1

            """,
            DocxSnapshot.Of(doc));
        Assert.All(doc.FootnoteRefs, r => Assert.Equal((FootnoteNumbering.Manual, MarkerStyle.DocxSuperscriptRun), (r.Numbering, r.Style)));
        Assert.Equal([new InlineSpan(SpanKind.Superscript, 8, 2), new InlineSpan(SpanKind.Superscript, 16, 2)], doc.Blocks[0].Spans);
        Assert.Empty(doc.FootnoteDefs);
    }

    [Fact]
    public void Does_not_take_a_native_reference_for_a_manual_marker()
    {
        var doc = Read(new DocxFixture().Paragraph("Native.[^1]").Footnote(1, "Note.").Build());

        Assert.Equal(FootnoteNumbering.Auto, Assert.Single(doc.FootnoteRefs).Numbering);
        Assert.Equal("Note.", doc.Blocks[1].Text);
    }

    [Fact]
    public void Does_not_take_raised_numbers_in_brackets_for_notes_when_they_cite_a_numbered_list()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(TextRun("Packets were captured with Tcpdump"), TextRun("[1]", Superscript()), TextRun(" and read with Zeek"), TextRun("[2]", Superscript()), TextRun(".")),
                Para(TextRun("References")),
                Para(TextRun("[1] Tcpdump manual.")),
                Para(TextRun("[2] Zeek documentation.")))
            .Build());

        Assert.Empty(doc.FootnoteRefs);
        Assert.Empty(doc.FootnoteDefs);
        Assert.Contains(new InlineSpan(SpanKind.Superscript, 34, 3), doc.Blocks[0].Spans);
    }

    [Fact]
    public void Takes_raised_numbers_in_brackets_for_notes_where_notes_with_those_numbers_are_typed()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(TextRun("Packets were captured"), TextRun("[1]", Superscript()), TextRun(" and read"), TextRun("[3]", Superscript()), TextRun(".")),
                Para(TextRun("1", Superscript()), TextRun(" With a laptop on the quay.")))
            .Build());

        var reference = Assert.Single(doc.FootnoteRefs);
        Assert.Equal((1, 22), (reference.Number, reference.Offset));
        Assert.Equal("1 With a laptop on the quay.", Assert.Single(doc.FootnoteDefs).Text);
    }

    [Fact]
    public void Does_not_take_an_author_lines_raised_numbers_or_its_affiliations_for_notes()
    {
        var doc = Read(new DocxFixture()
            .Body(
                Para(TextRun("Tides of the Northern Coast")),
                Para(
                    TextRun("Maren Holt"), TextRun("1,2,*", Superscript()), TextRun(", Ivo de Wit"), TextRun("2", Superscript()),
                    TextRun(" and J. P. Quist"), TextRun("1", Superscript())),
                Para(TextRun("1", Superscript()), TextRun("\tCoastal Institute, Bergen")),
                Para(TextRun("2", Superscript()), TextRun("\tHarbour Museum, Delft")),
                Para(TextRun("3", Superscript()), TextRun("\tFormerly at the Port Authority")),
                Para(TextRun("* Corresponding author.")),
                Para(TextRun("The tides rose."), TextRun("1", Superscript())),
                Para(TextRun("1", Superscript()), TextRun(" A gauge record.")))
            .Build());

        var reference = Assert.Single(doc.FootnoteRefs);
        Assert.Equal((1, "The tides rose.1"), (reference.Number, reference.Block.Text));
        Assert.Equal("1 A gauge record.", Assert.Single(doc.FootnoteDefs).Text);
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.FootnoteBody],
            doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Does_not_take_a_raised_negative_exponent_for_a_note()
    {
        var doc = Read(new DocxFixture()
            .Body(Para(TextRun("A dose of 10 mg ml"), TextRun("-1", Superscript()), TextRun(" and a rate of 60 sec"), TextRun("\u22121", Superscript()), TextRun(", as in notes"), TextRun("1-3", Superscript()), TextRun(".")))
            .Build());

        Assert.Equal(["1", "3"], doc.FootnoteRefs.Select(r => r.Label));
    }
}
