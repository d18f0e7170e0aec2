using PaperLint.Core.Model;
using PaperLint.Core.Packs;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

/// <summary><c>extends: spelling</c>, on a small dictionary laid out as in a Vale StylesPath.</summary>
public sealed class SpellingKindTests : IDisposable
{
    private const string Aff = "SET UTF-8\nTRY eaoistnrlcdhu\nSFX S Y 3\nSFX S 0 s [^y]\nSFX S 0 s [aeiou]y\nSFX S y ies [^aeiou]y\nSFX D Y 2\nSFX D 0 d e\nSFX D 0 ed [^e]\n";

    private const string Dic = "14\nthe\nvalley/S\nriver/S\nflood/SD\nstudy/S\nwe\nwalk/D\nto\nand\nrun\nnow\ndoesn't\nsee\nBerlin\n";

    private readonly string _styles = Directory.CreateTempSubdirectory("paperlint-spelling-").FullName;

    public SpellingKindTests()
    {
        Write("dictionaries/geo.aff", Aff);
        Write("dictionaries/geo.dic", Dic);
        Write("config/ignore/terms.txt", "paperlint\n# a comment\n\nMarkdig\n");
    }

    public void Dispose() => Directory.Delete(_styles, recursive: true);

    private const string Geo = "extends: spelling\nmessage: \"'%s' is not in the dictionary\"\nlevel: error\ncustom: true\ndicpath: dictionaries\ndictionaries: [geo]\n";

    [Fact]
    public void Reports_a_word_no_dictionary_has_with_the_rule_id_word_location_and_a_suggestion()
    {
        var finding = Assert.Single(Check(Spelling(Geo), "We walked to the rivre."));

        Assert.Equal("House.Spell", finding.RuleId);
        Assert.Equal("rivre", finding.Match);
        Assert.Equal("'rivre' is not in the dictionary", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new TextLocation(1, 18, 1, 23), finding.Location);
        Assert.Equal(["river"], finding.Suggestions);
    }

    [Fact]
    public void Accepts_affixed_and_capitalised_forms_in_each_format()
    {
        var rule = Spelling(Geo);

        RuleTester.Valid(rule, "We walked to the valleys and rivers.", "Floods flooded the valley; studies, (see) \"Berlin\" and BERLIN.", "The river doesn’t run now.");
        RuleTester.Invalid(rule, "The valleys flod.\n\nWe walkd to berlin.", new Expected("flod", Line: 1, Column: 13), new Expected("walkd", Line: 3, Column: 4), new Expected("berlin", Line: 3, Column: 13));
    }

    [Fact]
    public void Does_not_report_code_or_urls()
    {
        var rule = Spelling(Geo);

        RuleTester.Valid(rule, [SourceFormat.Markdown], "We run `gitx --frobnicate` now.", "See <https://exmaple.org/valley> and [the river](https://exmaple.org/rivr).", "```\nfrobnicate the valley\n```");
    }

    [Fact]
    public void Words_in_an_ignore_list_are_accepted_in_their_case_forms()
    {
        var rule = Spelling(Geo + "ignore: terms.txt\n");

        Assert.Empty(Check(rule, "We run paperlint and Paperlint and PAPERLINT and Markdig now."));
        Assert.Equal("markdig", Assert.Single(Check(rule, "We run markdig now.")).Match);
    }

    [Fact]
    public void Filtered_words_and_words_with_digits_are_not_checked()
    {
        var rule = Spelling(Geo + "filters: ['^Fig', 'ology$']\n");

        Assert.Empty(Check(rule, "We see Figs and geology and 12km and v2beta now."));
    }

    [Fact]
    public void Without_custom_Vale_filters_skip_camel_case_capitals_and_words_with_other_characters()
    {
        var plain = Spelling(Geo.Replace("custom: true\n", "", StringComparison.Ordinal));
        var custom = Spelling(Geo);
        const string Text = "We see MongoDB and NASA and river-side and Zürich now.";

        Assert.Empty(Check(plain, Text));
        Assert.Equal(["MongoDB", "NASA", "river-side", "Zürich"], Check(custom, Text).Select(f => f.Match));
    }

