using PaperLint.Cli;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Samples;

/// <summary>
/// The samples show every shipped rule firing; their reports are pinned in samples/expected so that a
/// change in what a user sees shows up as a diff of that file.
/// </summary>
public sealed class SampleReportTests
{
    public static TheoryData<string> Samples => new() { "paper.md", "paper.docx", "paper.txt", "notes.md", "notes.docx", "notes.txt", "consistency.md", "consistency.docx", "consistency.txt", "citations.md", "numbered.md" };

    public static TheoryData<string> ConsistencySamples => new() { "consistency.md", "consistency.docx", "consistency.txt" };

    public static TheoryData<string> PaperSamples => new() { "paper.md", "paper.docx", "paper.txt" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_report_matches_the_expected_report(string sample)
    {
        var (code, output) = Lint(sample);

        string expected = File.ReadAllText(Path.Combine(RepoPaths.Samples, "expected", sample + ".expected")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, output);

        // The exit code is 1 exactly when the report counts an error.
        Assert.Equal(System.Text.RegularExpressions.Regex.IsMatch(expected, @"\(\d+ errors?[,)]") ? 1 : 0, code);
    }

    /// <summary>The consistency sample shows each rule of the family, each where the paper mixes two forms.</summary>
    [Theory]
    [MemberData(nameof(ConsistencySamples))]
    public void Consistency_sample_shows_every_consistency_rule(string sample)
    {
        var (_, output) = Lint(sample, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var fired = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("rule").GetString()!).Distinct().Order().ToArray();

        // The sample also quotes a report it does not cite, which Attribution rightly reports; this test is about the Consistency family.
        Assert.Equal(["Consistency.DateFormat", "Consistency.QuoteMarks", "Consistency.Spelling", "Consistency.Variants"], fired.Where(r => r.StartsWith("Consistency.", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(PaperSamples))]
    public void Sample_shows_every_shipped_rule_of_the_word_families(string sample)
    {
        var (_, output) = Lint(sample, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var fired = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        var shipped = PaperLint.Core.Packs.PackLoader.LoadShipped().SelectMany(p => p.Rules).Select(r => r.Id);
        Assert.All(shipped, id => Assert.Contains(id, fired));
    }

    /// <summary>Each attribution mistake is shown once by every paper sample, at the same place in each format.</summary>
    [Theory]
    [MemberData(nameof(PaperSamples))]
    public void Paper_sample_shows_each_attribution_rule_once(string sample)
    {
        var (_, output) = Lint(sample, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var fired = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Match: f.GetProperty("match").GetString()!))
            .Where(f => f.Rule.StartsWith("Attribution.", StringComparison.Ordinal))
            .OrderBy(f => f.Rule, StringComparer.Ordinal)
            .Select(f => $"{f.Rule} {f.Match.Replace('\u201C', '"').ReplaceLineEndings(" ")}")
            .ToArray();

        Assert.Equal(
            [
                "Attribution.Ambiguous 1859",
                "Attribution.MissingCitation \"every newspaper be returned to the",
                "Attribution.Uncited Vincent",
                "Attribution.UnknownSource Altick (1957)",
                "Attribution.WrongWork Ruskin, 1865",
                "Attribution.YearMismatch Hobsbawm, 1978",
            ],
            fired);
    }

    /// <summary>Each footnote mistake that can occur in a format is shown by that format's notes sample.</summary>
    [Theory]
    [InlineData("notes.md", "Sequence Undefined Unreferenced Duplicate Empty")]
    [InlineData("notes.txt", "Sequence Undefined Unreferenced Duplicate Empty BodyOrder")]
    [InlineData("notes.docx", "Undefined Unreferenced Duplicate Empty")]
    public void Notes_sample_shows_each_footnote_rule_once(string sample, string rules)
    {
        var (_, output) = Lint(sample, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var fired = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("rule").GetString()!).Order().ToArray();
        var expected = rules.Split(' ').Select(r => "Footnotes." + r).ToList();
        if (sample == "notes.md" || sample == "notes.txt")
        {
            // Both swapped and skipped numbers are shown.
            expected.Add("Footnotes.Sequence");
        }

        Assert.Equal(expected.Order().ToArray(), fired);
    }

    [Fact]
    public void Clean_sample_has_no_findings()
    {
        var (code, output) = Lint("clean.md");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 file.\n", output);
    }

    public static TheoryData<string> FixSamples => new() { "paper.md", "paper.txt", "consistency.md" };

    /// <summary>What 'paperlint fix --dry-run' would change in each sample, pinned as the diff a user sees; nothing is written.</summary>
    [Theory]
    [MemberData(nameof(FixSamples))]
    public void Sample_fix_dry_run_matches_the_expected_diff(string sample)
    {
        byte[] before = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));

        var (_, output) = Lint(sample, "fix", "--dry-run");

        string expected = File.ReadAllText(Path.Combine(RepoPaths.Samples, "expected", sample + ".fix.expected")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, output);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample)));
    }

    private static (int Code, string Output) Lint(string sample, params string[] options)
    {
        var console = new TestConsole();
        int code = App.Run([.. options, sample, "--no-color"], console, RepoPaths.Samples, _ => null);
        Assert.Equal("", console.Errors);
        return (code, console.Output);
    }
}
