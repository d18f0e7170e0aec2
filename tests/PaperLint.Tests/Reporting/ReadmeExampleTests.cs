using System.Text.Json;
using System.Text.RegularExpressions;
using PaperLint.Cli;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Reporting;

/// <summary>The README's JSON example is what the tool prints for the sample it names.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_json_example_is_the_first_finding_of_the_sample_paper()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var example = Regex.Match(readme, @"""rule"": ""(?<rule>[^""]+)"",\s*""severity"": ""(?<severity>\w+)"",\s*""message"": ""(?<message>[^""]+)"",\s*""match"": ""(?<match>[^""]+)"",\s*""suggestions"": \[""(?<suggestion>[^""]+)""\],\s*""fixable"": (?<fixable>true),\s*""location"": \{ ""line"": (?<line>\d+), ""column"": (?<column>\d+), ""endLine"": (?<endLine>\d+), ""endColumn"": (?<endColumn>\d+) \}");
        Assert.True(example.Success, "the README's JSON example was not found");
        var console = new TestConsole();

        App.Run(["--format", "json", "samples/paper.md"], console, RepoPaths.Root, _ => null);

        using var json = JsonDocument.Parse(console.Output);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == example.Groups["rule"].Value);
        var location = finding.GetProperty("location");
        Assert.Equal(
            (example.Groups["severity"].Value, example.Groups["message"].Value, example.Groups["match"].Value, example.Groups["suggestion"].Value),
            (finding.GetProperty("severity").GetString(), finding.GetProperty("message").GetString(), finding.GetProperty("match").GetString(), finding.GetProperty("suggestions")[0].GetString()));
        Assert.True(finding.GetProperty("fixable").GetBoolean());
        Assert.All(
            json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("suggestions").GetArrayLength() == 0),
            f => Assert.False(f.TryGetProperty("fixable", out _)));
        Assert.Equal(
            (int.Parse(example.Groups["line"].Value), int.Parse(example.Groups["column"].Value), int.Parse(example.Groups["endLine"].Value), int.Parse(example.Groups["endColumn"].Value)),
            (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32(), location.GetProperty("endLine").GetInt32(), location.GetProperty("endColumn").GetInt32()));
    }
}
