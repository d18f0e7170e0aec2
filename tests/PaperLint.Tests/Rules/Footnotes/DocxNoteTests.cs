using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>The footnote rules on Word's native notes, in documents built with the Open XML SDK.</summary>
public sealed class DocxNoteTests
{
    private static readonly IRule[] AllRules = [new Sequence(), new Undefined(), new Unreferenced(), new Duplicate(), new Empty(), new BodyOrder()];

    [Fact]
    public void Native_notes_numbered_by_word_give_no_finding_whatever_their_ids()
    {
        var fixture = new DocxFixture();
        for (int i = 0; i < 12; i++)
        {
            // Ids out of order and with gaps, as Word leaves them after notes are moved and deleted.
            int id = 30 - (i * 2);
            fixture.Paragraph($"Claim number {i + 1} is made here.[^{id}]").Footnote(id, $"Source for claim {i + 1}.");
        }

        byte[] docx = fixture.Paragraph("> A quoted line with its own note.[^40]", "Quote").Footnote(40, "Source of the quotation.").Build();

        foreach (var rule in AllRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, docx));
        }
    }

    [Fact]
    public void Undefined_reports_a_reference_to_a_missing_note()
    {
        byte[] docx = new DocxFixture().Paragraph("A claim.[^2] Another.[^3]").Footnote(2, "Source.").Build();

        var finding = Assert.Single(FootnoteCases.Run(new Undefined(), docx));

        Assert.Equal("this footnote reference points to a note that is not in the document; delete the reference and insert the footnote again", finding.Message);
        Assert.Equal("¶1", finding.Location.ToString());
    }

    [Fact]
    public void Unreferenced_reports_a_note_no_reference_uses()
    {
        byte[] docx = new DocxFixture().Paragraph("A claim.[^2]").Footnote(2, "Source.").Footnote(5, "Orphan note.").Build();

        var finding = Assert.Single(FootnoteCases.Run(new Unreferenced(), docx));

        Assert.Equal("this footnote is in the document but no reference in the text points to it; insert its reference or delete the note", finding.Message);
        Assert.Equal("word/footnotes.xml", Assert.IsType<PaperLint.Core.Model.DocxLocation>(finding.Location).Part);
    }

    [Fact]
    public void Duplicate_reports_a_second_reference_to_the_same_note()
    {
        byte[] docx = new DocxFixture().Paragraph("A claim.[^2]").Paragraph("Copied mark.[^2]").Footnote(2, "Source.").Build();

        var finding = Assert.Single(FootnoteCases.Run(new Duplicate(), docx));

        Assert.Equal("this footnote reference points to the same note as the one at ¶1; Word gives each reference its own note, so insert a new footnote here", finding.Message);
        Assert.Equal("¶2", finding.Location.ToString());
    }

    [Fact]
    public void Empty_reports_a_note_with_no_text()
    {
        byte[] docx = new DocxFixture().Paragraph("A claim.[^1] Another.[^2]").Footnote(1, "Source.").Footnote(2, "").Build();

        var finding = Assert.Single(FootnoteCases.Run(new Empty(), docx));

        Assert.Equal("footnote 2 is empty; write the note or delete it and its marker", finding.Message);
        Assert.Equal("footnote 2, ¶1", finding.Location.ToString());
    }

    [Fact]
    public void Sequence_reports_hand_typed_superscript_numbers_that_skip()
    {
        byte[] docx = new DocxFixture().Body(
            Para(TextRun("First claim"), TextRun("1", Superscript()), TextRun(" and second"), TextRun("3", Superscript()), TextRun(".")),
            Para(TextRun("Area of 40 m"), TextRun("2", Superscript()), TextRun(" and the 2"), TextRun("nd", Superscript()), TextRun(" edition."))).Build();

        var finding = Assert.Single(FootnoteCases.Run(new Sequence(), docx));

        Assert.Equal("footnote 3 follows footnote 1; 2 is missing; renumber the notes from here or add the missing one", finding.Message);
        Assert.Equal("3", finding.Match);
        Assert.Equal(new PaperLint.Core.Model.DocxLocation("word/document.xml", 1, 23, 1), finding.Location);
    }

    [Fact]
    public void Numeric_citations_affiliation_numbers_and_raised_units_give_no_finding()
    {
        byte[] docx = new DocxFixture().Body(
            Para(TextRun("Tides of the Northern Coast")),
            Para(TextRun("Maren Holt"), TextRun("1,2,*", Superscript()), TextRun(", Ivo de Wit"), TextRun("2", Superscript()), TextRun(" and Sara Quist"), TextRun("1", Superscript())),
            Para(TextRun("1", Superscript()), TextRun("\tCoastal Institute")),
            Para(TextRun("2", Superscript()), TextRun("\tHarbour Museum")),
            Para(TextRun("Packets were captured with Tcpdump"), TextRun("[1]", Superscript()), TextRun(" at a rate of 60 sec"), TextRun("-1", Superscript()), TextRun(" and read with Zeek"), TextRun("[2]", Superscript()), TextRun(".")),
            Para(TextRun("References")),
            Para(TextRun("[1] Tcpdump manual.")),
            Para(TextRun("[2] Zeek documentation."))).Build();

        foreach (var rule in AllRules)
        {
            Assert.Empty(FootnoteCases.Run(rule, docx));
        }
    }

    [Fact]
    public void Undefined_still_reports_a_raised_number_with_no_note_after_a_word()
    {
        byte[] docx = new DocxFixture().Body(Para(TextRun("The estimate was corrected"), TextRun("1", Superscript()), TextRun("."))).Build();

        var finding = Assert.Single(FootnoteCases.Run(new Undefined(), docx));

        Assert.Equal("footnote 1 has no note text; add note 1 or remove the marker", finding.Message);
    }
}
