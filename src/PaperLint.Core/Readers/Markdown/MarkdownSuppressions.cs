using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Suppressions;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// Finds <c>&lt;!-- paperlint-disable ... --&gt;</c> comments and Vale's <c>&lt;!-- vale off --&gt;</c> comments
/// anywhere in the source (paragraphs, block quotes, footnotes, lists), except inside code, where they are an
/// example and not a directive. The two kinds are kept apart: <c>paperlint-enable</c> ends only PaperLint's
/// disables and <c>vale on</c> only Vale's, so a file written for both tools means the same to each.
/// </summary>
internal static partial class MarkdownSuppressions
{
    /// <summary>What a comment that switches rules off holds; a paper without either has none (one vectorised search).</summary>
    private static readonly System.Buffers.SearchValues<string> DirectiveWords = System.Buffers.SearchValues.Create(["paperlint-", "vale "], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the source holds no directive word: then it has no directive, and where its code is need not be known.</summary>
    public static bool MayHold(string source) => source.AsSpan().ContainsAny(DirectiveWords);

    /// <param name="code">The code blocks and code spans (from, up to), as <see cref="MarkdownTreeFacts.Code"/> gathered them.</param>
    public static IReadOnlyList<Suppression> Find(string source, IReadOnlyList<(int Start, int End)> code, LineIndex lines)
    {
        if (!MayHold(source))
        {
            return [];
        }

        var regions = new SuppressionRegions();
        var valeRegions = new SuppressionRegions();
        foreach (Match comment in Comment().Matches(source))
        {
            int start = comment.Index;
            int end = comment.Index + comment.Length;
            if (code.Any(c => start < c.End && end > c.Start))
            {
                continue;
            }

            string text = comment.Groups[1].Value;
            if (SuppressionDirective.TryParse(text, out var directive))
            {
                TextPositions.Apply(regions, directive, lines, start, end);
            }
            else if (ValeDirective.TryParse(text, out var vale))
            {
                TextPositions.Apply(valeRegions, vale, lines, start, end);
            }
        }

        return [.. regions.Finish(), .. valeRegions.Finish()];
    }

    [GeneratedRegex("<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
