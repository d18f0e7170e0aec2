using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Typos;

public sealed class RepeatedWordsTests
{
    private static readonly IRule Rule = ShippedRules.Get("Typos.RepeatedWords");

    [Fact]
    public void Is_an_error()
    {
        Assert.Equal(Severity.Error, Rule.DefaultSeverity);
    }

    [Fact]
    public void Passes_doubles_english_means_and_words_parted_by_punctuation()
    {
        RuleTester.Valid(
            Rule,
            "He said that that was the end of it.",
            "By then the party had had enough.",
            "What it is is a question of power.",
            "They do do their own printing.",
            "He gave her her papers back.",
            "He said no. No one came.",
            "They shouted no, no, no.",
            "The Mau Mau uprising began in 1952.",
            "The price rose from 1 1/2 to 2.",
            "It was a so-so year.");
    }

    [Fact]
    public void Passes_german_relative_pronouns_before_articles_and_the_two_pronouns_sie_and_ihr()
    {
        RuleTester.Valid(
            Rule,
            "Es ist die Frage, die die Kommission zuerst beantworten muss.",
            "Das ist der Ort, an dem dem Reisenden nichts fehlt.",
            "Wir suchen eine Stadt, in der der Markt noch jeden Tag offen ist.",
            "Wenn Sie den Bericht haben, können Sie sie selbst prüfen.",
            "Habt ihr ihr den Brief schon gegeben?");
    }

    [Fact]
    public void Reports_a_german_article_doubled_where_no_relative_clause_begins()
    {
        RuleTester.Invalid(Rule, "Wir lesen die die Akten ohne Eile.", new Expected("die die", "die", 1, 11));
    }

    [Fact]
    public void Passes_a_preposition_before_a_latin_phrase_that_begins_with_it()
    {
        RuleTester.Valid(Rule, "The cells were grown in in vitro cultures.", "The effect was measured in in vivo trials.");
        RuleTester.Invalid(Rule, "The cells were grown in in the dish.", new Expected("in in", "in", 1, 22));
    }

    [Fact]
    public void Passes_x_and_x_said_again()
    {
        RuleTester.Valid(
            Rule,
            "Wages bought less and less, and more and more of them went on rent.",
            "The speeches went on and on and on.",
            "Il chantait encore et encore et encore.");
        RuleTester.Invalid(Rule, "He bought bread and and milk.", new Expected("and and", "and", 1, 17));
    }

    [Fact]
    public void Passes_a_doubled_word_that_a_remark_in_brackets_is_about()
    {
        RuleTester.Valid(
            Rule,
            "The clerk wrote \"paid to the the [sic] bearer\" in the ledger.",
            "Paul\nLet me read it. Be be (He spells the word.) ta ta, and so on.");
        RuleTester.Invalid(Rule, "We compare the the (logged) values.", new Expected("the the", "the", 1, 12));
    }

    [Fact]
    public void Reports_a_doubled_word()
    {
        RuleTester.Invalid(Rule, "The the strike began in May.", new Expected("The the", "The", 1, 1));
        RuleTester.Invalid(Rule, "First paragraph here.\n\nThe workers of the the north joined them.", new Expected("the the", "the", 3, 16));
    }

    [Fact]
    public void Reports_a_doubled_run_of_words()
    {
        RuleTester.Invalid(Rule, "He published in his in his own journal.", new Expected("in his in his", "in his", 1, 14));
    }

    [Fact]
    public void Says_which_words_are_repeated()
    {
        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(Core.Model.SourceFormat.PlainText, "It was in his in his hand."))));

        Assert.Equal("'in his' is repeated; delete one", finding.Message);
    }

    [Fact]
    public void A_paragraph_of_one_word_written_fifty_thousand_times_is_one_finding()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 50_000)) + ".";

        RuleTester.Invalid(Rule, text, new Expected(text[..^1], "word", 1, 1));
    }
}
