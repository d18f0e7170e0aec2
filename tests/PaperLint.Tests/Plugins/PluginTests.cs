using System.Text.Json;
using PaperLint.Core.Plugins;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Plugins;

/// <summary>
/// Rule assemblies loaded with <c>--plugin</c> or <c>plugins:</c>: the sample plug-in's rule reports like a shipped
/// one in every format, and can be configured, suppressed and baselined; a broken plug-in is one line and exit 2.
/// </summary>
public sealed class PluginTests : IDisposable
{
    // 31 words in the first sentence; the sample rule's limit is 40, or what `sample: maxWords` says.
    private const string Paper = "# Paper\n\nThis is a sentence that goes on and on with many words in it so that it will surely be longer than the limit we set for the plug-in here today. Short one.\n";

    private readonly CliRunner _cli = new();

    public PluginTests()
    {
        _cli.Write("paper.md", Paper);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_sample_plugin_reports_in_text()
    {
        _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: 20\n");

        var (code, output, error) = _cli.Run("--plugin", PluginBuilds.Sample, "paper.md");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith("paper.md:3:1: suggestion Sample.LongSentences: this sentence has 31 words; split it so that none has more than 20\n", output);
    }

    [Fact]
    public void The_sample_plugin_reports_in_json_sarif_and_github()
    {
        _cli.Write(".paperlint.yml", $"root: true\nplugins: [{PluginBuilds.Sample}]\nsample:\n  maxWords: 20\nrules:\n  Sample.LongSentences: warning\n");

        var (_, json, _) = _cli.Run("--format", "json", "paper.md");
        var (_, sarif, _) = _cli.Run("--format", "sarif", "paper.md");
        var (_, github, _) = _cli.Run("--format", "github", "paper.md");

        using var report = JsonDocument.Parse(json);
        var finding = report.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "Sample.LongSentences");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());

        using var log = JsonDocument.Parse(sarif);
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "Sample.LongSentences");
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "Sample.LongSentences");

        Assert.Contains("::warning file=paper.md,line=3,col=1,", github);
        Assert.Contains("Sample.LongSentences", github);
    }

    [Fact]
    public void A_plugin_named_in_the_configuration_is_found_relative_to_it()
    {
        string folder = Path.GetDirectoryName(PluginBuilds.Sample)!;
        string relative = Path.GetRelativePath(_cli.Directory, folder);
        _cli.Write(".paperlint.yml", $"root: true\nplugins:\n  - {Path.Combine(relative, "PaperLint.Samples.Plugin.dll")}\nsample:\n  maxWords: 30\n");

        var (code, output, _) = _cli.Run("paper.md");

        Assert.Equal(0, code);
        Assert.Contains("Sample.LongSentences: this sentence has 31 words; split it so that none has more than 30", output);
    }

    [Fact]
    public void A_plugin_rule_is_configured_like_a_shipped_one()
    {
        _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: 20\nrules:\n  Sample.LongSentences: error\n");
        var (errorCode, errorOutput, _) = _cli.Run("--plugin", PluginBuilds.Sample, "paper.md");

        _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: 20\nrules:\n  Sample.LongSentences: off\n");
        var (offCode, offOutput, _) = _cli.Run("--plugin", PluginBuilds.Sample, "paper.md");

        Assert.Equal(1, errorCode);
        Assert.Contains("error Sample.LongSentences", errorOutput);
        Assert.Equal(0, offCode);
        Assert.DoesNotContain("Sample.LongSentences", offOutput);
    }

    [Fact]
    public void A_plugin_finding_can_be_suppressed_in_the_document()
    {
        _cli.Write("paper.md", "<!-- paperlint-disable Sample.LongSentences -->\n\n" + Paper);

        var (_, output, _) = _cli.Run("--plugin", PluginBuilds.Sample, "paper.md");

        Assert.DoesNotContain("Sample.LongSentences", output);
    }

    [Fact]
    public void A_plugin_finding_can_be_baselined()
    {
        _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: 20\n");
        _cli.Run("--plugin", PluginBuilds.Sample, "baseline", "write", "paper.md");

        var (code, output, _) = _cli.Run("--plugin", PluginBuilds.Sample, "--baseline", ".paperlint-baseline.json", "paper.md");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Sample.LongSentences", output);
        Assert.Contains("baselined", output);
    }

    [Fact]
    public void The_plugin_section_is_validated_with_file_and_line()
    {
        string config = _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: many\n");

        var (code, _, error) = _cli.Run("--plugin", PluginBuilds.Sample, "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"{config}:3: 'many' is not a positive whole number\n", error);
    }

    [Fact]
    public void Without_the_plugin_its_section_is_an_unknown_key()
    {
        string config = _cli.Write(".paperlint.yml", "root: true\nsample:\n  maxWords: 20\n");

        var (code, _, error) = _cli.Run("paper.md");

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:2: unknown key 'sample' (expected one of: ", error);
    }

    [Fact]
    public void The_plugin_rule_is_listed_by_the_rules_command()
    {
        var (code, output, _) = _cli.Run("--plugin", PluginBuilds.Sample, "rules");

        Assert.Equal(0, code);
        Assert.Contains("Sample.LongSentences", output);
    }

    [Fact]
    public void The_native_build_refuses_a_plugin_in_one_line_that_says_how_to_get_the_framework_dependent_build()
    {
        // The native build is the one where dynamic code is not supported; the tests run on the JIT, which loads plug-ins.
        string path = Path.Combine(_cli.Directory, "rules", "Mine.dll");

        var refusal = Assert.Throws<InputException>(() => PluginLoader.Load(path, canLoadAssemblies: false));

        Assert.True(PluginLoader.IsSupported);
        Assert.Equal(
            $"{path}: this paperlint is the native build, which cannot load plug-ins; install the framework-dependent build instead: dotnet tool uninstall -g PaperLint && dotnet tool install -g PaperLint.any (--local instead of -g for a local tool)",
            refusal.Message);
    }

    [Fact]
    public void A_missing_plugin_is_one_line_and_exit_2()
    {
        string path = Path.Combine(_cli.Directory, "missing.dll");

        var (code, output, error) = _cli.Run("--plugin", "missing.dll", "paper.md");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"{path}: no such plug-in (a rule assembly, .dll)\n", error);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_one_line_and_exit_2()
    {
        string path = _cli.Write("rules.dll", "not a PE file");

        var (code, _, error) = _cli.Run("--plugin", "rules.dll", "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"{path}: not a .NET assembly; a plug-in is the .dll of a class library that implements IRule\n", error);
    }

    [Fact]
    public void A_rule_whose_id_is_a_shipped_rule_is_refused()
    {
        string path = PluginBuilds.Broken("Collides");

        var (code, _, error) = _cli.Run("--plugin", path, "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"{path}: rule id 'Typos.LeadBy' is already a shipped rule; give the plug-in's rule an id of its own (Family.Name)\n", error);
    }

    [Fact]
    public void A_rule_that_throws_when_created_is_one_line_and_exit_2()
    {
        string path = PluginBuilds.Broken("Throws");

        var (code, _, error) = _cli.Run("--plugin", path, "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"{path}: PaperLint.TestPlugins.Throws could not be created (InvalidOperationException: the rule's word list is missing)\n", error);
    }

    [Fact]
    public void An_assembly_without_rules_is_refused()
    {
        string path = PluginBuilds.Broken("NoRules");

        var (code, _, error) = _cli.Run("--plugin", path, "paper.md");

        Assert.Equal(2, code);
        Assert.Equal($"{path}: holds no rule (no public class that implements IRule with a parameterless constructor)\n", error);
    }
}
