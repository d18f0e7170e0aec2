using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Footnotes;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>A raised number that cites an entry of a numbered list is no note marker; one that a note carries is.</summary>
public sealed class NumericCitationNoteTests
{
    private static readonly IRule[] Rules = [new Sequence(), new Undefined(), new Unreferenced(), new Duplicate()];

    [Fact]
    public void Raised_citations_of_a_numbered_list_are_not_notes_without_text()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = PaperDocuments.From(format, "Lights were lit^{1} and kept^{2,3} and kept again^{2}; keepers^{5} logged^{4}.\n\n" + Citations.NumericCitationsTests.List);
            var context = LintContext.For(document);

            Assert.Empty(Rules.SelectMany(r => r.Check(context)));
        }
    }

    [Fact]
    public void Without_a_numbered_list_raised_numbers_stay_note_markers()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = PaperDocuments.From(format, "Lights were lit^{1} and kept^{2}.\n\n# References\n\nMarlow, T. (2001). *Harbour Lights*. Sea Press.\n\nFerrand, L. (1998). *The Lamp Room*. Sea Press.");
            var findings = new Undefined().Check(LintContext.For(document)).ToList();

            Assert.Equal(2, findings.Count);
        }
    }

    [Fact]
    public void A_raised_number_with_a_hand_typed_note_stays_a_note_marker()
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var document = PaperDocuments.From(format, "Lights were lit^{1} and kept^{2} as logs^{3} show^{1}.\n\n^{1} The keeper's own remark on the lamps.\n\n" + Citations.NumericCitationsTests.List);
            var findings = new Duplicate().Check(LintContext.For(document)).Concat(new Sequence().Check(LintContext.For(document))).ToList();

            // The note 1 is marked twice: the note rules see both of its markers, and nothing of the citations 2 and 3.
            Assert.Single(findings);
        }
    }
}
