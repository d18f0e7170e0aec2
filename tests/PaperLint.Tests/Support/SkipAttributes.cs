namespace PaperLint.Tests.Support;

// xunit 2 cannot skip a test from inside it: a test that returns early when what it needs is missing is
// counted as passed, and a green run then claims checks it never made. These attributes decide before
// the test runs, when the test is discovered, and report it as skipped with the reason.

/// <summary>A fact that reads the shared corpus; skipped where <c>shared/corpus</c> is absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Root is null)
        {
            Skip = SharedCorpus.AbsentReason;
        }
    }
}

/// <summary>
/// A theory over the documents of the shared corpus; skipped, as one test, where <c>shared/corpus</c> is
/// absent. xunit does not ask a skipped theory for its data, so the data may be empty then.
/// </summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (SharedCorpus.Root is null)
        {
            Skip = SharedCorpus.AbsentReason;
        }
    }
}

/// <summary>A fact that validates against a schema in <c>shared/schemas</c>; skipped where that schema is absent.</summary>
public sealed class SharedSchemaFactAttribute : FactAttribute
{
    public SharedSchemaFactAttribute(string name)
    {
        if (SharedSchemas.File(name) is null)
        {
            Skip = $"shared/schemas/{name} is absent (it sits beside the repository in the project's workspace, not in a user's clone)";
        }
    }
}

/// <summary>A fact that needs a POSIX system (a <c>#!/bin/sh</c> script run through its file mode); skipped on Windows.</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a POSIX shell and Unix file modes, which Windows has not";
        }
    }
}

/// <summary>A fact that lints the real-world corpus; skipped where <c>shared/realworld</c> is absent.</summary>
public sealed class SharedRealworldFactAttribute : FactAttribute
{
    public SharedRealworldFactAttribute()
    {
        if (PaperLint.Ecosystem.Locations.Corpus() is null)
        {
            Skip = "shared/realworld is absent (it sits beside the repository in the project's workspace, not in a user's clone)";
        }
    }
}

/// <summary>
/// A theory over the files of the real-world corpus; skipped, as one test, where <c>shared/realworld</c> is absent.
/// xunit does not ask a skipped theory for its data, so the data may be empty then.
/// </summary>
public sealed class SharedRealworldTheoryAttribute : TheoryAttribute
{
    public SharedRealworldTheoryAttribute()
    {
        if (PaperLint.Ecosystem.Locations.Corpus() is null)
        {
            Skip = "shared/realworld is absent (it sits beside the repository in the project's workspace, not in a user's clone)";
        }
    }
}

/// <summary>A fact that gives the tool a terminal through script(1) (util-linux); skipped where /usr/bin/script is absent.</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Skip = "needs script(1) at /usr/bin/script to give the tool a terminal";
        }
    }
}

/// <summary>A fact that reads Vale's test data and styles; skipped where <c>shared/vale</c> is absent.</summary>
public sealed class SharedValeFactAttribute : FactAttribute
{
    public SharedValeFactAttribute()
    {
        if (ValeFeatures.Root is null)
        {
            Skip = ValeFeatures.AbsentReason;
        }
    }
}

/// <summary>A fact that runs pandoc (Debian's package; CI installs it where it can); skipped where pandoc is not on the PATH.</summary>
public sealed class PandocFactAttribute : FactAttribute
{
    public PandocFactAttribute(bool corpus = false)
    {
        if (Pandoc.Path is null)
        {
            Skip = "needs pandoc on the PATH (Debian's package pandoc) to read the written documents";
        }
        else if (corpus && (SharedCorpus.Root is null || PaperLint.Ecosystem.Locations.Corpus() is null))
        {
            Skip = "shared/corpus or shared/realworld is absent (they sit beside the repository in the project's workspace, not in a user's clone)";
        }
    }
}

/// <summary>pandoc, where it is installed.</summary>
public static class Pandoc
{
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "pandoc"))
        .FirstOrDefault(File.Exists);

    /// <summary>What pandoc makes of a Word document with every tracked change and comment shown (its native format, metadata included: a title or date paragraph goes there), and its exit code.</summary>
    public static (int ExitCode, string Native, string Error) ReadDocx(byte[] content)
    {
        string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"paperlint-pandoc-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(file, content);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(Path!, ["--standalone", "--track-changes=all", "-f", "docx", "-t", "native", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
