using System.Diagnostics;

namespace PaperLint.Tests.Support;

/// <summary>
/// Builds the sample plug-in (<c>samples/plugin</c>) and the broken test plug-ins (<c>tests/PaperLint.TestPlugins</c>)
/// once per test run, against the PaperLint.Core beside the tests, into a scratch folder.
/// </summary>
public static class PluginBuilds
{
    private static readonly Lazy<string> SampleDll = new(() => Build(Path.Combine(RepoPaths.Samples, "plugin", "PaperLint.Samples.Plugin.csproj"), "sample", null, "PaperLint.Samples.Plugin.dll"));

    private static readonly Dictionary<string, Lazy<string>> Variants = new[] { "Collides", "Throws", "NoRules" }.ToDictionary(
        v => v,
        v => new Lazy<string>(() => Build(Path.Combine(RepoPaths.Root, "tests", "PaperLint.TestPlugins", "PaperLint.TestPlugins.csproj"), v, v, $"PaperLint.TestPlugins.{v}.dll")));

    private static readonly object BuildLock = new();

    /// <summary>The sample plug-in's assembly.</summary>
    public static string Sample => SampleDll.Value;

    /// <summary>A broken plug-in's assembly: Collides, Throws or NoRules.</summary>
    public static string Broken(string variant) => Variants[variant].Value;

    private static string Build(string project, string name, string? variant, string dll)
    {
        // One build at a time: each is a whole dotnet process, and the machine has few cores.
        lock (BuildLock)
        {
            string output = Path.Combine(Path.GetTempPath(), "paperlint-plugins", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), name);
            string core = Path.Combine(AppContext.BaseDirectory, "PaperLint.Core.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { "build", project, "-o", output, "-p:PaperLintCoreDll=" + core, "-nologo", "-v", "quiet" })
            {
                start.ArgumentList.Add(arg);
            }

            // Intermediate files go to the scratch folder too, so the source tree stays as it is.
            start.ArgumentList.Add("-p:BaseIntermediateOutputPath=" + Path.Combine(output, "obj") + Path.DirectorySeparatorChar);
            if (variant is not null)
            {
                start.ArgumentList.Add("-p:Variant=" + variant);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            string path = Path.Combine(output, dll);
            if (process.ExitCode != 0 || !File.Exists(path))
            {
                throw new InvalidOperationException($"building {project} failed (exit {process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
            }

            return path;
        }
    }
}
