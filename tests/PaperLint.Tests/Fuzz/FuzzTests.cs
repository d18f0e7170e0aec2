using System.Diagnostics;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Fuzz;

/// <summary>
/// A bounded fuzz run over mutations of the samples in all three formats (<see cref="Mutator"/>): every case must end
/// as a run would end with exit 0, 1 or 2 (findings, or one line saying what is wrong with the input), never with
/// another exception, and within a time and an allocation that no document of this size may exceed. A failing case is
/// named by its seed, so that <c>Mutator</c> gives it again.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>
    /// Cases per format: 1,000 in CI, where each run makes the same cases. <c>PAPERLINT_FUZZ_CASES=20000</c> and
    /// <c>PAPERLINT_FUZZ_SEED=7</c> make a longer run of other cases, for a search before a release.
    /// </summary>
    private static readonly int CasesPerFormat = int.TryParse(Environment.GetEnvironmentVariable("PAPERLINT_FUZZ_CASES"), out int cases) && cases > 0 ? cases : 1000;

    private static readonly int SeedOffset = int.TryParse(Environment.GetEnvironmentVariable("PAPERLINT_FUZZ_SEED"), out int seed) ? seed * 100_000_000 : 0;

    /// <summary>No case of a few kilobytes may take longer: this finds hangs and blow-ups, it does not measure speed.</summary>
    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>No case may allocate more in all (the cases are at most a few hundred kilobytes).</summary>
    private const long AllocationLimit = 2L * 1024 * 1024 * 1024;

    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Theory]
    [InlineData(".md", 1)]
    [InlineData(".txt", 2)]
    [InlineData(".docx", 3)]
    public void Every_mutated_sample_ends_with_findings_or_one_line(string extension, int seedBase)
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*" + extension).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.NotEmpty(samples);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var codes = new int[3];

        Parallel.For(0, CasesPerFormat, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            int seed = SeedOffset + (seedBase * 10_000_000) + i;
            var random = new Random(seed);
            byte[] sample = samples[i % samples.Count];
            byte[] input = extension == ".docx" ? Mutator.Docx(sample, random) : Mutator.Text(sample, random);

            var run = Task.Run(() => Lint(input, "case" + extension));
            if (!run.Wait(CaseTimeLimit))
            {
                failures.Add($"seed {seed}: still running after {CaseTimeLimit.TotalSeconds} s");
                return;
            }

            var (code, problem) = run.Result;
            if (problem is not null)
            {
                failures.Add($"seed {seed}: {problem}");
                return;
            }

            Interlocked.Increment(ref codes[code]);
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {CasesPerFormat} {extension} cases failed:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(20)));

        // The mutations must reach the rules, not only the readers' refusals.
        Assert.True(codes[1] > CasesPerFormat / 10, $"{extension}: exit 0 ×{codes[0]}, 1 ×{codes[1]}, 2 ×{codes[2]}");
    }

    /// <summary>
    /// Cases that longer runs (<c>PAPERLINT_FUZZ_SEED</c>) found failing, kept so that they stay fixed: the run's seed,
    /// the format's base and the case number give the same input again.
    /// </summary>
    [Theory]
    [InlineData(".docx", 5, 3, 1690)]
    [InlineData(".docx", 5, 3, 1765)]
    [InlineData(".docx", 3, 3, 683)]
    [InlineData(".docx", 3, 3, 1457)]
    [InlineData(".txt", 7, 2, 1805)]
    [InlineData(".txt", 7, 2, 3826)]
    public void A_case_a_longer_run_found_stays_fixed(string extension, int runSeed, int seedBase, int i)
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*" + extension).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random((runSeed * 100_000_000) + (seedBase * 10_000_000) + i);
        byte[] sample = samples[i % samples.Count];
        byte[] input = extension == ".docx" ? Mutator.Docx(sample, random) : Mutator.Text(sample, random);

        var (_, problem) = Lint(input, "case" + extension);

        Assert.Null(problem);
    }

    /// <summary>The exit code the case would give (0, 1 or 2), or what went wrong instead.</summary>
    private static (int Code, string? Problem) Lint(byte[] input, string name)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var document = DocumentLoader.Load(input, name);
            var report = Linter.Lint(document, Plan);
            var reports = new[] { report };
            var summary = RunSummary.Of(reports, 0);
            new TextReporter(color: false).Write(TextWriter.Null, reports, summary);
            new JsonReporter().Write(TextWriter.Null, reports, summary);
            var rules = Plan.Rules.Select(r => new RuleDescriptor(r.Rule.Id, r.Rule.Description, r.Severity)).ToList();
            new SarifReporter("/", "0.0.0", rules).Write(TextWriter.Null, reports, summary);
            long used = GC.GetAllocatedBytesForCurrentThread() - allocated;
            return used > AllocationLimit
                ? (0, $"allocated {used / (1024 * 1024)} MB")
                : (report.Findings.Any(f => f.Severity == Core.Rules.Severity.Error) ? 1 : 0, null);
        }
        catch (InputException e)
        {
            return e.Message.Contains('\n', StringComparison.Ordinal) || e.Message.Length == 0 ? (2, $"an input error of more than one line: {e.Message}") : (2, null);
        }
        catch (Exception e)
        {
            // The first frame of the tool's own code says where to look.
            string? where = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("PaperLint.Core", StringComparison.Ordinal));
            return (0, $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} {where}");
        }
    }
}
