using System.Text.RegularExpressions;

namespace PaperLint.Core.Config;

/// <summary>
/// One entry of <c>ignore:</c> in <c>.paperlint.yml</c>, read the way <c>.gitignore</c> reads its lines,
/// relative to the folder of the file that names it: <c>drafts/</c> is a folder at any depth,
/// <c>/notes.md</c> only beside the configuration, <c>chapters/*-old.md</c> from the configuration's
/// folder, <c>**</c> any number of folders, and <c>!pattern</c> takes a file back.
/// </summary>
public sealed class IgnorePattern
{
    private readonly Regex _regex;

    public IgnorePattern(string pattern, string baseDirectory)
    {
        Pattern = pattern;
        BaseDirectory = baseDirectory;
        string body = pattern.Replace('\\', '/');
        Negated = body.StartsWith('!');
        if (Negated)
        {
            body = body[1..];
        }

        bool folderOnly = body.EndsWith('/');
        body = body.TrimEnd('/');
        bool anchored = body.Contains('/');
        body = body.TrimStart('/');
        string prefix = anchored ? "^" : "^(?:.*/)?";
        string suffix = folderOnly ? "/.*$" : "(?:/.*)?$";
        _regex = new Regex(prefix + Glob.ToRegex(body) + suffix, RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public string BaseDirectory { get; }

    /// <summary>A <c>!pattern</c>: a file it matches is linted even if an earlier pattern ignored it.</summary>
    public bool Negated { get; }

    public bool Matches(string fullPath)
    {
        string relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative) && _regex.IsMatch(relative);
    }

    /// <summary>Whether the patterns, in order, leave <paramref name="fullPath"/> ignored: the last that matches decides.</summary>
    public static bool IsIgnored(IReadOnlyList<IgnorePattern> patterns, string fullPath)
    {
        bool ignored = false;
        foreach (var pattern in patterns)
        {
            if (pattern.Negated == ignored && pattern.Matches(fullPath))
            {
                ignored = !pattern.Negated;
            }
        }

        return ignored;
    }
}
