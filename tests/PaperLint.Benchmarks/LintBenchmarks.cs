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
    private LintPlan? _plan;

    [Params("paper.md", "paper.docx", "paper.txt")]
    public string Sample { get; set; } = "paper.md";

    [GlobalSetup]
    public void Setup() => _plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Benchmark]
    public int LintSample()
    {
        var document = DocumentLoader.Load(SamplePaths.Sample(Sample), Sample);
        return Linter.Lint(document, _plan!).Findings.Count;
    }

    /// <summary>Loading the shipped packs is part of every start of the tool.</summary>
    [Benchmark]
    public int BuildRuleSet() => RuleSet.Active(PaperLintConfig.Default, []).Rules.Count;
}
