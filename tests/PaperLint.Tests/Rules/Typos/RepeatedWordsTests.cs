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
}
