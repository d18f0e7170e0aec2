using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Names;

public sealed class MisspelledTests
{
    private static readonly IRule Rule = ShippedRules.Get("Names.Misspelled");

    [Fact]
    public void Passes_the_right_spellings_and_other_people_with_similar_names()
    {
        RuleTester.Valid(
            Rule,
            "The pamphlet by Alan Woods was reprinted.",
            "Hobsbawm called it the age of extremes.",
            "Philip Hobsbaum taught poetry in Glasgow.",
            "Rosa Luxemburg opposed the war, and Luxembourg stayed neutral.",
            "The Engles family farmed near the river.",
            "The crime novels of Loriano Macchiavelli are set in Bologna.",
            "Guy Deutscher writes about language.",
            "Nietzsche, Foucault, Derrida and Habermas.");
    }

    [Fact]
    public void Reports_misspelled_names_with_the_right_spelling()
    {
        RuleTester.Invalid(Rule, "The pamphlet by Allan Woods was reprinted.", new Expected("Allan Woods", "Alan Woods", 1, 17));
        RuleTester.Invalid(Rule, "Hobsbawn called it the age of extremes.", new Expected("Hobsbawn", "Hobsbawm", 1, 1));
        RuleTester.Invalid(Rule, "Marx and Engles wrote the manifesto.", new Expected("Engles", "Engels", 1, 10));
        RuleTester.Invalid(Rule, "Rosa Luxembourg opposed the war.", new Expected("Rosa Luxembourg", "Rosa Luxemburg", 1, 1));
        RuleTester.Invalid(
            Rule,
            "A Nietzchean reading of Nietzche.",
            new Expected("Nietzchean", "Nietzschean", 1, 3),
            new Expected("Nietzche", "Nietzsche", 1, 25));
    }

    [Fact]
    public void Reports_a_misspelled_name_in_a_possessive()
    {
        RuleTester.Invalid(Rule, "Foucalt's lectures were published late.", new Expected("Foucalt", "Foucault", 1, 1));
    }
}
