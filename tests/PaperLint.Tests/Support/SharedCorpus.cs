namespace PaperLint.Tests.Support;

/// <summary>
/// Finds the shared corpus of real documents (<c>shared/corpus</c> beside the repository), walking up
/// from the test assembly's folder. A user's clone has none, so every test that uses it must cope with
/// <see cref="Folder"/> returning null.
/// </summary>
public static class SharedCorpus
{
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

    /// <summary>The path of one corpus file, or null when the corpus (or that file) is absent.</summary>
    public static string? File(string folder, string fileName) =>
        Folder(folder) is { } dir && System.IO.File.Exists(Path.Combine(dir, fileName)) ? Path.Combine(dir, fileName) : null;
}
