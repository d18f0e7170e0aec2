namespace PaperLint.Tests.Support;

/// <summary>
/// Finds the shared corpus of real documents (<c>shared/corpus</c> beside the repository), walking up
/// from the test assembly's folder. A user's clone has none, so every test that reads it is marked
/// <see cref="SharedCorpusFactAttribute"/> or <see cref="SharedCorpusTheoryAttribute"/>, which report it
/// skipped there; inside such a test the corpus is taken to exist, and <see cref="RequireFolder"/> and
/// <see cref="RequireFile"/> fail the test if a folder or file of it is missing.
/// </summary>
public static class SharedCorpus
{
    /// <summary>Why a test that needs the corpus is skipped.</summary>
    public const string AbsentReason = "shared/corpus is absent (it sits beside the repository in the project's workspace, not in a user's clone)";

    /// <summary>The corpus folder itself, or null when it is absent.</summary>
    public static string? Root => Folder("");

    /// <summary>The folder <c>shared/corpus/<paramref name="name"/></c>, or null when it is absent.</summary>
    public static string? Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The folder <c>shared/corpus/<paramref name="name"/></c>, for a test that runs only when the corpus is present.</summary>
    /// <exception cref="InvalidOperationException">The folder is missing: the corpus is incomplete, which is a failure, not a skip.</exception>
    public static string RequireFolder(string name) =>
        Folder(name) ?? throw new InvalidOperationException($"shared/corpus/{name} is missing although the corpus is present");

    /// <summary>The path of one corpus file, for a test that runs only when the corpus is present.</summary>
    /// <exception cref="InvalidOperationException">The file is missing: the corpus is incomplete, which is a failure, not a skip.</exception>
    public static string RequireFile(string folder, string fileName)
    {
        string path = Path.Combine(RequireFolder(folder), fileName);
        return System.IO.File.Exists(path) ? path : throw new InvalidOperationException($"shared/corpus/{folder}/{fileName} is missing although the corpus is present");
    }
}
