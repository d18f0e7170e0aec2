namespace PaperLint.Tests.Support;

/// <summary>Finds the repository root and its samples.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

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
