using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class SpellingTests
{
    private static readonly IRule Rule = ShippedRules.Get("Consistency.Spelling");

    [Fact]
    public void Passes_a_paper_that_keeps_to_one_spelling()
    {
        RuleTester.Valid(
            Rule,
            "The defence of the city failed.\n\nLater the defence of the republic failed too.",
            "They organized the strike and analyzed the results.",
            "The Ministry of Defence answered, but the army's defense of the plan was thin.",
            "The Labour Party won. Labor unions in America disagreed.");
    }

    [Fact]
    public void Passes_a_paper_in_oxford_spelling()
    {
        RuleTester.Valid(
            Rule,
            "The colour of the banners was realized in the centre of town.\n\nThe labour movement organized reading rooms and analysed their use; the organizers honoured the travellers.");
    }

    [Fact]
    public void Reports_the_less_used_spelling_with_the_other_as_the_suggestion()
    {
        RuleTester.Invalid(
            Rule,
            "The defence held. Later the defense of the republic failed.\n\nThe defence was weak.",
            new Expected("defense", "defence", 1, 29));
        RuleTester.Invalid(
            Rule,
            "They organised the strike.\n\nOthers organized the march, and organised the meeting.",
            new Expected("organized", "organised", 3, 8));
    }

    [Fact]
    public void Counts_the_words_of_one_spelling_rule_together()
    {
        // Colour and honour are British; labor is the one American -our/-or word, though labour never occurs.
        RuleTester.Invalid(
            Rule,
            "The colour of the banner and the honour of the guild.\n\nThe labor of its members was unpaid.",
            new Expected("labor", "labour", 3, 5));
    }

    [Fact]
    public void Says_which_side_each_spelling_is_on_and_how_often_each_occurs()
    {
        var document = TestDocuments.From(SourceFormat.PlainText, "The colour faded. The colours ran. The color held.");

        var finding = Assert.Single(Rule.Check(LintContext.For(document)));

        Assert.Equal("'color' is American spelling, but British spelling is used for -our/-or words (American 1×, British 2×); use 'colour'", finding.Message);
    }

    [Fact]
    public void House_style_names_a_side_or_a_form()
    {
        const string text = "The colour faded. The colours ran. The color held. They organised it and organized it again.";
        var american = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["American"] });
        var oxford = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["organize", "British"] });

        Assert.Equal(["colour", "colours", "organised"], Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, text), american)).Select(f => f.Match));
        Assert.Equal(["color", "organised"], Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, text), oxford)).Select(f => f.Match));
    }

    [Fact]
    public void Does_not_count_the_reference_list_or_titles_in_italics()
    {
        RuleTester.Valid(Rule, "The color of the flag.\n\nReferences\n\nSmith, A. (1990). On colour in labour history. Yale.");
        RuleTester.Valid(Rule, [SourceFormat.Markdown], "The color of the flag, and *the colour of the crowd* in a novel title.");
    }

    [Fact]
    public void Does_not_count_words_of_another_language()
    {
        // French writes organisation and randomisation; they are no British spellings.
        RuleTester.Valid(
            Rule,
            "We organized the survey of the workshops, and the groups that were studied in the first wave were then analyzed with the same software.\n\n"
            + "La randomisation est une étape importante pour nous, et l'organisation du travail dans les ateliers a été faite par le logiciel.");
    }

    [Fact]
    public void Does_not_count_the_details_of_a_source_in_a_note_or_an_entry_outside_the_list()
    {
        AssertNone("The labor of the dockers was hard, and labor was cheap.[^1]\n\n[^1]: Ann Fold, Guarding the Docks: The labour movement and the port, 1890–1910 (Leeds: Quay Press, 2001), 12.");

        RuleTester.Valid(Rule, "The modeling was done twice, and the modeling of the port once.\n\nFold, A., & Reed, B. (2001). Modelling the port. Quay Studies, 3, 1–9.");
    }

    [Fact]
    public void Does_not_count_a_preface_signed_by_another_writer()
    {
        AssertNone(
            "# Preface\n\nI first saw these pages in the colour archive, where the author kept them.\n\nThe favour he asks is a small one, and I grant it.\n\nJOHN HALE LONDON, May 1, 1990.\n\n# Chapter One\n\nThe color of the harbor changed with the seasons.");
    }

    [Fact]
    public void Does_not_count_the_comments_of_a_reviewer_when_the_replies_are_in_their_own_colour()
    {
        // The reviewer writes British spelling in the default colour; the authors answer in blue, in American
        // spelling, and slip once: only the authors' slip is theirs to fix.
        var docx = new DocxFixture()
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("Response to Reviewers")),
                DocxFixture.Para(DocxFixture.TextRun("Reviewer #1:")),
                DocxFixture.Para(DocxFixture.TextRun("The authors have modelled the harbour traffic well, but the behaviour of the ferries is not modelled.")),
                Reply("We thank the reviewer. We have now modeled the ferries as well, and the modeling of the harbor is unchanged."),
                DocxFixture.Para(DocxFixture.TextRun("The colour scale of Figure 2 is hard to read.")),
                Reply("We changed the color scale, and the labelled axes are now larger."),
                DocxFixture.Para(DocxFixture.TextRun("Reviewer #2:")),
                DocxFixture.Para(DocxFixture.TextRun("I would have modelled the tides, and favoured a longer period.")),
                Reply("We agree and now discuss the tides; the analyzed period is the longest the data allow, and our behavior model covers it."))
            .Build();
        var document = PaperLint.Core.Readers.DocumentLoader.Load(docx, "response.docx");

        var finding = Assert.Single(Rule.Check(LintContext.For(document)));

        Assert.Equal("labelled", finding.Match);
        Assert.Equal("labeled", finding.Suggestions.Single());

        static Paragraph Reply(string text) =>
            DocxFixture.Para(DocxFixture.TextRun(text, new RunProperties(new Color { Val = "4472C4" })));
    }

    [Fact]
    public void Does_not_count_the_comments_of_a_reviewer_when_the_replies_are_labelled()
    {
        const string letter =
            "Response to the reviewers\n\n"
            + "Reviewer 1\n\n"
            + "The modelling of the harbour is sound, but the behaviour of the ferries is not modelled.\n\n"
            + "Response: We have now modeled the ferries, and the modeling of the harbor is unchanged; the labelled axes are larger.\n\n"
            + "Referee 2\n\n"
            + "The colour scale is hard to read, and I favour a longer period.\n\n"
            + "Response: We changed the color scale; the analyzed period is the longest the data allow.";
        foreach (var format in TestDocuments.AllFormats)
        {
            var findings = Rule.Check(LintContext.For(TestDocuments.From(format, letter))).ToList();

            Assert.Equal(["labelled"], findings.Select(f => f.Match));
        }
    }

    [Fact]
    public void Counts_nothing_after_the_first_reviewer_when_comments_and_replies_look_alike()
    {
        AssertNone(
            "Dear Editor,\n\nWe thank you for the chance to revise the paper, which we have analyzed again.\n\n"
            + "Reviewer #1\n\nThe modelling of the harbour is sound, but the behaviour of the ferries is not modelled.\n\n"
            + "We have now modeled the ferries, and the modeling of the harbor is unchanged.");
    }

    [Fact]
    public void A_paper_that_mentions_a_reviewer_is_no_response_letter()
    {
        RuleTester.Invalid(
            Rule,
            "We thank Reviewer 2 of an earlier version for the idea. We organized the survey and analyzed it.\n\nThe survey was organised in two waves.",
            new Expected("organised", "organized", 3, 16));
    }

    private static void AssertNone(string paper)
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var findings = Rule.Check(LintContext.For(PaperDocuments.From(format, paper))).ToList();
            Assert.True(findings.Count == 0, $"{format}: {string.Join("; ", findings.Select(f => $"'{f.Match}': {f.Message}"))}");
        }
    }
}
