using PaperLint.Core.Packs.Metrics;

namespace PaperLint.Tests.Packs;

public sealed class FormulaTests
{
    private static readonly string[] Names = ["words", "sentences", "heading_h2"];

    private static readonly Dictionary<string, double> Values = new() { ["words"] = 7, ["sentences"] = 2, ["heading_h2"] = 3 };

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("-2 * -3", 6)]
    [InlineData("words / sentences", 3.5)]
    [InlineData("7 % 3", 1)]
    [InlineData("heading.h2 + heading_h2", 6)]
    [InlineData("math.sqrt(words * 7) + math.pow(2, 3)", 15)]
    [InlineData("0.5e1 + .5", 5.5)]
    [InlineData("206.835 - (1.015 * (words / sentences))", 203.2825)]
    public void Computes_numbers_with_the_usual_precedence_and_no_integer_division(string text, double expected) =>
        Assert.Equal(expected, Formula.Parse(text, Names).Evaluate(Values), precision: 9);

    [Theory]
    [InlineData("> 8", 9, true)]
    [InlineData("> 8", 8, false)]
    [InlineData(">= 8", 8, true)]
    [InlineData("< 70", 69.99, true)]
    [InlineData("== 3", 3, true)]
    [InlineData("!= 3", 3, false)]
    [InlineData("> 8 && words > 5", 9, true)]
    [InlineData("> 8 && words > 50", 9, false)]
    [InlineData("> 100 || sentences < 3", 9, true)]
    [InlineData("< -1", -2, true)]
    public void Condition_compares_the_value_given_to_it(string condition, double value, bool expected) =>
        Assert.Equal(expected ? 1 : 0, Formula.Parse(condition, Names, leftOperand: true).Evaluate(Values, value));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("words / sentnces", "at character 9: unknown variable 'sentnces' (expected one of: words, sentences, heading_h2)")]
    [InlineData("math.cube(words)", "at character 1: 'math.cube' is not a function PaperLint knows")]
    [InlineData("math.sqrt(1, 2)", "at character 1: math.sqrt takes 1 argument, not 2")]
    [InlineData("(words + 1", "at character 11: ends where a ')' is expected")]
    [InlineData("words sentences", "at character 7: 's' is not expected here")]
    [InlineData("words +", "at character 8: ends where a number or a name is expected")]
    [InlineData("words > 2 + 1", null)]
    public void A_mistake_says_what_and_where(string text, string? message)
    {
        if (message is null)
        {
            Assert.True(Formula.Parse(text, Names).IsCondition);
            return;
        }

        var e = Assert.Throws<FormatException>(() => Formula.Parse(text, Names));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8", "must compare, such as '> 8'")]
    [InlineData("", "must compare, such as '> 8'")]
    [InlineData("> 8 + (1 > 2)", "at character 5: '+' needs numbers, not a comparison")]
    public void A_condition_must_compare(string condition, string message)
    {
        var e = Assert.Throws<FormatException>(() => Formula.Parse(condition, Names, leftOperand: true));
        Assert.Equal(message, e.Message);
    }
}
