using PaperLint.Core.Rules;
using PaperLint.Tests.Packs;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Names;

public sealed class DiacriticsTests
{
    private static readonly IRule Rule = ShippedRules.Get("Names.Diacritics");

    [Fact]
    public void Is_a_suggestion()
    {
        Assert.Equal(Severity.Suggestion, Rule.DefaultSeverity);
    }

    [Fact]
    public void Passes_names_with_their_diacritics_and_names_that_have_none()
    {
        RuleTester.Valid(
            Rule,
            "Žižek reads the film against its grain.",
            "Claude Lévi-Strauss wrote on myth.",
            "Levi Strauss sold trousers to miners.",
            "The Dvorak keyboard never caught on.",
            "John Lukacs wrote about Budapest.",
            "Gabriel García Márquez wrote of solitude.");
    }

    [Fact]
    public void Reports_names_written_without_their_diacritics()
    {
        RuleTester.Invalid(Rule, "Zizek reads the film against its grain.", new Expected("Zizek", "Žižek", 1, 1));
        RuleTester.Invalid(Rule, "For Slavoj Zizek ideology is a fantasy.", new Expected("Zizek", "Žižek", 1, 12));
        RuleTester.Invalid(Rule, "Structural anthropology begins with Levi-Strauss.", new Expected("Levi-Strauss", "Lévi-Strauss", 1, 37));
        RuleTester.Invalid(Rule, "Gabriel Garcia Márquez wrote of solitude.", new Expected("Garcia Márquez", "García Márquez", 1, 9));
        RuleTester.Invalid(Rule, "The orchestra played Antonin Dvorak after the speech.", new Expected("Antonin Dvorak", "Antonín Dvořák", 1, 22));
    }
}
