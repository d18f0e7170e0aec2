using System.Text;
using System.Text.RegularExpressions;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Packs;
using PaperLint.Core.Packs.Terms;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Packs;

/// <summary>
/// A pattern set finds its plain terms in the run's one pass and only its real regular expressions with the regex
/// engine; what it reports must be exactly what the single regular expression <c>(?&lt;!\w)(?:p1|p2|…)(?!\w)</c>
/// reports, with the first pattern that gives each match. These tests compare the two on many generated texts.
/// </summary>
public sealed class PatternSetTests
{
    private const string Word = @"[\p{L}\p{M}\p{N}_]";

    // Texts are made of these pieces: the terms in several cases, their neighbours, near misses, and the characters
    // that make word boundaries and case folding hard.
    private static readonly string[] Pieces =
    [
        "lead", "Lead", "LEAD", "lead by", "led by", "lead by example", "leader", "misled", "lead-by",
        "could of", "Could Of", "could of course", "couldof", "free reign", "free  reign", "free\u00A0reign",
        "more then", "better then", "then", "than", "in there own", "there own", "it's own", "it\u2019s own",
        "colour", "colours", "Colour", "color", "colored", "coloured", "colourful", "uncoloured",
        "deep seeded", "deep-seeded", "Deep Seeded", "Zizek", "Žižek", "Zižek", "ZIZEK", "Žizek", "Levi-Strauss",
        "mute point", "mute", "moot point", "TODO", "todo", "ToDo", "TBD", "XXX", "XXXX", "[citation needed]",
        "et al.", "et. al.", "et.al", "\u212Aelvin", "kelvin", "\u017Fo", "so", "\u0130stanbul", "istanbul",
        "e\u0301te", "été", "_lead", "lead_", "9lead", "lead9", "lorem ipsum", "Lorem Ipsum", "LOREM IPSUM", "[Citation Needed]",
        " ", " ", " ", ", ", ". ", "; ", "-", "(", ")", "\u2014", "\n", "'", "\u2019",
    ];

