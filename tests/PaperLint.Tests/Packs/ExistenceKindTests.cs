using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class ExistenceKindTests
{
    private const string Todo = "extends: existence\nmessage: \"'%s' left in\"\nlevel: error\ntokens:\n  - TODO\n  - TBD\n";

    [Fact]
    public void Reports_every_token_with_the_match_in_the_message()
    {
        var findings = Check(Rule(Todo), "The date is TBD and the place TODO.");

        Assert.Equal(["TBD", "TODO"], findings.Select(f => f.Match));
        Assert.Equal(["'TBD' left in", "'TODO' left in"], findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Empty(f.Suggestions));
    }

    [Fact]
    public void Reports_at_the_right_line_and_column_in_each_text_format()
    {
        RuleTester.Invalid(Rule(Todo), "A first paragraph.\n\nThe date is\nstill TBD here.", new Expected("TBD", Line: 4, Column: 7));
        RuleTester.Valid(Rule(Todo), "Nothing to do.", "TODOS are fine", "A toDo list.");
    }

    [Fact]
    public void Skips_a_match_within_an_exception()
    {
        var rule = Rule("extends: existence\nmessage: x\ntokens: [XXX]\nexceptions:\n  - Book XXX\n");

        var finding = Assert.Single(Check(rule, "Book XXX tells of it, see p. XXX."));

        Assert.Equal(new TextLocation(1, 30, 1, 33), finding.Location);
    }

    [Fact]
    public void Ignores_case_when_told()
    {
        var rule = Rule("extends: existence\nmessage: x\nignorecase: true\ntokens: [lorem ipsum]\n");

        Assert.Equal(["Lorem Ipsum", "lorem ipsum"], Check(rule, "Lorem Ipsum dolor, lorem ipsum.").Select(f => f.Match));
    }

    [Fact]
    public void Bounds_punctuation_tokens_by_the_letters_around_them()
    {
        var rule = Rule("extends: existence\nmessage: x\ntokens: ['\\?\\?']\n");

        Assert.Single(Check(rule, "As ?? argues, it failed."));
        Assert.Empty(Check(rule, "Really?? It failed."));
    }
}
