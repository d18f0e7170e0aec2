namespace PaperLint.Core.Reporting;

/// <summary>How CI reports name a file: relative to the working folder (the repository root in CI), with forward slashes.</summary>
internal static class ArtifactPaths
{
    /// <summary>The path relative to <paramref name="workingDirectory"/>, or null when the file lies outside it.</summary>
    public static string? Relative(string workingDirectory, string displayPath)
    {
        string full = Path.GetFullPath(Path.Combine(workingDirectory, displayPath));
        string relative = Path.GetRelativePath(workingDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    /// <summary>A URI reference for the file: relative and percent-encoded when inside the working folder, else an absolute file: URI.</summary>
    public static string Uri(string workingDirectory, string displayPath)
    {
        if (Relative(workingDirectory, displayPath) is { } relative)
        {
            return string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString));
        }

        return new System.Uri(Path.GetFullPath(Path.Combine(workingDirectory, displayPath))).AbsoluteUri;
    }
}
