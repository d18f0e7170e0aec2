using PaperLint.Tests.Support;

namespace PaperLint.Tests.Packs;

/// <summary>A folder set up for Vale: its .vale.ini decides which styles run, with Vale's matching and scopes.</summary>
public sealed class ValeConfigTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public ValeConfigTests()
    {
        // No .paperlint.yml: the .vale.ini is the configuration.
        File.Delete(Path.Combine(_cli.Directory, ".paperlint.yml"));
        _cli.Write("styles/House/Utilize.yml", "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: warning\nignorecase: true\nswap:\n  utilize: use\n");
        _cli.Write("styles/House/HeadingTodo.yml", "extends: existence\nmessage: \"No '%s' in a heading.\"\nlevel: error\nscope: heading\ntokens: [TODO]\n");
        _cli.Write("styles/House/Quiet.yml", "extends: existence\nmessage: \"'%s'\"\nlevel: suggestion\ntokens: [maybe]\n");
        _cli.Write("styles/House/Unsupported.yml", "extends: sequence\nmessage: x\nlevel: error\n");
        _cli.Write("styles/Other/Never.yml", "extends: existence\nmessage: \"'%s'\"\nlevel: error\ntokens: [use]\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_styles_it_names_run_with_their_scopes_and_the_others_do_not()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n\n[*.md]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "# TODO list\n\nWe utilize the the data. TODO: maybe more.\n");

        var (code, output, error) = _cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:1:3: error House.HeadingTodo: No 'TODO' in a heading.", output, StringComparison.Ordinal);
        Assert.Contains("paper.md:3:4: warning House.Utilize: Use 'use' instead of 'utilize'.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("3:26", output, StringComparison.Ordinal);      // TODO outside a heading: out of scope
        Assert.DoesNotContain("House.Quiet", output, StringComparison.Ordinal); // a suggestion, below Vale's default floor
        Assert.DoesNotContain("Other.Never", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Typos.RepeatedWords", output, StringComparison.Ordinal); // shipped families run only when named
        Assert.Equal("warning: " + Path.Combine(_cli.Directory, "styles", "House", "Unsupported.yml") + ":1: 'sequence' rules are not supported (PaperLint implements existence, substitution, repetition, consistency, occurrence, conditional, capitalization, metric, spelling); House.Unsupported is skipped\n", error);
    }

    [Fact]
    public void Rule_settings_min_alert_level_and_shipped_families_are_honoured()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*]\nBasedOnStyles = House, Typos\nHouse.Utilize = NO\nOther.Never = error\n");
        _cli.Write("paper.md", "We utilize the the data, maybe, and use it.\n");

        var (_, output, _) = _cli.Run("paper.md");

        Assert.DoesNotContain("House.Utilize", output, StringComparison.Ordinal);
        Assert.Contains("House.Quiet", output, StringComparison.Ordinal);
        Assert.Contains("error Other.Never", output, StringComparison.Ordinal);
        Assert.Contains("Typos.RepeatedWords", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_turns_a_skipped_rule_into_exit_2()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "Text.\n");

        var (code, _, error) = _cli.Run("paper.md", "--strict");

        Assert.Equal(2, code);
        Assert.EndsWith("'sequence' rules are not supported (PaperLint implements existence, substitution, repetition, consistency, occurrence, conditional, capitalization, metric, spelling) (--strict)\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paperlint_yml_that_names_a_vale_ini_keeps_its_own_rules_and_adds_the_styles()
    {
        _cli.Write(".paperlint.yml", "root: true\nvale: .vale.ini\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*.md]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "We utilize the the data.\n");

        var (_, output, _) = _cli.Run("paper.md");

        Assert.Contains("House.Utilize", output, StringComparison.Ordinal);
        Assert.Contains("Typos.RepeatedWords", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_vale_ini_is_one_line_naming_file_and_line()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n[*.md]\nHouse.Utilize = MAYBE\n");
        _cli.Write("paper.md", "Text.\n");

        var (code, _, error) = _cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.Equal(Path.Combine(_cli.Directory, ".vale.ini") + ":3: 'House.Utilize = MAYBE': use YES, NO, suggestion, warning or error\n", error);
    }

    [Fact]
    public void Vales_own_style_reports_vocabulary_terms_rejected_words_and_repeats()
    {
        _cli.Write("styles/config/vocabularies/Base/accept.txt", "PaperLint\n# a comment\n[Tt]ypos?\n");
        _cli.Write("styles/config/vocabularies/Base/reject.txt", "utilise\n");
        // StylesPath's own en_US, which Vale.Spelling prefers to any the system has.
        _cli.Write("styles/config/dictionaries/en_US.aff", "SET UTF-8\n");
        _cli.Write("styles/config/dictionaries/en_US.dic", "6\nwe\nutilise\nand\non\nthe\ntypo\n");
        _cli.Write(".vale.ini", "StylesPath = styles\nVocab = Base\n[*.md]\nBasedOnStyles = Vale\n");
        _cli.Write("paper.md", "We utilise paperlint and PaperLint on the the typo, mispelt.\n");

        var (code, output, error) = _cli.Run("paper.md");

        Assert.Equal(1, code);
        Assert.Contains("paper.md:1:4: error Vale.Avoid: Avoid using 'utilise'.", output, StringComparison.Ordinal);
        Assert.Contains("paper.md:1:12: error Vale.Terms: Use 'PaperLint' instead of 'paperlint'.", output, StringComparison.Ordinal);
        Assert.Contains("error Vale.Repetition: 'the' is repeated!", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1:26", output, StringComparison.Ordinal); // PaperLint as accepted
        Assert.Contains("paper.md:1:53: error Vale.Spelling: Did you really mean 'mispelt'?", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.Contains("Vale.Spelling", StringComparison.Ordinal)); // accepted terms pass
        Assert.Equal("", error);
    }

    [Fact]
    public void A_vale_rule_reports_at_most_its_limit_with_its_message_on_one_spaced_line()
    {
        _cli.Write("styles/House/Spaces.yml", "extends: existence\nmessage: \"'%s' has two spaces.\"\nlevel: error\nnonword: true\nlimit: 2\ntokens: ['[a-z]\\.  [A-Z]']\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nHouse.Spaces = YES\n");
        _cli.Write("paper.md", "One.  Two.  Three.  Four.\n");

        var (_, output, _) = _cli.Run("paper.md", "--format", "json");

        Assert.Equal(2, output.Split("House.Spaces").Length - 1);
        Assert.Contains("\"message\": \"'e. T' has two spaces.\"", output, StringComparison.Ordinal);
        Assert.Contains("\"match\": \"e.  T\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_scoped_vale_rule_reads_the_markdown_source_as_written()
    {
        _cli.Write("styles/House/Html.yml", "extends: existence\nmessage: \"Link '%s' to the .md file.\"\nlevel: error\nscope: raw\nnonword: true\ntokens: ['\\]\\([^)]+\\.html\\)']\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "# Title\n\nSee [the index](../index.html) and `code](x.html)`.\n");

        var (_, output, _) = _cli.Run("paper.md");

        Assert.Contains("paper.md:3:15: error House.Html: Link '](../index.html)' to the .md file.", output, StringComparison.Ordinal);
        Assert.Contains("paper.md:3:41: error House.Html: Link '](x.html)' to the .md file.", output, StringComparison.Ordinal); // code too: raw is everything
    }

    [Fact]
    public void Skipped_scopes_ignored_scopes_and_ignored_classes_leave_text_unread_as_in_vale()
    {
        _cli.Write("styles/House/Todo.yml", "extends: existence\nmessage: \"'%s' left in text\"\nlevel: error\ntokens: [TODO]\n");
        _cli.Write(".vale.ini", "StylesPath = styles\nSkippedScopes = blockquote, li\nIgnoredScopes = strong\nIgnoredClasses = nop\n[*]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "TODO one.\n\n> TODO in a quotation.\n\n- TODO in a list\n\nA **TODO** in bold, a <span class=\"nop x\">TODO</span> of that class, and *TODO* in italics.\n");

        var (_, output, _) = _cli.Run("paper.md");
        var (_, printed, _) = _cli.Run("--print-config", "paper.md");

        Assert.Contains("paper.md:1:1: error House.Todo", output, StringComparison.Ordinal);
        Assert.Contains("paper.md:7:75: error House.Todo", output, StringComparison.Ordinal); // italics are read
        Assert.Equal(2, output.Split("House.Todo").Length - 1);
        Assert.Contains("# SkippedScopes: [blockquote, li], IgnoredScopes: [strong], IgnoredClasses: [nop]", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_settings_are_core_options_above_the_first_section()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\nSkippedScopes = blockquote\n");
        _cli.Write("paper.md", "Text.\n");

        var (code, _, error) = _cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.Contains(".vale.ini:4: 'SkippedScopes' is a core option; put it above the first [section]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vale_style_reads_the_alt_text_of_images_and_scope_alt_selects_it()
    {
        _cli.Write("styles/House/Todo.yml", "extends: existence\nmessage: \"'%s' left in text\"\nlevel: error\ntokens: [TODO]\n");
        _cli.Write("styles/House/Prose.yml", "extends: existence\nmessage: \"'%s' in a paragraph\"\nlevel: error\nscope: paragraph\ntokens: [TODO]\n");
        _cli.Write("styles/House/AltLength.yml", "extends: occurrence\nmessage: \"Alt text of %s characters; keep it under 20.\"\nlevel: error\nscope: alt\nmax: 20\ntoken: '[\\w\\s]'\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House, Typos\n");
        _cli.Write("paper.md", "See the map.\n\n![TODO: the map](map.png)\n\n![A very long description of the valley](valley.png)\n");

        var (_, output, _) = _cli.Run("paper.md");

        Assert.Contains("paper.md:3:3: error House.Todo: 'TODO' left in text", output, StringComparison.Ordinal);
        Assert.Contains("paper.md:5:3: error House.AltLength: Alt text of 37 characters; keep it under 20.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("House.Prose", output, StringComparison.Ordinal);     // alt text is no paragraph
        Assert.DoesNotContain("Typos.Placeholders", output, StringComparison.Ordinal); // PaperLint's own rules leave it alone
        Assert.Single(output.Split('\n'), line => line.Contains("House.AltLength", StringComparison.Ordinal));
    }

    [Fact]
    public void A_raw_scoped_vale_occurrence_rule_counts_the_whole_file_once()
    {
        _cli.Write("styles/House/MinWords.yml", "extends: occurrence\nmessage: \"Only %s words.\"\nlevel: error\nscope: raw\nmin: 10\ntoken: \\b(\\w+)\\b\n");
        _cli.Write("styles/House/Summary.yml", "extends: occurrence\nmessage: \"No summary.\"\nlevel: error\nscope: raw\nmin: 1\ntoken: \"# Summary\"\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n");
        _cli.Write("short.md", "\n# Intro\n\nTwo `code words` here.\n");
        _cli.Write("long.md", "# Summary\n\nOne two three four five six seven eight nine ten.\n");
        _cli.Write("empty.md", "");

        var (_, output, _) = _cli.Run("short.md", "long.md", "empty.md");

        // Too few matches: at the first one. None at all: at the file's first word. Code counts, as written.
        Assert.Contains("short.md:2:3: error House.MinWords: Only 5 words.", output, StringComparison.Ordinal);
        Assert.Contains("short.md:2:1: error House.Summary: No summary.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("long.md", output, StringComparison.Ordinal);
        Assert.DoesNotContain("empty.md", output, StringComparison.Ordinal); // an empty file has nothing to point at
    }

    [Fact]
    public void A_vale_occurrence_rule_counts_inline_code_as_vale_masks_it_and_reports_after_it()
    {
        // Vale masks inline code with one '*' per character as written, backticks included: a character count
        // counts them, a word count does not, and the finding is at the first match that is not the mask.
        _cli.Write("styles/House/Long.yml", "extends: occurrence\nmessage: \"Keep headings under 30 characters.\"\nlevel: warning\nscope: heading\nmax: 30\ntoken: .\n");
        _cli.Write("styles/House/Words.yml", "extends: occurrence\nmessage: \"%s words in a heading.\"\nlevel: warning\nscope: heading\nmax: 4\ntoken: \\b\\w+\\b\n");
        _cli.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n");
        _cli.Write("paper.md", "# `A long piece of code`, explained\n\n# Short `x` one\n");

        var (_, output, _) = _cli.Run("paper.md");

        Assert.Contains("paper.md:1:25: warning House.Long: Keep headings under 30 characters.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paper.md:3:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("House.Words", output, StringComparison.Ordinal); // 'explained' is the one word Vale sees
    }

    [Theory]
    [InlineData("/w/paper.md", "Base,Md")]
    [InlineData("/w/notes.txt", "Base,Md")]
    [InlineData("/w/docs/deep/guide.md", "Base,Md,Docs")]
    [InlineData("/w/paper.docx", "Base")]
    public void Sections_apply_to_the_files_their_globs_match_as_vale_reads_globs(string file, string styles)
    {
        var ini = PaperLint.Core.Config.ValeIni.Parse("BasedOnStyles = Base\n[formats]\nmdx = md\n[*.{md,txt}]\nBasedOnStyles = Md\n[docs/*.md]\nBasedOnStyles = Docs\n", "/w/.vale.ini");

        Assert.Equal(styles, string.Join(",", ini.StylesFor(file)));
    }

    [Fact]
    public void Token_and_block_ignores_leave_their_text_unreported()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n[*.md]\nBasedOnStyles = House\nTokenIgnores = \\$[^$]+\\$\nBlockIgnores = (?s)\\{% raw %\\}.*?\\{% endraw %\\}\n");
        _cli.Write("paper.md", "We utilize $utilize$ here.\n\n{% raw %}\nWe utilize it.\n{% endraw %}\n");

        var (_, output, error) = _cli.Run("paper.md");

        Assert.Contains("paper.md:1:4: warning House.Utilize", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paper.md:1:13", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paper.md:4:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("TokenIgnores", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_ignore_that_is_no_regular_expression_is_one_line_naming_file_and_line()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n[*.md]\nTokenIgnores = (unclosed\n");
        _cli.Write("paper.md", "Text.\n");

        var (code, _, error) = _cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.StartsWith(Path.Combine(_cli.Directory, ".vale.ini") + ":3: TokenIgnores: '(unclosed' is not a valid regular expression", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_config_shows_what_the_vale_ini_turns_on_for_the_file()
    {
        _cli.Write(".vale.ini", "StylesPath = styles\n\n[*.md]\nBasedOnStyles = House\nOther.Never = YES\n");

        var (code, output, _) = _cli.Run("--print-config", "paper.md");

        Assert.Equal(0, code);
        Assert.Contains("packs: []                                # none: the .vale.ini names no PaperLint family in BasedOnStyles", output, StringComparison.Ordinal);
        Assert.Contains("minLevel: warning                        # " + Path.Combine(_cli.Directory, ".vale.ini") + ": Vale's default, as MinAlertLevel is not set", output, StringComparison.Ordinal);
        Assert.Contains("# on: [House, Other.Never]", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.EndsWith(".vale.ini", StringComparison.Ordinal));
    }
}
