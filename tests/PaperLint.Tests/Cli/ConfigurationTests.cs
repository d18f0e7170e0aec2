using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>What the configuration file and the options change in what the user sees.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Paper = "The strike was lead by the dockers, and the the port closed.\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Findings_and_exit_code_without_configuration()
    {
        _cli.Write("paper.txt", Paper);

        var (code, output, _) = _cli.Run("paper.txt");

        Assert.Equal(1, code);
        Assert.Contains("paper.txt:1:16: warning Typos.LeadBy:", output);
        Assert.Contains("paper.txt:1:41: error Typos.RepeatedWords: 'the' is repeated; delete one", output);
        Assert.EndsWith("2 findings (1 error, 1 warning) in 1 file.\n", output);
    }

    [Fact]
    public void A_rule_turned_off_is_not_run_and_a_level_can_be_raised()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Typos.RepeatedWords: off\n  Typos.LeadBy: error\n");
        _cli.Write("paper.txt", Paper);

        var (code, output, _) = _cli.Run("paper.txt");

        Assert.Equal(1, code);
        Assert.Contains("paper.txt:1:16: error Typos.LeadBy:", output);
        Assert.DoesNotContain("RepeatedWords", output);
    }

    [Fact]
    public void Accepted_words_are_never_reported()
    {
        _cli.Write(".paperlint.yml", "root: true\naccept: [lead by]\nrules:\n  Typos.RepeatedWords: off\n");
        _cli.Write("paper.txt", Paper);

        var (code, output, _) = _cli.Run("paper.txt");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 file.\n", output);
    }

    [Fact]
    public void Min_level_hides_findings_below_it()
    {
        _cli.Write("paper.txt", Paper);

        var (code, output, _) = _cli.Run("--min-level", "error", "paper.txt");

        Assert.Equal(1, code);
        Assert.DoesNotContain("LeadBy", output);
        Assert.EndsWith("1 finding (1 error) in 1 file.\n", output);
    }

    [Fact]
    public void Min_level_on_the_command_line_wins_over_the_file_in_either_direction()
    {
        _cli.Write(".paperlint.yml", "root: true\nminLevel: error\n");
        _cli.Write("paper.txt", Paper);

        var (_, fromFile, _) = _cli.Run("paper.txt");
        var (code, lowered, _) = _cli.Run("--min-level", "suggestion", "paper.txt");

        Assert.DoesNotContain("LeadBy", fromFile);
        Assert.Equal(1, code);
        Assert.Contains("paper.txt:1:16: warning Typos.LeadBy:", lowered);
        Assert.EndsWith("2 findings (1 error, 1 warning) in 1 file.\n", lowered);
    }

    [Fact]
    public void A_nearer_file_can_set_a_setting_back_to_its_default()
    {
        // The outer file counts quotations of five words; the inner one says eight, the default, and wins.
        _cli.Write(".paperlint.yml", "root: true\nquotations:\n  minWords: 5\nminLevel: error\n");
        _cli.Write("inner/.paperlint.yml", "quotations:\n  minWords: 8\nminLevel: suggestion\n");
        _cli.Write("inner/paper.txt", "She said “the port was lead by the dockers” and left.\n");

        var (_, output, _) = _cli.Run("inner/paper.txt");

        // A five-word quotation is the author's prose again, so the typo in it is reported, at warning level.
        Assert.Contains("warning Typos.LeadBy", output);
    }

    [Fact]
    public void A_users_pack_adds_rules_by_path()
    {
        _cli.Write("styles/House/Utilise.yml", "extends: substitution\nmessage: \"Use '%s' rather than '%s'.\"\nlevel: error\nswap:\n  utilise: use\n");
        _cli.Write("paper.txt", "We utilise the archive.\n");

        var (code, output, _) = _cli.Run("--rules", "styles", "paper.txt");

        Assert.Equal(1, code);
        Assert.Contains("paper.txt:1:4: error House.Utilise: Use 'use' rather than 'utilise'.", output);
    }

    [Fact]
    public void A_malformed_users_pack_stops_the_run_with_its_file_and_line()
    {
        string rule = _cli.Write("styles/House/Bad.yml", "extends: substitution\nmessage: \"x\"\nswapp:\n  a: b\n");
        _cli.Write("paper.txt", "Text.\n");

        var (code, output, error) = _cli.Run("--rules", "styles", "paper.txt");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{rule}:3: unknown key 'swapp'", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_level_in_force()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Names.Diacritics: off\n");

        var (code, output, _) = _cli.Run("rules");

        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^Names\.Diacritics +off +Names written without their diacritics", output);
        Assert.Matches(@"(?m)^Typos\.LeadBy +warning +", output);
        Assert.Matches(@"(?m)^Footnotes\.Sequence +error +", output);
        Assert.Matches(@"(?m)^Attribution\.MissingCitation +warning +", output);
        Assert.Contains("31 rules, 30 on.", output);
    }

    [Fact]
    public void Colour_only_on_a_terminal_and_never_with_NO_COLOR_or_no_color()
    {
        _cli.Write("paper.txt", Paper);
        _cli.OutputRedirected = false;

        Assert.Contains('\u001b', _cli.Run("paper.txt").Out);
        Assert.DoesNotContain('\u001b', _cli.Run("--no-color", "paper.txt").Out);
        _cli.Environment["NO_COLOR"] = "1";
        Assert.DoesNotContain('\u001b', _cli.Run("paper.txt").Out);
        _cli.OutputRedirected = true;
        _cli.Environment.Remove("NO_COLOR");
        Assert.DoesNotContain('\u001b', _cli.Run("paper.txt").Out);
    }

    [Fact]
    public void Typos_inside_a_block_quotation_are_the_quoted_authors_and_left_alone()
    {
        _cli.Write("paper.md", "As the report put it:\n\n> The strike was lead by the dockers.\n\nThe strike was lead by the dockers.\n");

        var (_, output, _) = _cli.Run("--format", "json", "paper.md");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Typos.LeadBy");
        Assert.Equal(5, finding.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void House_style_decides_which_form_is_reported()
    {
        const string paper = "We sent an email, then an email, then an e-mail.\n";
        _cli.Write("paper.txt", paper);

        var (_, majority, _) = _cli.Run("paper.txt");
        _cli.Write(".paperlint.yml", "root: true\nconsistency:\n  prefer: [e-mail]\n");
        var (_, house, _) = _cli.Run("paper.txt");

        Assert.Contains("paper.txt:1:42: warning Consistency.Variants: 'e-mail' (1×) and 'email' (2×) are both used; use 'email'", majority);
        Assert.Contains("paper.txt:1:12: warning Consistency.Variants: 'email' (2×) and 'e-mail' (1×) are both used; use 'e-mail' (house style)", house);
        Assert.Contains("paper.txt:1:27: warning Consistency.Variants:", house);
    }

    [Fact]
    public void A_name_reported_by_two_rules_at_one_place_is_shown_once()
    {
        _cli.Write("paper.txt", "Žižek wrote. Žižek spoke. Zizek wrote again.\n");

        var (_, output, _) = _cli.Run("paper.txt");

        Assert.Contains("paper.txt:1:27: warning Consistency.Variants: 'Zizek' (1×) and 'Žižek' (2×) are both used; use 'Žižek', the spelling of the name", output);
        Assert.DoesNotContain("Names.Diacritics", output);
        Assert.EndsWith("1 finding (1 warning) in 1 file.\n", output);
    }

    [Fact]
    public void A_word_file_over_the_configured_part_limit_is_one_line_and_exit_2()
    {
        _cli.Write(".paperlint.yml", "root: true\ndocx:\n  maxPartMegabytes: 1\n");
        _cli.Write("big.docx", DocxFixture.FromParagraphs("The text." + new string(' ', 2 * 1024 * 1024)));

        var (code, _, error) = _cli.Run("big.docx");

        Assert.Equal(2, code);
        Assert.Equal("big.docx: word/document.xml unpacks to 3 MB, more than the 1 MB a part may have; if the document is real, raise 'docx: maxPartMegabytes' in .paperlint.yml\n", error);
    }

    [Fact]
    public void A_part_limit_that_is_no_number_names_its_line()
    {
        _cli.Write(".paperlint.yml", "root: true\ndocx:\n  maxPartMegabytes: lots\n");
        _cli.Write("paper.txt", Paper);

        var (code, _, error) = _cli.Run("paper.txt");

        Assert.Equal(2, code);
        Assert.Contains(".paperlint.yml:3: 'lots' is not a positive whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_in_rules_sets_all_its_rules_and_a_rule_of_it_wins()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Typos: warning\n  Typos.LeadBy: error\n");
        _cli.Write("paper.txt", Paper);

        var (code, output, _) = _cli.Run("paper.txt");

        Assert.Equal(1, code);
        Assert.Contains("paper.txt:1:16: error Typos.LeadBy", output, StringComparison.Ordinal);
        Assert.Contains("paper.txt:1:41: warning Typos.RepeatedWords", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_command_reports_an_unknown_rule_in_the_configuration()
    {
        _cli.Write(".paperlint.yml", "root: true\nrules:\n  Nothing: off\n");

        var (code, output, error) = _cli.Run("rules");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.EndsWith(".paperlint.yml:3: unknown rule 'Nothing' in 'rules'; 'paperlint rules' lists the rule ids, and a family name (Typos) sets all its rules\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Packs_names_the_families_that_are_on_built_in_ones_too()
    {
        _cli.Write(".paperlint.yml", "root: true\npacks: [Typos]\n");

        var (code, output, _) = _cli.Run("rules");

        Assert.Equal(0, code);
        var ids = output.Split('\n').Where(l => l.Contains('.', StringComparison.Ordinal) && !l.EndsWith("on.", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("Typos.", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Packs_accepts_a_built_in_family_and_refuses_an_unknown_one()
    {
        _cli.Write(".paperlint.yml", "root: true\npacks: [Footnotes, Nothing]\n");

        var (code, _, error) = _cli.Run("rules");

        Assert.Equal(2, code);
        Assert.EndsWith(".paperlint.yml:2: unknown pack 'Nothing' in 'packs' (shipped families: Attribution, Consistency, Footnotes, Names, Typos)\n", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("root: true\npaths:\n  - styles\n", ".paperlint.yml:3: 'styles' in 'paths': no such folder (paths are relative to the configuration file)")]
    [InlineData("root: true\nrules:\n  Typos.LeadBy: error\n---\nrules:\n  Typos.RepeatedWords: off\n", ".paperlint.yml:5: a second YAML document (after '---'), which would not be read; keep the configuration in one")]
    [InlineData("root: true\nconsistency:\n  prefer: [November 6, 1918]\n", ".paperlint.yml:3: 'November 6' and '1918' are two entries: YAML splits a [list] at its commas; quote the date: ['November 6, 1918']")]
    public void A_configuration_mistake_names_its_file_and_line(string yaml, string expected)
    {
        _cli.Write(".paperlint.yml", yaml);
        _cli.Write("paper.txt", Paper);

        var (code, _, error) = _cli.Run("paper.txt");

        Assert.Equal(2, code);
        Assert.Equal(Path.Combine(_cli.Directory, expected) + "\n", error);
    }

    [Fact]
    public void Two_configuration_files_in_one_folder_are_one_line_and_exit_2()
    {
        _cli.Write(".paperlint.yaml", "rules:\n  Typos.LeadBy: off\n");
        _cli.Write("paper.txt", Paper);

        var (code, _, error) = _cli.Run("paper.txt");

        Assert.Equal(2, code);
        Assert.Equal($"{_cli.Directory}: both .paperlint.yml and .paperlint.yaml are here, and only one would be read; merge them into one\n", error);
    }

    [Fact]
    public void A_folder_given_as_the_configuration_is_one_line_and_exit_2()
    {
        _cli.Write("conf/x.txt", "");
        _cli.Write("paper.txt", Paper);

        var (code, _, error) = _cli.Run("--config", "conf", "paper.txt");

        Assert.Equal(2, code);
        Assert.Equal($"{Path.Combine(_cli.Directory, "conf")}: is a folder; give the configuration file (its .paperlint.yml)\n", error);
    }
}
