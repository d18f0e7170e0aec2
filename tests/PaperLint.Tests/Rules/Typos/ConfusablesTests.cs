using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Typos;

public sealed class ConfusablesTests
{
    private static readonly IRule Rule = ShippedRules.Get("Typos.Confusables");

    [Fact]
    public void Passes_the_right_words_and_the_correct_readings_of_the_same_words()
    {
        RuleTester.Valid(
            Rule,
            "The council could have acted sooner.",
            "The council could of course have acted sooner.",
            "It would of necessity follow from the premise.",
            "The might of the empire was spent.",
            "Life in the village was better then.",
            "Wages were higher then, and rents lower.",
            "The tax fell by more than a third.",
            "Its own newspaper closed in 1921.",
            "Families there own their houses outright.",
            "The decree was accepted in principle.",
            "Repayments in principal and interest fell.",
            "The reform had an effect on wages.",
            "Negative affect on the scale was measured.",
            "The reforms were phased in over ten years.",
            "The other then-dominant school disagreed.",
            "There is no record of the meeting.",
            "Their analysis is careful.",
            "The report by Smith et al. appeared in 1998.",
            "He handled the matter with the same tact as before.");
    }

    [Fact]
    public void Reports_real_word_errors_with_their_correction()
    {
        RuleTester.Invalid(Rule, "The council could of acted sooner.", new Expected("could of", "could have", 1, 13));
        RuleTester.Invalid(Rule, "For all intensive purposes the strike was over.", new Expected("For all intensive purposes", "For all intents and purposes", 1, 1));
        RuleTester.Invalid(Rule, "The censors gave the press free reign for a month.", new Expected("free reign", "free rein", 1, 28));
        RuleTester.Invalid(Rule, "The decree was accepted in principal by every faction.", new Expected("in principal", "in principle", 1, 25));
        RuleTester.Invalid(Rule, "The tax fell more then a third.", new Expected("then", "than", 1, 19));
        RuleTester.Invalid(Rule, "The party had it's own newspaper.", new Expected("it's own", "its own", 1, 15));
        RuleTester.Invalid(Rule, "The peasants worked in there own fields.", new Expected("there own", "their own", 1, 24));
        RuleTester.Invalid(Rule, "The reform had an affect on wages.", new Expected("affect", "effect", 1, 19));
        RuleTester.Invalid(Rule, "Their is no record of the meeting.", new Expected("Their", "There", 1, 1));
        RuleTester.Invalid(Rule, "The minister was not phased by the protests.", new Expected("phased", "fazed", 1, 22));
    }

    [Fact]
    public void Reports_several_in_one_paragraph_in_order()
    {
        RuleTester.Invalid(
            Rule,
            "We waited with baited breath for a sneak peak.",
            new Expected("baited breath", "bated breath"),
            new Expected("sneak peak", "sneak peek"));
    }
}
