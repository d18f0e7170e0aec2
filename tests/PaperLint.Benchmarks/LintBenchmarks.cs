using BenchmarkDotNet.Attributes;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;

namespace PaperLint.Benchmarks;

/// <summary>A whole run on each sample, as the CLI does it: read, run every shipped rule, collect findings.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LintBenchmarks
{
    private IReadOnlyList<ActiveRule> _rules = [];

    [Params("paper.md", "paper.docx", "paper.txt")]
    public string Sample { get; set; } = "paper.md";

    [GlobalSetup]
    public void Setup() => _rules = RuleSet.Active(PaperLintConfig.Default, []);

    [Benchmark]
    public int LintSample()
    {
        var document = DocumentLoader.Load(SamplePaths.Sample(Sample), Sample);
        return Linter.Lint(document, _rules, PaperLintConfig.Default).Findings.Count;
    }

    /// <summary>Loading the shipped packs is part of every start of the tool.</summary>
    [Benchmark]
    public int BuildRuleSet() => RuleSet.Active(PaperLintConfig.Default, []).Count;
}
