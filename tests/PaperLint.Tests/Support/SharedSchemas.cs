namespace PaperLint.Tests.Support;

/// <summary>
/// Finds the JSON schemas in <c>shared/schemas</c> beside the repository, walking up from the test
/// assembly's folder. A user's clone has none, so tests that use one are marked
/// <see cref="SharedSchemaFactAttribute"/>, which reports them skipped there.
/// </summary>
public static class SharedSchemas
{
    /// <summary>The path of the schema, or null when it is absent.</summary>
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

    /// <summary>The path of the schema, for a test marked <see cref="SharedSchemaFactAttribute"/> with its name.</summary>
    /// <exception cref="InvalidOperationException">The schema is absent, so the test was not skipped as it should have been.</exception>
    public static string Require(string name) =>
        File(name) ?? throw new InvalidOperationException($"shared/schemas/{name} is absent; mark the test [SharedSchemaFact(\"{name}\")]");
}
