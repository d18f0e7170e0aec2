namespace PaperLint.Tests.Support;

/// <summary>Finds the repository root and its samples.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The names of the sample documents (Markdown, text and Word), in order: for a theory over every sample.</summary>
    public static TheoryData<string> SampleDocuments() =>
        [.. Directory.EnumerateFiles(Samples)
            .Where(f => Path.GetExtension(f) is ".md" or ".txt" or ".docx" && Path.GetFileName(f) != "README.md")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Lint.sln not found above {AppContext.BaseDirectory}");
    }
}
