namespace PaperLint.Tests.Support;

/// <summary>
/// The inputs that once crashed the tool (<c>shared/crashers</c> beside the repository). A user's clone has none, so
/// the test that reads them is marked <see cref="SharedCrashersTheoryAttribute"/> and reported skipped there.
/// </summary>
public static class SharedCrashers
{
    public const string AbsentReason = "shared/crashers is absent (it sits beside the repository in the project's workspace, not in a user's clone)";

    /// <summary>The folder, or null when it is absent.</summary>
    public static string? Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "crashers");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>The names of the inputs (not the folder's README).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Root is { } root)
        {
            foreach (string path in Directory.GetFiles(root).Where(p => Path.GetExtension(p) is ".md" or ".txt" or ".docx").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }
}

/// <summary>A theory over the crashers; skipped, as one test, where <c>shared/crashers</c> is absent.</summary>
public sealed class SharedCrashersTheoryAttribute : TheoryAttribute
{
    public SharedCrashersTheoryAttribute()
    {
        if (SharedCrashers.Root is null)
        {
            Skip = SharedCrashers.AbsentReason;
        }
    }
}
