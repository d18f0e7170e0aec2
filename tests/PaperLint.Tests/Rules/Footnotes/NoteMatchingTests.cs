using PaperLint.Core.Model;
using PaperLint.Core.Rules.Footnotes;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>Undefined, Unreferenced, Duplicate, Empty and BodyOrder on hand-numbered notes in plain text.</summary>
public sealed class NoteMatchingTests
{
    private const string Correct = "First claim¹ and second² and third³.\n\n¹ One.\n\n² Two.\n\n³ Three.";

    [Fact]
    public void Correct_notes_give_no_finding_from_any_footnote_rule()
    {
        foreach (var rule in new PaperLint.Core.Rules.IRule[] { new Sequence(), new Undefined(), new Unreferenced(), new Duplicate(), new Empty(), new BodyOrder() })
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.PlainText, Correct));
        }
    }

    [Fact]
    public void Undefined_reports_a_marker_with_no_note_text()
    {
        var findings = FootnoteCases.Run(new Undefined(), SourceFormat.PlainText, "First claim¹ and second².\n\n¹ One.");

        Assert.Equal(["1:24 ²: footnote 2 has no note text; add note 2 or remove the marker"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Unreferenced_reports_a_note_no_marker_uses_at_the_note()
    {
        var findings = FootnoteCases.Run(new Unreferenced(), SourceFormat.PlainText, "First claim¹.\n\n¹ One.\n\n² Two.");

        Assert.Equal(["5:1 2: footnote 2 is never referenced in the text; add its marker or delete the note"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Duplicate_reports_the_second_note_with_the_same_number()
    {
        var findings = FootnoteCases.Run(new Duplicate(), SourceFormat.PlainText, "First claim¹ and second².\n\n¹ One.\n\n² Two.\n\n² Two again.");

        Assert.Equal(["7:1 2: footnote 2 is defined twice (first at 5:1); merge the two notes or give this one its own number"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Empty_reports_a_note_with_no_text()
    {
        var findings = FootnoteCases.Run(new Empty(), SourceFormat.PlainText, "First claim¹ and second².\n\n¹ One.\n\n²");

        Assert.Equal(["5:1 2: footnote 2 is empty; write the note or delete it and its marker"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void BodyOrder_reports_note_texts_out_of_numeric_order()
    {
        var findings = FootnoteCases.Run(new BodyOrder(), SourceFormat.PlainText, "First claim¹ and second² and third³.\n\n¹ One.\n\n³ Three.\n\n² Two.");

        Assert.Equal(["7:1 2: the text of footnote 2 comes after that of footnote 3; put the note texts in numeric order"], FootnoteCases.Lines(findings));
    }

    [Fact]
    public void Notes_interleaved_with_body_text_after_page_breaks_are_in_order()
    {
        const string text = "Body¹ text.\n\n¹ One.\n\nMore² body.\n\n² Two, which runs\n\nover the page.\n\nEnd³.\n\n³ Three.";

        Assert.Empty(FootnoteCases.Run(new BodyOrder(), SourceFormat.PlainText, text));
        Assert.Empty(FootnoteCases.Run(new Undefined(), SourceFormat.PlainText, text));
        Assert.Empty(FootnoteCases.Run(new Unreferenced(), SourceFormat.PlainText, text));
    }

    [Theory]
    [InlineData("Packets were captured with Tcpdump[1] and read with Zeek [2].\n\nReferences\n\n[1] Tcpdump manual.\n\n[2] Zeek documentation.")]
    [InlineData("Tides of the Northern Coast\n\nMaren Holt¹,², Ivo de Wit² and Sara Quist¹\n\n¹ Coastal Institute\n\n² Harbour Museum\n\n³ Port Authority\n\nThe tides rose on the northern coast for a month, the gauges said, and the harbour flooded twice before the council met to talk about a wall; nobody agreed on who would pay for it, and the plan was dropped.¹\n\n¹ A gauge record.")]
    public void Citation_numbers_and_affiliation_numbers_give_no_finding(string text)
    {
        foreach (var rule in new PaperLint.Core.Rules.IRule[] { new Sequence(), new Undefined(), new Unreferenced(), new Duplicate(), new Empty(), new BodyOrder() })
        {
            Assert.Empty(FootnoteCases.Run(rule, SourceFormat.PlainText, text));
        }
    }
}
