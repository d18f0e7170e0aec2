namespace PaperLint.Ecosystem;

/// <summary>Where the corpus and the judgements are, found from the repository.</summary>
public static class Locations
{
    /// <summary><c>shared/realworld</c> in a folder above the repository, or null when it is absent (a user's clone).</summary>
    public static string? Corpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "realworld");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The judgements file in the repository (tests/PaperLint.Ecosystem/judgements.tsv).</summary>
    public static string Judgements()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "PaperLint.Ecosystem", "judgements.tsv");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "judgements.tsv");
    }
}
