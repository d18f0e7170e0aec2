using System.Text;
using System.Text.RegularExpressions;

namespace PaperLint.Core.Config;

/// <summary>Glob patterns as shells and .gitignore write them: <c>*</c> and <c>?</c> within a folder name, <c>**</c> across folders.</summary>
/// <remarks>Public so that a front end (the tool's command line is one) expands the paths it is given with the same syntax as <c>ignore:</c>.</remarks>
public static class Glob
{
    /// <summary>The regular expression (without anchors) for a glob over '/'-separated paths.</summary>
    public static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of folders, including none.
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }
}
