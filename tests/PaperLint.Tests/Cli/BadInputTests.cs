using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>Every kind of bad input gets one clear line on stderr and exit code 2, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Missing_file_gives_one_line_and_exit_code_2()
    {
        var (code, _, error) = _cli.Run("nowhere.docx");

        Assert.Equal(2, code);
        Assert.Equal("nowhere.docx: no such file\n", error);
    }

    [Theory]
    [InlineData("empty.md")]
    [InlineData("empty.txt")]
    [InlineData("empty.docx")]
    public void An_empty_file_has_no_findings(string name)
    {
        _cli.Write(name, "");

        var (code, output, error) = _cli.Run(name);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("No findings in 1 file.\n", output);
    }

    [Fact]
    public void Word_97_doc_gives_one_line_and_exit_code_2()
    {
        _cli.Write("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        var (code, _, error) = _cli.Run("old.doc");

        Assert.Equal(2, code);
        Assert.Equal("old.doc: a Word 97-2003 .doc file; save it as .docx (File > Save As > Word Document) and lint that\n", error);
    }

    [Fact]
    public void Unsupported_extension_gives_one_line_and_exit_code_2()
    {
        _cli.Write("paper.pdf", "%PDF-1.4");

        var (code, _, error) = _cli.Run("paper.pdf");

        Assert.Equal(2, code);
        Assert.Equal("paper.pdf: .pdf is not supported; export the paper as .docx, .md or .txt\n", error);
    }

    [Fact]
    public void Unknown_option_gives_one_line_and_exit_code_2()
    {
        var (code, output, error) = _cli.Run("--colour", "paper.md");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("paperlint: unknown option '--colour' (see paperlint --help)\n", error);
    }

    [Fact]
    public void No_path_gives_usage_and_exit_code_2()
    {
        var (code, _, error) = _cli.Run();

        Assert.Equal(2, code);
        Assert.Equal("paperlint: no document given; usage: paperlint [check] PATH... (see paperlint --help)\n", error);
    }

    [Fact]
    public void Unknown_report_format_gives_one_line_and_exit_code_2()
    {
        _cli.Write("a.txt", "Fine text.");

        var (code, _, error) = _cli.Run("--format", "xml", "a.txt");

        Assert.Equal(2, code);
        Assert.Equal("paperlint: --format: 'xml' is not a report format; use text, json, sarif, github\n", error);
    }

    [Fact]
    public void Malformed_configuration_names_file_and_line()
    {
        _cli.Write("a.txt", "Fine text.");
        string config = _cli.Write("bad.yml", "rules:\n  Typos.LeadBy: loud\n");

        var (code, _, error) = _cli.Run("--config", "bad.yml", "a.txt");

        Assert.Equal(2, code);
        Assert.Equal($"{config}:2: 'loud' is not a level; use error, warning, suggestion or off\n", error);
    }

    [Fact]
    public void Unknown_configuration_key_names_file_and_line()
    {
        _cli.Write("a.txt", "Fine text.");
        string config = _cli.Write(".paperlint.yml", "root: true\naccpet: [x]\n");

        var (code, _, error) = _cli.Run("a.txt");

        Assert.Equal(2, code);
        Assert.Equal($"{config}:2: unknown key 'accpet' (expected one of: root, packs, paths, plugins, rules, accept, minLevel, ignore, vale, language, quotations, footnotes, consistency, attribution, docx)\n", error);
    }

    [Fact]
    public void Good_files_are_still_reported_when_one_is_bad()
    {
        _cli.Write("good.txt", "Fine text.");

        var (code, output, error) = _cli.Run("good.txt", "missing.txt");

        Assert.Equal(2, code);
        Assert.Equal("missing.txt: no such file\n", error);
        Assert.Equal("No findings in 1 file; 1 file could not be read.\n", output);
    }

    [Fact]
    public void A_pattern_that_runs_too_long_names_the_rule_the_pattern_and_the_place()
    {
        _cli.Write("styles/Mine/Slow.yml", "extends: existence\nmessage: x\nnonword: true\ntokens:\n  - '(a+)+b'\n");
        _cli.Write("paper.md", "A first paragraph.\n\n" + new string('a', 40) + "! b\n");

        var (code, _, error) = _cli.Run("--rules", "styles", "paper.md");

        Assert.Equal(2, code);
        Assert.Equal("styles/Mine/Slow.yml: the pattern (?:(a+)+b) of rule Mine.Slow took over 2 s on paper.md:3:1; simplify it (nested repeats such as (a+)+ are the usual cause)\n", error.Replace(_cli.Directory + "/", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_that_runs_too_long_on_a_paragraph_of_millions_of_characters_says_so()
    {
        _cli.Write("styles/Mine/Slow.yml", "extends: existence\nmessage: x\nnonword: true\ntokens:\n  - '(a+)+b'\n");
        _cli.Write("paper.txt", "A first paragraph.\n\n" + string.Concat(Enumerable.Repeat("word ", 200_000)) + new string('a', 40) + "! b\n");

        var (code, _, error) = _cli.Run("--rules", "styles", "paper.txt");

        Assert.Equal(2, code);
        Assert.Equal("styles/Mine/Slow.yml: the pattern (?:(a+)+b) of rule Mine.Slow took over 2 s on paper.txt:3:1, a paragraph of 1,000,043 characters, which a search reads whole; break the text into paragraphs, or turn the rule off for this file (rules: Mine.Slow: off)\n", error.Replace(_cli.Directory + "/", "", StringComparison.Ordinal));
    }
}
