using System.Text.Json;
using System.Text.RegularExpressions;
using PaperLint.Cli;

namespace PaperLint.Tests.Support;

/// <summary>
/// Vale's cucumber scenarios (<c>shared/vale</c> beside the repository: Vale's own test data and seven popular
/// styles, each with fixtures and the exact alerts Vale printed). A scenario is run as Vale's step definitions run
/// it (the same folder, the same arguments), and PaperLint's findings are compared with Vale's alerts as
/// <c>file:line:column:Rule:message</c> lines, for the Markdown and text files PaperLint reads.
/// </summary>
public static partial class ValeFeatures
{
    public const string AbsentReason = "shared/vale is absent (it sits beside the repository in the project's workspace, not in a user's clone)";

    /// <summary>The folder, or null when it is absent.</summary>
    public static string? Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "vale");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>The style folders of <c>styles/</c> (Google, Microsoft, …) and Readability from Vale's test data.</summary>
    public static IReadOnlyList<string> StyleFolders(string root) =>
        [.. Directory.GetDirectories(Path.Combine(root, "styles")).Select(s => Path.Combine(s, Path.GetFileName(s))).Order(StringComparer.Ordinal),
         Path.Combine(root, "testdata", "styles", "Readability")];

    /// <summary>Every scenario of every feature file, with the step PaperLint can run, or why it cannot.</summary>
    public static IReadOnlyList<Scenario> Scenarios(string root)
    {
        var scenarios = new List<Scenario>();
        var featureFiles = Directory.GetFiles(Path.Combine(root, "testdata", "features"), "*.feature")
            .Concat(Directory.GetDirectories(Path.Combine(root, "styles")).SelectMany(s => Directory.GetFiles(Path.Combine(s, "features"), "*.feature")))
            .Order(StringComparer.Ordinal);
        foreach (string feature in featureFiles)
        {
            AddScenarios(root, feature, scenarios);
        }

        foreach (var scenario in scenarios.Where(s => s.Unsupported is null))
        {
            // The copy holds Vale's configuration files by their current names; a fixture whose file has an old
            // name (_vale) was not copied, and would be linted with no configuration at all.
            if (!HasValeConfig(scenario.Folder!, root))
            {
                scenario.Unsupported = "its Vale configuration is not in the copy";
                continue;
            }

            if (!scenario.Arguments.SequenceEqual(["."]))
            {
                continue;
            }

            if (!Directory.EnumerateFiles(scenario.Folder!, "*", SearchOption.AllDirectories).Any(IsCompared))
            {
                scenario.Unsupported = "its fixtures hold no Markdown or text file";
            }
        }

        return scenarios;
    }

    private static bool HasValeConfig(string folder, string root)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName.StartsWith(root, StringComparison.Ordinal); dir = dir.Parent)
        {
            if (new[] { ".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale" }.Any(n => File.Exists(Path.Combine(dir.FullName, n))))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddScenarios(string root, string feature, List<Scenario> scenarios)
    {
            string repository = Path.GetDirectoryName(Path.GetDirectoryName(feature)!)!;
            string fixtures = Path.Combine(repository, "fixtures");
            string[] lines = File.ReadAllLines(feature);
            Scenario? current = null;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.StartsWith("Scenario:", StringComparison.Ordinal))
                {
                    current = new Scenario($"{Path.GetRelativePath(root, feature)}: {line["Scenario:".Length..].Trim()}");
                    scenarios.Add(current);
                }
                else if (current is null)
                {
                    continue;
                }
                else if (line.StartsWith("Given ", StringComparison.Ordinal) || (line.StartsWith("And a file", StringComparison.Ordinal)))
                {
                    current.Unsupported ??= "writes files before it runs";
                }
                else if (line.StartsWith("When ", StringComparison.Ordinal))
                {
                    (current.Folder, current.Arguments, string? why) = Step(line["When ".Length..], fixtures);
                    current.Unsupported ??= why;
                }
                else if (line.StartsWith("Then the output should contain exactly:", StringComparison.Ordinal))
                {
                    int start = i + 1;
                    while (lines[start].Trim() != "\"\"\"")
                    {
                        start++;
                    }

                    int end = start + 1;
                    while (lines[end].Trim() != "\"\"\"")
                    {
                        end++;
                    }

                    current.Expected = [.. lines[(start + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0)];
                    i = end;
                }
                else if (line.StartsWith("Then ", StringComparison.Ordinal))
                {
                    current.Unsupported ??= "checks part of the output only";
                }
            }
        }

    // Vale's step definitions (testdata/features/steps.rb): the folder each step runs in and the arguments.
    private static (string? Folder, string[] Arguments, string? Unsupported) Step(string step, string fixtures)
    {
        var match = StepPattern().Match(step);
        if (!match.Success)
        {
            return (null, [], $"step '{step}' is not one PaperLint runs");
        }

        string verb = match.Groups["verb"].Value;
        string value = match.Groups["value"].Value;
        return verb switch
        {
            "I test" => (Path.Combine(fixtures, value), ["."], null),
            "I test scope" => (Path.Combine(fixtures, "scopes", value), ["."], null),
            "I apply style" => (Path.Combine(fixtures, "styles", value), ["."], null),
            "I use Vocab" => (Path.Combine(fixtures, "vocab", value), ["."], null),
            "I test comments for" => (Path.Combine(fixtures, "comments"), ["test" + value], null),
            "I test patterns for" => (Path.Combine(fixtures, "patterns"), [value], null),
            "I lint" => (Path.Combine(fixtures, "formats"), value.Split(' ', StringSplitOptions.RemoveEmptyEntries), null),
            _ => (null, [], $"step '{verb}' is not one PaperLint runs"),
        };
    }

    [GeneratedRegex("^(?<verb>I (?:test scope|test comments for|test patterns for|test|apply style|use Vocab|lint)) \"(?<value>[^\"]*)\"$")]
    private static partial Regex StepPattern();

    /// <summary>True for the files PaperLint reads as Markdown or text, whose alerts are compared.</summary>
    public static bool IsCompared(string alert)
    {
        string file = alert.Split(':')[0];
        return Path.GetExtension(file) is ".md" or ".txt" or ".markdown";
    }

    /// <summary>Runs PaperLint as Vale ran the scenario; its findings as Vale's alert lines, sorted as <c>--sort</c> sorts.</summary>
    public static (int ExitCode, IReadOnlyList<string> Alerts, string Errors) Run(Scenario scenario)
    {
        var console = new TestConsole();
        string[] arguments = [.. scenario.Arguments.Where(a => a == "." || IsCompared(a)), "--format", "json"];
        if (arguments.Length == 2)
        {
            return (0, [], "");
        }

        int code = App.Run(arguments, console, scenario.Folder!, _ => null);
        var alerts = new List<string>();
        if (console.Output.Length > 0)
        {
            using var json = JsonDocument.Parse(console.Output);
            foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
            {
                string path = file.GetProperty("path").GetString()!;
                path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
                foreach (var finding in file.GetProperty("findings").EnumerateArray())
                {
                    var location = finding.GetProperty("location");
                    alerts.Add($"{path}:{location.GetProperty("line").GetInt32()}:{location.GetProperty("column").GetInt32()}:{finding.GetProperty("rule").GetString()}:{finding.GetProperty("message").GetString()}");
                }
            }
        }

        return (code, alerts, console.Errors);
    }

    public sealed class Scenario(string name)
    {
        public string Name { get; } = name;

        public string? Folder { get; set; }

        public string[] Arguments { get; set; } = [];

        /// <summary>Why PaperLint does not run this scenario, or null.</summary>
        public string? Unsupported { get; set; }

        public IReadOnlyList<string> Expected { get; set; } = [];

        public override string ToString() => Name;
    }
}
