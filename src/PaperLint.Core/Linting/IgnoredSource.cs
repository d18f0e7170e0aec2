using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Linting;

/// <summary>
/// The stretches of a text file's source that a <c>.vale.ini</c>'s <c>TokenIgnores</c> and <c>BlockIgnores</c> match
/// (math between dollars, a shortcode, an included block), or that its <c>SkippedScopes</c>, <c>IgnoredScopes</c> and
/// <c>IgnoredClasses</c> leave out (see <see cref="ValeScopes"/>): a finding that touches one is not reported, as Vale
/// never reads that text. Word files have no source text, and nothing is left out of them.
/// </summary>
internal sealed class IgnoredSource
{
    private static readonly IgnoredSource None = new([]);

    private readonly List<(int Start, int End)> _ranges;

    private IgnoredSource(List<(int Start, int End)> ranges)
    {
        _ranges = ranges;
    }

    public static IgnoredSource Find(Document document, IReadOnlyList<string> patterns, ValeScopes? scopes = null)
    {
        if ((patterns.Count == 0 && scopes is null) || document.Source is not { } source)
        {
            return None;
        }

        var ranges = new List<(int, int)>();
        scopes?.AddRanges(document, source, ranges);
        foreach (string pattern in patterns)
        {
            // The static call reuses the engine's cache of built expressions across the documents of a run.
            foreach (Match m in Regex.Matches(source, pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, Packs.PatternCompiler.MatchTimeout))
            {
                if (m.Length > 0)
                {
                    ranges.Add((m.Index, m.Index + m.Length));
                }
            }
        }

        return new IgnoredSource(ranges);
    }

    /// <summary>True when the finding's place in the source overlaps an ignored stretch.</summary>
    public bool Covers(Document document, SourceLocation location)
    {
        if (_ranges.Count == 0 || location is not TextLocation { File: null } at || document.Lines is not { } lines || at.Line > lines.LineCount || at.EndLine > lines.LineCount)
        {
            return false;
        }

        int start = lines.LineStart(at.Line - 1) + at.Column - 1;
        int end = Math.Max(start + 1, lines.LineStart(at.EndLine - 1) + at.EndColumn - 1);
        return _ranges.Any(r => start < r.End && r.Start < end);
    }
}
