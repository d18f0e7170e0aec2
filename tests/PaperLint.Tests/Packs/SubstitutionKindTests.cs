using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class SubstitutionKindTests
{
    [Fact]
    public void Offers_both_suggestions_of_a_replacement_written_with_a_bar()
    {
        var rule = Rule("extends: substitution\nmessage: Use '%s' instead of '%s'\nswap:\n  utilise: use|employ\n");

        var finding = Assert.Single(Check(rule, "We utilise the archive."));

        Assert.Equal("utilise", finding.Match);
        Assert.Equal(["use", "employ"], finding.Suggestions);
        Assert.Equal("Use 'use' or 'employ' instead of 'utilise'", finding.Message);
        Assert.Equal(new TextLocation(1, 4, 1, 11), finding.Location);
    }

    [Fact]
    public void Fills_the_message_with_the_suggestion_first_and_the_match_second_as_vale_does()
    {
        var rule = Rule("extends: substitution\nmessage: \"'%[2]s' should be '%[1]s'\"\nlevel: error\nlink: https://example.org/led\nswap:\n  lead by: led by\n");

        var finding = Assert.Single(Check(rule, "It was lead by her."));

        Assert.Equal("'lead by' should be 'led by'", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("https://example.org/led", finding.Link);
        Assert.Equal("Test.Test", finding.RuleId);
    }

    [Fact]
    public void Keeps_the_case_of_the_first_letter_of_the_match()
    {
        var rule = Rule("extends: substitution\nmessage: x\nignorecase: true\nswap:\n  lead by: led by\n");

        RuleTester.Invalid(rule, "Lead by the young, the party grew.", new Expected("Lead by", "Led by", 1, 1));
        RuleTester.Invalid(rule, "The party, lead by the young, grew.", new Expected("lead by", "led by", 1, 12));
    }

    [Fact]
    public void Matches_case_sensitively_unless_told_otherwise()
    {
        var rule = Rule("extends: substitution\nmessage: x\nswap:\n  lead by: led by\n");

        RuleTester.Valid(rule, "Lead by the young, the party grew.");
        RuleTester.Invalid(rule, "It was lead by the young.", new Expected("lead by", "led by", 1, 8));
    }

    [Fact]
    public void Does_not_report_a_match_that_already_reads_as_the_suggestion()
    {
        var rule = Rule("extends: substitution\nmessage: x\nignorecase: true\nswap:\n  colou?r: color\n");

        RuleTester.Valid(rule, "The color of the flag.", "Color matters.");
        RuleTester.Invalid(rule, "The colour of the flag.", new Expected("colour", "color", 1, 5));
    }

    [Fact]
    public void Leaves_a_match_inside_an_exception_alone()
    {
        var rule = Rule("extends: substitution\nmessage: x\nignorecase: true\nswap:\n  lead by: led by\nexceptions:\n  - lead by example\n  - (?:will|to) lead by\n");

        RuleTester.Valid(rule, "Good teachers lead by example.", "They chose to lead by persuasion.", "She will lead by doing.");
        RuleTester.Invalid(
            rule,
            "The march was lead by students who lead by example.",
            new Expected("lead by", "led by", 1, 15));
    }

    [Fact]
    public void Bounds_exceptions_at_words_unless_nonword()
    {
        var bounded = Rule("extends: substitution\nmessage: x\nswap:\n  lead by: led by\nexceptions:\n  - lead by ex\n");
        var nonword = Rule("extends: substitution\nmessage: x\nnonword: true\nswap:\n  lead by: led by\nexceptions:\n  - lead by ex\n");

        Assert.Single(Check(bounded, "They lead by example."));
        Assert.Empty(Check(nonword, "They lead by example."));
    }

    [Fact]
    public void Bounds_patterns_at_words_including_letters_with_diacritics()
    {
        var rule = Rule("extends: substitution\nmessage: x\nswap:\n  Zizek: Žižek\n  ek: EK\n");

        var findings = Check(rule, "Zizek and Žižek, but not Zizekian; Zizek's book.");

        Assert.Equal(["Zizek", "Zizek"], findings.Select(f => f.Match));
        Assert.Equal([1, 36], findings.Select(f => ((TextLocation)f.Location).Column));
        Assert.All(findings, f => Assert.Equal(["Žižek"], f.Suggestions));
    }

    [Fact]
    public void Matches_inside_words_when_nonword_is_set()
    {
        var rule = Rule("extends: substitution\nmessage: x\nnonword: true\nswap:\n  colour: color\n");

        var finding = Assert.Single(Check(rule, "A colourful flag."));

        Assert.Equal("colour", finding.Match);
        Assert.Equal(["color"], finding.Suggestions);
    }

    [Fact]
    public void Tells_which_swap_matched_among_many()
    {
        var rule = Rule("extends: substitution\nmessage: Use '%s'\nswap:\n  free reign: free rein\n  per say: per se\n  baited breath: bated breath\n");

        var findings = Check(rule, "We waited with baited breath, per say, given free reign.");

        Assert.Equal(["baited breath", "per say", "free reign"], findings.Select(f => f.Match));
        Assert.Equal(["bated breath", "per se", "free rein"], findings.Select(f => Assert.Single(f.Suggestions)));
    }

    [Fact]
    public void Uses_the_first_swap_in_the_file_that_matches_whether_pattern_or_plain_word()
    {
        var patternFirst = Rule("extends: substitution\nmessage: x\nswap:\n  colou?r: hue\n  colour: color\n");
        var plainFirst = Rule("extends: substitution\nmessage: x\nswap:\n  colour: color\n  colou?r: hue\n");

        Assert.Equal(["hue", "hue"], Check(patternFirst, "A colour, a color.").Select(f => Assert.Single(f.Suggestions)));
        Assert.Equal(["color", "hue"], Check(plainFirst, "A colour, a color.").Select(f => Assert.Single(f.Suggestions)));
    }

    [Fact]
    public void Never_reports_a_match_that_touches_code_or_a_url()
    {
        var rule = Rule("extends: substitution\nmessage: x\nnonword: true\nswap:\n  \\S+ by: by\n");
        var block = Block(BlockKind.Paragraph, "see \uFFFC by and so by");
        block.AddSpan(new InlineSpan(SpanKind.Code, 4, 1));

        var finding = Assert.Single(rule.Check(LintContext.For(OneBlock(block))));

        Assert.Equal("so by", finding.Match);
    }
}
