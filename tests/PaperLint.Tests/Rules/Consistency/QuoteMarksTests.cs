using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class QuoteMarksTests
{
    private static readonly QuoteMarks Rule = new();

    [Fact]
    public void Passes_a_paper_that_keeps_to_one_style()
    {
        RuleTester.Valid(
            Rule,
            "She called it “the people’s university”, and the readers’ letters agree.",
            "She called it \"the people's university\", and the readers' letters agree.",
            // Straight double marks with curly apostrophes: each kind is counted on its own.
            "She called it \"the people’s university\", and the readers’ letters agree.",
            // Feet and inches are not quotation marks.
            "The shelves stood 7' 6\" high in the “new” room.",
            "The card is \"wlan0\", and the shelves stood 6\" apart.",
            // A quotation over several paragraphs opens each of them and closes at its end.
            "He wrote: “The room was full every night.\n\n“Men came from the docks and the mills.\n\n“Nobody left before ten.”");
    }

    [Fact]
    public void Leaves_code_and_urls_alone()
    {
        RuleTester.Valid(
            Rule,
            [SourceFormat.Markdown],
            "The “catalogue” lists `\"shelf\"` and <https://example.org/a\"b>, and the “index”.");
    }

    [Fact]
    public void Reports_straight_double_marks_among_curly_ones()
    {
        RuleTester.Invalid(
            Rule,
            "The “reading habit” spread.\n\nThe \"library habit\" followed, and the “lecture habit”.",
            new Expected("\"", "“", 3, 5),
            new Expected("\"", "”", 3, 19));

        var finding = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The “a” and “b” and \"c\"."))).First();
        Assert.Equal("straight quotation mark among curly ones (2× against 4× quotation marks); use “", finding.Message);
    }

    [Fact]
    public void Reports_a_straight_apostrophe_among_curly_ones()
    {
        RuleTester.Invalid(
            Rule,
            "The readers’ room and the members’ room.\n\nThe librarian's desk stood by the door.",
            new Expected("'", "’", 3, 14));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The readers’ room, the members’ room and the librarian's desk."))));
        Assert.Equal("straight apostrophe among curly ones (1× against 2× apostrophes and single quotation marks); use ’", finding.Message);
    }

    [Fact]
    public void Reports_a_quotation_opened_and_never_closed_in_its_paragraph()
    {
        RuleTester.Invalid(
            Rule,
            "She wrote “the room was full and the lamps were lit.\n\nThe next paragraph is the author’s own.",
            new Expected("“", Line: 1, Column: 11));
        RuleTester.Invalid(
            Rule,
            "He said \"enough and left. Then \"more\" came.",
            new Expected("\"", Line: 1, Column: 9));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "She wrote “the room was full."))));
        Assert.Equal("this “ opens a quotation that is not closed in its paragraph; close it with ” (a quotation that runs over several paragraphs opens each of them with a quotation mark)", finding.Message);
    }

    [Fact]
    public void House_style_wins_over_the_majority()
    {
        var context = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["straight"] });
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The “a” and “b” and \"c\"."), context)).ToList();

        Assert.Equal(["“", "”", "“", "”"], findings.Select(f => f.Match));
        Assert.Equal(["\"", "\"", "\"", "\""], findings.Select(f => Assert.Single(f.Suggestions)));
        Assert.EndsWith("use \" (house style)", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_count_the_reference_list()
    {
        RuleTester.Valid(Rule, "The “reading habit” spread.\n\nReferences\n\nSmith, A. (1990). \"Reading rooms\". Journal of Libraries.");
    }
}
