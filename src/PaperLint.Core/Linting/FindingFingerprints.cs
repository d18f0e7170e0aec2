using System.Security.Cryptography;
using System.Text;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: a hash of the rule, the matched text,
/// the text around it (white space normalised) and which of the identical findings it is, never its line
/// number. Baselines and SARIF's <c>partialFingerprints</c> use it.
/// </summary>
internal static class FindingFingerprints
{
    /// <summary>One fingerprint per finding of <paramref name="report"/>, in the same order.</summary>
    public static IReadOnlyList<string> Of(FileReport report)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(report.Findings.Count);
        foreach (var finding in report.Findings)
        {
            string key = $"{finding.RuleId}\n{finding.Match}\n{Context(finding)}";
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 0;
            seen[key] = occurrence;
            result.Add(Hash($"{key}\n{occurrence}"));
        }

        return result;
    }

    private static string Context(Finding finding)
    {
        string text = finding.Excerpt?.Text ?? finding.Message;
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim('…'))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
}
