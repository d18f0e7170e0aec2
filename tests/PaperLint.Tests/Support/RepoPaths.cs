namespace PaperLint.Tests.Support;

/// <summary>Finds the repository root and the optional <c>../shared</c> folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared corpus folder, or null where it is absent (a user's clone has none).</summary>
    public static string? SharedCorpus
    {
        get
        {
            string candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string Samples => Path.Combine(Root, "samples");

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
