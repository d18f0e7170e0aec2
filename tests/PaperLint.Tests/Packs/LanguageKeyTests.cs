using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Config;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

/// <summary>The pack key <c>language:</c>: a rule for English words checks English text only.</summary>
public sealed class LanguageKeyTests
{
    private const string EnglishRule = "extends: substitution\nmessage: Use '%s' instead of '%s'\nlanguage: en\nswap:\n  more then: more than\n";

    private static List<Finding> Lint(IRule rule, Core.Model.Document document, LintSettings? settings = null) =>
        rule.Check(LintContext.For(document, settings)).ToList();

    [Fact]
    public void An_english_rule_checks_english_paragraphs_and_leaves_the_others_in_markdown()
    {
        var rule = Rule(EnglishRule);
        var english = MarkdownReader.Parse("a.md", "---\nlang: en-GB\n---\n\nThe rooms held more then forty readers.\n");
        var other = MarkdownReader.Parse("b.md", "---\nlang: nl\n---\n\nDe zaal had more then veertig lezers.\n");

        var finding = Assert.Single(Lint(rule, english));
        Assert.Equal("more then", finding.Match);
        Assert.Equal("more than", Assert.Single(finding.Suggestions));
        Assert.Empty(Lint(rule, other));
    }

    [Fact]
    public void The_configured_language_decides_for_a_text_file()
    {
        var rule = Rule(EnglishRule);
        var text = PlainTextReader.Parse("a.txt", "Short: more then ten.\n");

        Assert.Single(Lint(rule, text, ConfigLoader.Parse("language: en\n", "x.yml").Settings()));
        Assert.Empty(Lint(rule, text, ConfigLoader.Parse("language: fr\n", "x.yml").Settings()));
    }

    [Fact]
    public void In_docx_the_language_of_the_runs_decides_paragraph_by_paragraph()
    {
        var rule = Rule(EnglishRule);
        var dutch = new RunProperties(new Languages { Val = "nl-NL" });
        var docx = new DocxFixture()
            .DefaultLanguage("en-US")
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("It had more then ten.")),
                DocxFixture.Para(DocxFixture.TextRun("Meer dan more then ooit.", dutch)))
            .Build();

        var finding = Assert.Single(Lint(rule, DocumentLoader.Load(docx, "paper.docx")));
        Assert.Equal("more then", finding.Match);
    }

    [Fact]
    public void A_rule_without_the_key_checks_every_language_and_a_bad_tag_names_its_line()
    {
        var everywhere = Rule("extends: substitution\nmessage: Use '%s' instead of '%s'\nswap:\n  more then: more than\n");
        Assert.Single(Lint(everywhere, MarkdownReader.Parse("b.md", "---\nlang: nl\n---\n\nDe zaal had more then veertig lezers.\n")));

        var e = Assert.Throws<InputException>(() => Rule("extends: substitution\nmessage: m\nlanguage: english!\nswap:\n  a: b\n"));
        Assert.Equal("Test/Test.yml:3: 'language' must be a language tag such as en or de, not 'english!'", e.Message);
    }
}