    [Fact]
    public void Finds_dictionaries_in_config_dictionaries_without_a_dicpath()
    {
        Write("config/dictionaries/geo.aff", Aff);
        Write("config/dictionaries/geo.dic", Dic);

        var rule = Spelling("extends: spelling\nmessage: \"%s\"\ndictionaries: [geo]\ncustom: true\n");

        Assert.Equal("valey", Assert.Single(Check(rule, "The valey.")).Match);
    }

    [Fact]
    public void A_rule_that_needs_Vales_builtin_dictionary_is_skipped_with_the_reason()
    {
        var none = Assert.Throws<UnsupportedRuleException>(() => Spelling("extends: spelling\nmessage: \"%s\"\n"));
        var append = Assert.Throws<UnsupportedRuleException>(() => Spelling(Geo + "append: true\n"));

        Assert.Equal($"{RulePath}:1: PaperLint ships no dictionary; name one with dicpath/dictionaries", none.Message);
        Assert.StartsWith($"{RulePath}:7: 'append: true' adds Vale's built-in en_US dictionary", append.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dictionary_or_ignore_file_is_an_error_at_its_line()
    {
        var dictionary = Assert.Throws<InputException>(() => Spelling("extends: spelling\nmessage: \"%s\"\ndicpath: dictionaries\ndictionaries:\n  - geo\n  - en_XX\n"));
        var ignore = Assert.Throws<InputException>(() => Spelling(Geo + "ignore: [terms.txt, missing.txt]\n"));
        var dicpath = Assert.Throws<InputException>(() => Spelling("extends: spelling\nmessage: \"%s\"\ndicpath: nowhere\ndictionaries: [geo]\n"));

        Assert.StartsWith($"{RulePath}:6: dictionary 'en_XX' not found: no en_XX.dic and en_XX.aff in ", dictionary.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{RulePath}:7: ignore file 'missing.txt' not found", ignore.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{RulePath}:3: dicpath 'nowhere' is not a folder", dicpath.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_dictionary_is_reported_with_its_file_and_line_when_first_needed()
    {
        Write("dictionaries/bad.aff", "SFX S Y 1\nSFX S 0 s [^y\n");
        Write("dictionaries/bad.dic", "1\nriver/S\n");
        var rule = Spelling("extends: spelling\nmessage: \"%s\"\ndicpath: dictionaries\ndictionaries: [bad]\n");

        var e = Assert.Throws<InputException>(() => Check(rule, "The river."));

        Assert.Equal($"{Path.Combine(_styles, "dictionaries", "bad.aff")}:2: the condition '[^y' opens a '[' it does not close", e.Message);
    }

    [Fact]
    public void A_vale_style_spells_through_the_cli_and_a_vocabulary_accepts_words()
    {
        using var cli = new CliRunner();
        File.Delete(Path.Combine(cli.Directory, ".paperlint.yml"));
        cli.Write("styles/dictionaries/geo.aff", Aff);
        cli.Write("styles/dictionaries/geo.dic", Dic);
        cli.Write("styles/House/Spell.yml", Geo);
        cli.Write("styles/config/vocabularies/Paper/accept.txt", "Tigris\n");
        cli.Write(".vale.ini", "StylesPath = styles\nVocab = Paper\n[*.md]\nBasedOnStyles = House\n");
        cli.Write("paper.md", "# The valley\n\nWe walked to the Tigris and the rivre.\n");

        var (code, output, _) = cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:3:33: error House.Spell: 'rivre' is not in the dictionary", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Tigris' is not", output, StringComparison.Ordinal);
    }

    private string RulePath => Path.Combine(_styles, "House", "Spell.yml");

    private IRule Spelling(string yaml) => PackLoader.ParseRule("House", "Spell", yaml, RulePath);

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_styles, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
