using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds a project for each job and gives up after 2 minutes; on a busy 2-core machine that build
// alone can take longer.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(PaperLint.Benchmarks.LintBenchmarks).Assembly).Run(args, config);
