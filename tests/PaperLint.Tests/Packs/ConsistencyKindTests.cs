using PaperLint.Core.Model;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class ConsistencyKindTests
{
    private const string Spelling =
        "extends: consistency\n" +
        "message: \"'%[1]s' (%[3]s×) and '%[2]s' (%[4]s×) are both used; use one spelling\"\n" +
        "level: warning\n" +
        "ignorecase: true\n" +
        "either:\n" +
        "  defence|defences: defense|defenses\n" +
        "  colour|colours|coloured: color|colors|colored\n" +
        "  theatre: theater\n";

    [Fact]
    public void Reports_each_use_of_the_minority_form_with_the_majority_form_as_the_suggestion()
    {
        var findings = Check(Rule(Spelling), "The defence held. Its defense was weak. The defence won, and the defences stood. A defense again.");

        Assert.Equal(["defense", "defense"], findings.Select(f => f.Match));
        Assert.Equal(["defence", "defence"], findings.Select(f => Assert.Single(f.Suggestions)));
        Assert.Equal("'defense' (2×) and 'defence' (3×) are both used; use one spelling", findings[0].Message);
        Assert.Equal([23, 84], findings.Select(f => ((TextLocation)f.Location).Column));
    }

    [Fact]
    public void Reports_the_form_that_came_second_on_a_tie()
    {
        var finding = Assert.Single(Check(Rule(Spelling), "The theater opened.\n\nThe theatre closed."));

        Assert.Equal("theatre", finding.Match);
        Assert.Equal(["theater"], finding.Suggestions);
        Assert.Equal(new TextLocation(3, 5, 3, 12), finding.Location);
    }

    [Fact]
    public void Counts_the_forms_in_notes_too()
    {
        var finding = Assert.Single(Check(Rule(Spelling), "The colour faded.¹ The colors ran.\n\n¹ The colour was red."));

        Assert.Equal("colors", finding.Match);
        Assert.Equal(["colours"], finding.Suggestions);
        Assert.Equal(new TextLocation(1, 24, 1, 30), finding.Location);
    }

    [Fact]
    public void Reports_in_document_order_across_pairs_and_keeps_the_case_of_the_match()
    {
        var findings = Check(Rule(Spelling), "Colors and theatre. The colour, the theater, the theater. Colours and defence.");

        Assert.Equal(["Colors", "theatre"], findings.Select(f => f.Match));
        Assert.Equal(["Colours", "theater"], findings.Select(f => Assert.Single(f.Suggestions)));
    }

    [Fact]
    public void Passes_a_document_that_keeps_to_one_form()
    {
        RuleTester.Valid(Rule(Spelling), "The defence held. The defences stood.", "The color of the theater.", "Colours of the theatre, and the defense.");
    }

    [Fact]
    public void Does_not_count_a_form_inside_an_exception()
    {
        var rule = Rule(Spelling + "exceptions:\n  - (?-i:(?<=[\\p{L},] )\\p{Lu}\\p{L}*)\n");

        Assert.Empty(Check(rule, "The Ministry of Defence said the defense was ready."));
        Assert.Single(Check(rule, "Defence matters, said the defense."));
    }

    [Fact]
    public void Suggests_a_plain_other_form_as_written_and_a_pattern_as_the_document_writes_it()
    {
        var plain = Rule("extends: consistency\nmessage: x\neither:\n  e-?mail: electronic mail\n");
        var pattern = Rule("extends: consistency\nmessage: x\neither:\n  electronic mail: e-?mail\n");
        const string text = "By e-mail, by electronic mail, and again by e-mail.";

        var fromPattern = Assert.Single(Check(plain, text));
        var fromPlain = Assert.Single(Check(pattern, text));

        Assert.Equal(("electronic mail", "e-mail"), (fromPattern.Match, Assert.Single(fromPattern.Suggestions)));
        Assert.Equal(("electronic mail", "e-mail"), (fromPlain.Match, Assert.Single(fromPlain.Suggestions)));
    }

    [Fact]
    public void Counts_the_pairs_of_a_family_together_and_names_the_sides()
    {
        var rule = Rule(
            "extends: consistency\n" +
            "message: \"'%[1]s' is %[6]s; %[7]s is used for %[5]s (%[3]s× against %[4]s×); use '%[2]s'\"\n" +
            "sides: [British, American]\n" +
            "families:\n" +
            "  -our/-or words:\n" +
            "    colour: color\n" +
            "    honour: honor\n" +
            "either:\n" +
            "  grey: gray\n");

        var finding = Assert.Single(Check(rule, "The colour, the honour and the honor. Grey and grey."));

        Assert.Equal("honor", finding.Match);
        Assert.Equal("'honor' is American; British is used for -our/-or words (1× against 2×); use 'honour'", finding.Message);
    }

    [Fact]
    public void Sides_must_name_two_sides()
    {
        var error = Assert.Throws<Core.Readers.InputException>(() => Rule("extends: consistency\nmessage: x\nsides: [British]\neither:\n  grey: gray\n"));

        Assert.Equal("Test/Test.yml:3: 'sides' names the two sides of every pair, e.g. [British, American]", error.Message);
    }

    [Fact]
    public void A_rule_with_a_language_counts_only_text_in_that_language()
    {
        var rule = Rule(Spelling + "language: en-GB\n");
        const string paper =
            "The theatre of the town was built in the year that the old market closed, and it is still the one that we visit most.\n\n"
            + "Le theater de la ville est très ancien, et les habitants du quartier y vont souvent pour voir une pièce avec leurs amis.\n\n"
            + "The theater across the river was built later.";

        var finding = Assert.Single(Check(rule, paper));
        Assert.Equal("theater", finding.Match);
        Assert.Equal(new TextLocation(5, 5, 5, 12), finding.Location);
    }

    [Fact]
    public void Language_must_be_a_language_tag()
    {
        var error = Assert.Throws<Core.Readers.InputException>(() => Rule("extends: consistency\nmessage: x\nlanguage: English language\neither:\n  grey: gray\n"));

        Assert.Equal("Test/Test.yml:3: 'language' must be a language tag such as en or de, not 'English language'", error.Message);
    }
}