    public static TheoryData<string, bool, bool> Sets() => new()
    {
        // Plain terms only, some the prefix of another, some in both cases, a term listed twice.
        { "lead|lead by|led by\ncould of\nfree reign\ncolour|colours|coloured\ncolor|colors|colored\nlead", true, false },
        { "lead by|lead\nLEAD\nZizek|Žizek\nTODO\nTBD|XXX", false, false },
        // Terms and real regular expressions mixed, in both orders, with lookarounds and classes.
        { "could of\n(?<=\\b(?:more|less|better) )then(?= (?:the|a|\\d))\ndeep[- ]seeded\nthen\nmute(?= (?:point|question))\nit['’]s own", true, false },
        { "Zi[zž]ek|Žizek\nLevi-Strauss\n(?-i:TODO)\nk\\w+n\ns?o", true, false },
        { "et\\. ?al\\.?\nlead\n\\[citation needed\\]\nXXX+", false, false },
        // A regular expression first, which wins over a term at the same place.
        { "colou?r\ncolour|colours\nleader|lead", true, false },
        // Letters the regex engine folds in its own way: Kelvin sign, long s, dotted capital I, decomposed accents.
        { "istanbul\nkelvin\nso\nété|ete", true, false },
        // A case-sensitive set whose patterns turn case off (or on) for themselves: their required text is looked for
        // case aside, Kelvin sign included.
        { "TODO\n(?i:lorem ipsum)\n(?i:\\[citation needed\\])\n(?i:kelvin)\n(?-i:lead by)\nXXX", false, false },
        // Without word boundaries every alternative is a regular expression.
        { "lead\n\\?\\?\ncolou?r", true, true },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Finds_what_the_single_regular_expression_finds(string patternLines, bool ignoreCase, bool nonWord)
    {
        string[] patterns = patternLines.Split('\n');
        var set = new PatternSet(patterns, ignoreCase, nonWord);
        var random = new Random(patternLines.Length * 7919 + (ignoreCase ? 1 : 0));
        for (int round = 0; round < 400; round++)
        {
            string text = Text(random);
            var document = KindTestSupport.OneBlock(KindTestSupport.Block(BlockKind.Paragraph, text));
            var context = LintContext.For(document);

            var found = set.Matches(context, 0, document.Blocks[0]).Select(m => (m.Index, m.Length, m.Pattern)).ToList();

            Assert.Equal(Expected(patterns, ignoreCase, nonWord, text), found);
        }
    }

    [Fact]
    public void Sets_indexed_together_find_what_each_finds_alone()
    {
        var first = new PatternSet(["lead by", "could of", "colour|colours"], ignoreCase: true, nonWord: false);
        var second = new PatternSet(["lead", "Colour", "could"], ignoreCase: false, nonWord: false);
        var third = new PatternSet(["deep[- ]seeded", "lead by example"], ignoreCase: true, nonWord: false);
        var random = new Random(17);
        for (int round = 0; round < 200; round++)
        {
            var blocks = Enumerable.Range(0, 3).Select(_ => KindTestSupport.Block(BlockKind.Paragraph, Text(random))).ToList();
            var document = new Document("hand.txt", SourceFormat.PlainText, blocks, string.Join("\n\n", blocks.Select(b => b.Text)));
            var together = LintContext.For(document, LintSettings.Default, new TermIndex([first, second, third]));
            var alone = LintContext.For(document);

            foreach (var set in new[] { first, second, third })
            {
                for (int b = 0; b < blocks.Count; b++)
                {
                    Assert.Equal(set.Matches(alone, b, blocks[b]), set.Matches(together, b, blocks[b]));
                }
            }
        }

    }

    [Fact]
    public void A_term_at_the_end_of_a_block_and_a_term_that_fills_it_are_found()
    {
        var set = new PatternSet(["lead by", "colour"], ignoreCase: true, nonWord: false);
        foreach (var (text, expected) in new[] { ("The war was lead by", (12, 7, 0)), ("Colour", (0, 6, 1)) })
        {
            var document = KindTestSupport.OneBlock(KindTestSupport.Block(BlockKind.Paragraph, text));

            Assert.Equal([new PatternMatch(expected.Item1, expected.Item2, expected.Item3)], set.Matches(LintContext.For(document), 0, document.Blocks[0]));
        }
    }

    [Fact]
    public void Case_folding_joins_exactly_the_letters_the_regex_engine_joins()
    {
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var disagreements = new List<string>();
        for (int code = 0; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            if (!char.IsLetter(c))
            {
                continue;
            }

            foreach (char other in new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Where(o => o != c))
            {
                bool engine = Regex.IsMatch(c.ToString(), "^" + Regex.Escape(other.ToString()) + "$", options);
                if (engine != (CaseFold.Of(c) == CaseFold.Of(other)))
                {
                    disagreements.Add($"U+{code:X4}/U+{(int)other:X4}: engine {engine}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Every_character_outside_ASCII_that_folds_to_an_ASCII_letter_is_known()
    {
        var folding = Enumerable.Range(128, 0xFFFF - 127).Select(c => (char)c).Where(c => CaseFold.Of(c) < 128).ToArray();

        Assert.Equal(CaseFold.ToAscii, new string(folding));
    }

    [Theory]
    [InlineData(@"(?<=\b(?:I|we|you) )might of", "might of")]
    [InlineData(@"deep[- ]seeded", "seeded")]
    [InlineData(@"mute(?= (?:point|question))", "mute")]
    [InlineData(@"et\. ?al\.?", "et.")]
    [InlineData(@"colou?r", "colo")]
    [InlineData(@"\p{Lu}{2,}ing", "ing")]
    [InlineData(@"\w+", null)]
    [InlineData(@"(?:a|b)c{0,3}", null)]
    [InlineData(@"(?i:lorem ipsum)", "lorem ipsum")]
    [InlineData(@"(?i:\[citation needed\])", "[citation needed]")]
    [InlineData(@"(?-i:marshall? law)", "marshal")]
    [InlineData(@"(free reign)", "free reign")]
    [InlineData(@"(?:(?i:lorem) ipsum)", " ipsum")]
    [InlineData(@"(?i:a|b)", null)]
    [InlineData(@"(?i:lorem)(ipsum)", null)]
    [InlineData(@"(?i:lorem ipsum)?", null)]
    [InlineData(@"(?=lorem)ipsum", "ipsum")]
    [InlineData(@"(?<=lorem )ipsum", "ipsum")]
    [InlineData(@"(?i:[(]lorem[)])", "lorem")]
    public void The_text_every_match_must_contain_is_read_from_the_top_level_of_the_pattern(string pattern, string? literal)
    {
        Assert.Equal(literal, RequiredLiteral.Of(pattern));
    }

    private static string Text(Random random)
    {
        var text = new StringBuilder();
        int pieces = random.Next(1, 14);
        for (int i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>What the one regular expression finds, and for each match the first pattern that gives it there.</summary>
    private static List<(int, int, int)> Expected(string[] patterns, bool ignoreCase, bool nonWord, string text)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        string body = string.Join("|", patterns.Select(p => $"(?:{p})"));
        var any = new Regex(nonWord ? body : $"(?<!{Word})(?:{body})(?!{Word})", options);
        var each = patterns.Select(p => new Regex(nonWord ? $@"\G(?:{p})" : $@"\G(?:{p})(?!{Word})", options)).ToArray();
        var expected = new List<(int, int, int)>();
        foreach (Match match in any.Matches(text))
        {
            if (match.Length == 0)
            {
                continue;
            }

            int which = Array.FindIndex(each, r => r.Match(text, match.Index) is { Success: true } m && m.Length == match.Length);
            expected.Add((match.Index, match.Length, which));
        }

        return expected;
    }
}
