namespace PaperLint.Tests.Support;

/// <summary>
/// Finds the JSON schemas in <c>shared/schemas</c> beside the repository, walking up from the test
/// assembly's folder. A user's clone has none, so tests that use them return early when this is null.
/// </summary>
public static class SharedSchemas
{
    public static string? File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "schemas", name);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
