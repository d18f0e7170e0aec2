using System.Text;
using PaperLint.Core.Packs.Spelling;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Packs;

/// <summary>The Hunspell reader behind <c>extends: spelling</c>, on small dictionaries written for these tests.</summary>
public sealed class HunspellDictionaryTests
{
    private const string Aff = """
        SET UTF-8
        TRY esianrtolcdugmphbyfvkw
        NEEDAFFIX !
        FORBIDDENWORD *
        KEEPCASE K
        ONLYINCOMPOUND C

        # plural and third person
        SFX S Y 3
        SFX S y ies [^aeiou]y
        SFX S 0 s [aeiou]y
        SFX S 0 s [^y]

        SFX D Y 4
        SFX D y ied [^aeiou]y
        SFX D 0 ed [aeiou]y
        SFX D 0 d e
        SFX D 0 ed [^ey]

        PFX U Y 1
        PFX U 0 un .

        PFX R N 1
        PFX R 0 re .

        SFX A N 2
        SFX A 0 us .
        SFX A 0 i .

        SFX F Y 1
        SFX F 0 ful/Y .

        SFX Y Y 1
        SFX Y 0 ly .
        """;

    private const string Dic = """
        12
        carry/SD
        play/SDUR
        bake/DS
        bakes/*
        alumn/!A
        regardless
        irregardless/*
        hope/F
        kg/K
        gram/S
        Paris
        foo/C
        """;

    private static HunspellDictionary Dictionary() => HunspellDictionary.Parse(Aff, "test.aff", Dic, "test.dic");

    [Fact]
    public void Suffixes_apply_where_their_condition_holds_and_strip_what_they_say()
    {
        var dictionary = Dictionary();

        Assert.All(["carry", "carries", "carried", "play", "plays", "played", "bake", "baked", "gram", "grams"], w => Assert.True(dictionary.Check(w), w));
        Assert.All(["carrys", "carryed", "plaies", "bakeed", "bakd"], w => Assert.False(dictionary.Check(w), w));
    }

    [Fact]
    public void Prefixes_combine_with_suffixes_only_when_both_classes_say_Y()
    {
        var dictionary = Dictionary();

        Assert.True(dictionary.Check("unplay"));
        Assert.True(dictionary.Check("unplayed"));
        Assert.True(dictionary.Check("replay"));
        Assert.False(dictionary.Check("replayed"));
    }

    [Fact]
    public void A_suffix_with_flags_of_its_own_takes_a_second_suffix()
    {
        var dictionary = Dictionary();

        Assert.True(dictionary.Check("hopeful"));
        Assert.True(dictionary.Check("hopefully"));
        Assert.False(dictionary.Check("hopely"));
    }

    [Fact]
    public void Needaffix_stems_are_words_only_with_an_affix()
    {
        var dictionary = Dictionary();

        Assert.False(dictionary.Check("alumn"));
        Assert.True(dictionary.Check("alumnus"));
        Assert.True(dictionary.Check("alumni"));
    }

    [Fact]
    public void Forbidden_words_are_refused_even_when_another_entry_makes_them()
    {
        var dictionary = Dictionary();

        Assert.True(dictionary.Check("regardless"));
        Assert.False(dictionary.Check("irregardless"));
        Assert.False(dictionary.Check("Irregardless"));
        Assert.False(dictionary.Check("bakes"));
    }

    [Fact]
    public void Onlyincompound_entries_are_not_words_alone()
    {
        Assert.False(Dictionary().Check("foo"));
    }

    [Fact]
    public void Lower_case_entries_accept_capitalised_and_all_caps_forms_capitalised_entries_all_caps()
    {
        var dictionary = Dictionary();

        Assert.All(["gram", "Gram", "GRAM", "Grams", "GRAMS", "Paris", "PARIS"], w => Assert.True(dictionary.Check(w), w));
        Assert.All(["paris", "gRAM", "GRam", "pARIS"], w => Assert.False(dictionary.Check(w), w));
    }

    [Fact]
    public void Keepcase_entries_accept_only_their_own_case()
    {
        var dictionary = Dictionary();

        Assert.True(dictionary.Check("kg"));
        Assert.False(dictionary.Check("Kg"));
        Assert.False(dictionary.Check("KG"));
    }

    [Theory]
    [InlineData("", "S", "U")]
    [InlineData("FLAG long\n", "Sx", "Ux")]
    [InlineData("FLAG num\n", "101", "2002")]
    [InlineData("FLAG UTF-8\n", "ŝ", "ü")]
    public void Reads_flags_in_each_flag_mode(string mode, string plural, string negative)
    {
        string aff = $"{mode}SFX {plural} Y 1\nSFX {plural} 0 s .\nPFX {negative} Y 1\nPFX {negative} 0 un .\n";
        string separator = mode.Contains("num", StringComparison.Ordinal) ? "," : "";

        var dictionary = HunspellDictionary.Parse(aff, "m.aff", $"1\ntie/{plural}{separator}{negative}\n", "m.dic");

        Assert.All(["tie", "ties", "untie", "unties"], w => Assert.True(dictionary.Check(w), $"{mode.Trim()}: {w}"));
        Assert.False(dictionary.Check("tieun"));
    }

