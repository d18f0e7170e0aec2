using PaperLint.Core.Packs;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class VariantsTests
{
    private static readonly Variants Rule = new();

    [Fact]
    public void Is_a_warning()
    {
        Assert.Equal("Consistency.Variants", Rule.Id);
        Assert.Equal(Severity.Warning, Rule.DefaultSeverity);
    }

    [Fact]
    public void Passes_a_paper_that_writes_each_word_one_way()
    {
        RuleTester.Valid(
            Rule,
            "Žižek reads the film. Later Žižek reads the novel.",
            "We wrote an e-mail to the library, and a second e-mail to the archive.",
            "The co-operative societies kept reading rooms; the co-operative movement paid for them.",
            "The workers’ state was the slogan. Another workers’ state was the aim.");
    }

    [Fact]
    public void Passes_words_that_differ_in_meaning_or_use()
    {
        RuleTester.Valid(
            Rule,
            // A compound before its noun takes a hyphen; used as a noun it need not.
            "The decision-making process was slow, and decision making in the committee was slower.",
            // One worker's room and a phrase about many workers are not one phrase.
            "The worker's room was small. The workers' union was large.",
            // Résumé and resume, re-form and reform, Alan and Allan are different words.
            "She sent her résumé before the talks could resume.",
            "The members met to re-form the society after the reform of the law.",
            "Alan Woods and Allan Smith wrote on the same strike.");
    }

    [Fact]
    public void Does_not_count_the_reference_list_or_quotations()
    {
        RuleTester.Valid(
            Rule,
            "Žižek reads the film. Žižek reads the novel.\n\nReferences\n\nZizek, S. (2008). Violence. Profile.",
            "Žižek reads the film, and a critic answers that “Zizek reads too much into it”.");
    }

    [Fact]
    public void Reports_a_name_written_without_its_diacritics_once_in_a_paper_that_has_them()
    {
        RuleTester.Invalid(
            Rule,
            "Žižek reads the film. Žižek reads the novel.\n\nLater Zizek reads the poem, and Žižek the play.",
            new Expected("Zizek", "Žižek", 3, 7));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "Žižek wrote. Zizek wrote. Žižek wrote."))));
        Assert.Equal("'Zizek' (1×) and 'Žižek' (2×) are both used; use 'Žižek', the spelling of the name", finding.Message);
    }

    [Fact]
    public void Counts_every_use_of_a_word_a_long_paper_writes_thousands_of_times()
    {
        // Well past the thousands of places a word's uses are kept in at a time, the other spelling last.
        string text = string.Concat(Enumerable.Repeat("Žižek reads the film. ", 3000)) + "Then Zizek reads the novel.";
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, text))).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("Zizek", finding.Match);
        Assert.Equal("'Zizek' (1×) and 'Žižek' (3000×) are both used; use 'Žižek', the spelling of the name", finding.Message);
        Assert.Equal(new TextLocation(1, 3000 * 22 + 6, 1, 3000 * 22 + 11), finding.Location);
    }

    [Fact]
    public void Prefers_the_spelling_a_names_pack_gives_over_the_majority()
    {
        RuleTester.Invalid(
            Rule,
            "The Saint-Saens concerto came first.\n\nA Saint-Saëns symphony followed, then more Saint-Saens.",
            new Expected("Saint-Saens", "Saint-Saëns", 1, 5),
            new Expected("Saint-Saens", "Saint-Saëns", 3, 44));
    }

    [Fact]
    public void Without_a_canonical_name_the_majority_wins()
    {
        var context = LintSettings.Default.With(new ConsistencyOptions { Names = CanonicalNames.Empty });
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "Zizek wrote. Zizek wrote. Žižek wrote."), context)).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("Žižek", finding.Match);
        Assert.Equal("'Žižek' (1×) and 'Zizek' (2×) are both used; use 'Zizek'", finding.Message);
    }

    [Fact]
    public void Reports_words_that_differ_by_hyphenation_or_spacing()
    {
        RuleTester.Invalid(
            Rule,
            "We sent an email. Then an e-mail. Then another email.",
            new Expected("e-mail", "email", 1, 27));
        RuleTester.Invalid(
            Rule,
            "The guilds chose to co-operate. Later they cooperate again, and co-operate once more.",
            new Expected("cooperate", "co-operate", 1, 44));
        RuleTester.Invalid(
            Rule,
            "Decision-making was slow. In the end decision making was left to the board, and decision-making was shared.",
            new Expected("decision making", "decision-making", 1, 38));
    }

    [Fact]
    public void Says_every_form_when_there_are_three()
    {
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The workforce grew. Then the work-force. The workforce left. The work force returned."))).ToList();

        Assert.Equal(["work-force", "work force"], findings.Select(f => f.Match));
        Assert.Equal("'work-force' (1×), 'workforce' (2×) and 'work force' (1×) are all used; use 'workforce'", findings[0].Message);
    }

    [Fact]
    public void Reports_a_singular_and_a_plural_possessive_of_one_phrase()
    {
        RuleTester.Invalid(
            Rule,
            "The worker's state was the aim. The worker's state never came.\n\nThe workers’ state was the slogan.",
            new Expected("workers’ state", "worker’s state", 3, 5));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "A worker's state. A worker's state. A workers’ state."))));
        Assert.Equal("'workers’ state' (1×) and 'worker’s state' (2×) are both used; use 'worker’s state'", finding.Message);
    }

    [Fact]
    public void Counts_words_in_notes()
    {
        RuleTester.Invalid(
            Rule,
            [SourceFormat.PlainText],
            "Žižek wrote on it.¹ Zizek wrote on it again.\n\n¹ Žižek, in a lecture.",
            new Expected("Zizek", "Žižek", 1, 21));
    }

    [Fact]
    public void House_style_wins_over_the_majority()
    {
        var context = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["e-mail"] });
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.Markdown, "An email, an email and an e-mail."), context)).ToList();

        Assert.Equal(["email", "email"], findings.Select(f => f.Match));
        Assert.Equal("'email' (2×) and 'e-mail' (1×) are both used; use 'e-mail' (house style)", findings[0].Message);
    }

    [Fact]
    public void Leaves_titles_in_italics_alone_unless_told_to_count_them()
    {
        const string text = "We wrote an e-mail and another e-mail, and read *The Email Age*.";

        Assert.Empty(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.Markdown, text))));
        var counted = LintSettings.Default.With(new ConsistencyOptions { CountQuoted = true });
        Assert.Equal("Email", Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.Markdown, text), counted))).Match);
    }

    [Fact]
    public void Folds_diacritics_without_the_platforms_normalization()
    {
        Assert.Equal("Zizek Saint-Saens Lodz Orsted oeuvre", TextFold.WithoutDiacritics("Žižek Saint-Saëns Łódź Ørsted œuvre"));
        Assert.Equal("zizek", TextFold.Key("Z\u030Ciz\u030Cek"));
        Assert.Equal("decisionmaking", TextFold.Key("Decision-making"));
    }

    [Fact]
    public void Reads_the_canonical_names_from_the_names_pack()
    {
        Assert.Equal("Žižek", NameSpellings.Shipped.For("zizek"));
        Assert.Equal("Saint-Saëns", NameSpellings.Shipped.For("saintsaens"));
        Assert.Null(NameSpellings.Shipped.For("woods"));
    }
}
