using PaperLint.Core.Packs;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Packs;

public sealed class ShippedPackTests
{
    private static readonly string[] Families = ["Footnotes.", "Attribution.", "Typos.", "Names.", "Consistency."];

    [Fact]
    public void Loads_the_embedded_packs_with_the_expected_rules()
    {
        var packs = PackLoader.LoadShipped();

        Assert.Equal(["Consistency", "Names", "Typos"], packs.Select(p => p.Name));
        Assert.All(packs, p => Assert.Equal(PackLoader.BuiltIn, p.Origin));
        Assert.Equal(
            [
                "Consistency.Spelling",
                "Names.Diacritics",
                "Names.Misspelled",
                "Typos.Confusables",
                "Typos.EtAl",
                "Typos.LeadBy",
                "Typos.Placeholders",
                "Typos.RepeatedWords",
            ],
            packs.SelectMany(p => p.Rules).Select(r => r.Id));
    }

    [Fact]
    public void The_rules_compiled_into_the_tool_are_the_rule_files()
    {
        // The tool builds its shipped rules from CompiledRules.Data.g.cs, not from the YAML: this keeps the two the same.
        // PAPERLINT_WRITE_COMPILED_RULES=1 (scripts/compile-rules.sh) writes the file instead of comparing.
        string path = Path.Combine(RepoPaths.Root, "src", "PaperLint.Core", "Packs", "CompiledRules.Data.g.cs");
        string expected = CompiledRules.SourceFile(CompiledRules.Serialize(PackLoader.ShippedFiles()));
        if (Environment.GetEnvironmentVariable("PAPERLINT_WRITE_COMPILED_RULES") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), "rules/ changed: run scripts/compile-rules.sh");
        Assert.Equal(CompiledRules.Data, CompiledRules.Serialize(PackLoader.ShippedFiles()));

        // Read back, each file gives the same nodes as the YAML parser: written again, the same form.
        var read = CompiledRules.Read();
        Assert.Equal(PackLoader.ShippedFiles().Select(f => f.DisplayPath), read.Select(f => f.DisplayPath));
        Assert.Equal(CompiledRules.Data, string.Concat(read.Select(f => Reserialize(f.Pack, f.Rule, f.DisplayPath, f.Root))));

        static string Reserialize(string pack, string rule, string path, YamlDotNet.RepresentationModel.YamlMappingNode root)
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(root));
            using var writer = new StringWriter();
            stream.Save(writer, assignAnchors: false);
            return CompiledRules.Serialize([(pack, rule, path, writer.ToString())]);
        }
    }

    [Fact]
    public void Caches_the_shipped_packs_per_process()
    {
        Assert.Same(PackLoader.LoadShipped(), PackLoader.LoadShipped());
    }

    [Fact]
    public void Every_shipped_rule_id_starts_with_a_known_family()
    {
        foreach (var rule in PackLoader.LoadShipped().SelectMany(p => p.Rules))
        {
            Assert.True(Families.Any(f => rule.Id.StartsWith(f, StringComparison.Ordinal)), $"{rule.Id} is not in a known family");
        }
    }

    [Fact]
    public void Every_shipped_rule_file_says_extends_message_level_and_description()
    {
        foreach (var file in PackLoader.ShippedFiles())
        {
            foreach (var key in new[] { "extends:", "message:", "level:", "description:" })
            {
                Assert.True(file.Text.Split('\n').Any(line => line.StartsWith(key, StringComparison.Ordinal)), $"{file.DisplayPath} has no '{key}'");
            }

            var rule = (PackRule)PackLoader.ParseRule(file.Pack, file.Rule, file.Text, file.DisplayPath);
            Assert.False(string.IsNullOrWhiteSpace(rule.Message));
            Assert.False(string.IsNullOrWhiteSpace(rule.Description));
            Assert.DoesNotContain("%s", rule.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Shipped_rules_are_loaded_without_checking_each_pattern_again_so_this_test_checks_them()
    {
        // The tool trusts its own rules at start-up (compiling every pattern only to check it cost a native run a
        // tenth of its start); parsed as a user's rule, every shipped pattern must compile.
        foreach (var file in PackLoader.ShippedFiles())
        {
            var exception = Record.Exception(() => PackLoader.ParseRule(file.Pack, file.Rule, file.Text, file.DisplayPath, trusted: false));
            Assert.True(exception is null, $"{file.DisplayPath}: {exception?.Message}");
        }

        const string broken = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens:\n  - 'a(b'\n";
        Assert.Throws<InputException>(() => PackLoader.ParseRule("Mine", "Broken", broken, "Mine/Broken.yml"));
        Assert.NotNull(PackLoader.ParseRule("Mine", "Broken", broken, "Mine/Broken.yml", trusted: true));
    }

    [Fact]
    public void Every_shipped_rule_file_lists_examples_that_match_and_examples_that_pass()
    {
        foreach (var file in PackLoader.ShippedFiles())
        {
            var examples = Examples(file.Text);
            Assert.True(examples.Count(e => e.ShouldMatch) >= 2, $"{file.DisplayPath}: fewer than two 'match' examples");
            Assert.True(examples.Count(e => !e.ShouldMatch) >= 2, $"{file.DisplayPath}: fewer than two 'pass' examples");
        }
    }

    [Fact]
    public void The_examples_in_each_shipped_rule_file_do_what_they_say()
    {
        var failures = new List<string>();
        foreach (var file in PackLoader.ShippedFiles())
        {
            var rule = ShippedRules.Get($"{file.Pack}.{file.Rule}");
            foreach (var (text, shouldMatch) in Examples(file.Text))
            {
                var findings = rule.Check(LintContext.For(PlainTextReader.Parse("example.txt", text))).ToList();
                if (shouldMatch && findings.Count == 0)
                {
                    failures.Add($"{file.DisplayPath}: no finding for \"{text}\"");
                }
                else if (!shouldMatch && findings.Count > 0)
                {
                    failures.Add($"{file.DisplayPath}: unexpected '{findings[0].Match}' in \"{text}\"");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Lines of the form "# match: text" and "# pass: text" in the file's leading comment.
    private static List<(string Text, bool ShouldMatch)> Examples(string yaml) =>
        [.. yaml.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith("# match:", StringComparison.Ordinal) || line.StartsWith("# pass:", StringComparison.Ordinal))
            .Select(line => (line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), line.StartsWith("# match:", StringComparison.Ordinal)))];
}