    [Fact]
    public void Reads_flags_through_AF_aliases()
    {
        var dictionary = HunspellDictionary.Parse("AF 2\nAF S\nAF SU\nSFX S Y 1\nSFX S 0 s .\nPFX U Y 1\nPFX U 0 un .\n", "a.aff", "2\ntie/2\ncat/1\n", "a.dic");

        Assert.True(dictionary.Check("unties"));
        Assert.True(dictionary.Check("cats"));
        Assert.False(dictionary.Check("uncat"));
    }

    [Fact]
    public void Reads_files_in_the_encoding_SET_names()
    {
        using var folder = new TempFolder();
        string aff = folder.Write("fr.aff", Encoding.Latin1.GetBytes("SET ISO8859-1\nSFX S Y 1\nSFX S 0 s .\n"));
        string dic = folder.Write("fr.dic", Encoding.Latin1.GetBytes("1\ncafé/S\n"));

        var dictionary = HunspellDictionary.Load(dic, aff);

        Assert.True(dictionary.Check("cafés"));
    }

    [Fact]
    public void Ignores_morphology_after_the_word_and_directives_it_does_not_need()
    {
        var dictionary = HunspellDictionary.Parse("COMPOUNDMIN 3\nICONV 1\nICONV ’ '\nREP 1\nREP f ph\nSFX S Y 1\nSFX S 0 s . ds:s\n", "x.aff", "2\ncat/S\tpo:noun\ndog st:dog\n", "x.dic");

        Assert.True(dictionary.Check("cats"));
        Assert.True(dictionary.Check("dog"));
    }

    [Theory]
    [InlineData("SFX S X 1\nSFX S 0 s .\n", "1\ncat\n", "t.aff:1: SFX S: the cross product must be Y or N, not 'X'")]
    [InlineData("SFX S Y 2\nSFX S 0 s .\n", "1\ncat\n", "t.aff:1: SFX S announces 2 entries, but the file ends after 1")]
    [InlineData("SFX S Y 2\nSFX S 0 s .\nPFX U Y 1\n", "1\ncat\n", "t.aff:3: expected entry 2 of the 2 that SFX S announces, not a PFX line")]
    [InlineData("SFX S Y 1\nSFX S 0 s [^y\n", "1\ncat\n", "t.aff:2: the condition '[^y' opens a '[' it does not close")]
    [InlineData("SFX S Y 1\nSFX T 0 s .\n", "1\ncat\n", "t.aff:2: expected entry 1 of the 1 that SFX S announces ('SFX S strip add condition'), not 'SFX T 0 s .'")]
    [InlineData("FLAG short\n", "1\ncat\n", "t.aff:1: FLAG must be long, num or UTF-8, not 'short'")]
    [InlineData("FLAG long\nSFX Sx Y 1\nSFX Sx 0 s .\n", "1\ncat/Sxy\n", "t.dic:2: 'Sxy' has an odd number of characters, but FLAG long takes two per flag")]
    [InlineData("FLAG num\n", "2\ncat/1\ndog/x\n", "t.dic:3: 'x' is not a flag: FLAG num takes numbers from 1 to 65535 separated by commas")]
    [InlineData("", "cat\ndog\n", "t.dic:1: the first line of a .dic file is the number of words, not 'cat'")]
    public void A_malformed_file_is_one_error_naming_file_and_line(string aff, string dic, string message)
    {
        var e = Assert.Throws<InputException>(() => HunspellDictionary.Parse(aff, "t.aff", dic, "t.dic"));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void An_unknown_SET_is_an_error_naming_its_line()
    {
        using var folder = new TempFolder();
        string aff = folder.Write("x.aff", Encoding.ASCII.GetBytes("# x\nSET KLINGON-1\n"));
        string dic = folder.Write("x.dic", Encoding.ASCII.GetBytes("1\ncat\n"));

        var e = Assert.Throws<InputException>(() => HunspellDictionary.Load(dic, aff));

        Assert.Equal($"{aff}:2: SET names an encoding PaperLint does not know: 'KLINGON-1'", e.Message);
    }

    [Fact]
    public void Suggests_words_one_edit_away()
    {
        var dictionary = Dictionary();

        Assert.Equal(["carried"], Suggestions.For("carreid", dictionary.Try, dictionary.Check));
        Assert.Contains("played", Suggestions.For("plaied", dictionary.Try, dictionary.Check));
        Assert.Empty(Suggestions.For("xyzzy", dictionary.Try, dictionary.Check));
    }

    [Fact]
    public void A_word_list_follows_the_same_case_rules()
    {
        var words = HunspellDictionary.FromWords(["nginx", "HTTPie"]);

        Assert.True(words.Check("Nginx"));
        Assert.True(words.Check("NGINX"));
        Assert.True(words.Check("HTTPie"));
        Assert.False(words.Check("httpie"));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("paperlint-hunspell-").FullName;

        public string Write(string name, byte[] bytes)
        {
            string file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, bytes);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
