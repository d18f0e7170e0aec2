using System.Buffers;
using System.Text;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Fixes;

/// <summary>What fixing a file did: its new content (null when nothing changed), the fixes made and those left.</summary>
public sealed record FixResult(byte[]? Content, IReadOnlyList<PlannedFix> Applied, IReadOnlyList<UnappliedFix> Unapplied);

/// <summary>
/// Applies a plan to a Markdown or plain-text file: each fix replaces the match where it stands in the source, the
/// rest of the file is kept byte for byte (encoding, byte order mark, line endings). A match that markup splits in
/// the source (<c>*lead* by</c>), a replacement the file's encoding cannot hold, or one that Markdown would read as
/// markup is left, with its reason.
/// </summary>
public static class TextFixer
{
    // Characters a replacement must not bring into Markdown, where they would start emphasis, a link, HTML or code.
    private static readonly SearchValues<char> MarkdownSyntax = SearchValues.Create("*_[]<>`\\");

    public static FixResult Apply(Document document, byte[] original, FixPlan plan)
    {
        if (document.Source is not { } source)
        {
            throw new ArgumentException("Only a text format is fixed in its source.", nameof(document));
        }

        var (text, encoding, preamble) = TextDecoding.Decode(document.Path, original);
        if (!string.Equals(text, source, StringComparison.Ordinal))
        {
            throw new InputException($"{document.Path}: the file changed while it was being linted; run the fix again");
        }

        var applied = new List<PlannedFix>();
        var unapplied = new List<UnappliedFix>(plan.Unapplied);
        var edits = new List<(int Start, int End, PlannedFix Fix)>();
        foreach (var fix in plan.Fixes)
        {
            if (WhyNot(document, source, encoding, fix, out int start, out int end) is { } reason)
            {
                unapplied.Add(new UnappliedFix(fix.Finding, reason));
                continue;
            }

            if (edits.Count > 0 && start < edits[^1].End)
            {
                unapplied.Add(new UnappliedFix(fix.Finding, "overlaps an earlier fix; run the fix again"));
                continue;
            }

            edits.Add((start, end, fix));
            applied.Add(fix);
        }

        if (edits.Count == 0)
        {
            return new FixResult(null, applied, unapplied);
        }

        var fixedText = new StringBuilder(source.Length);
        int at = 0;
        foreach (var (start, end, fix) in edits)
        {
            fixedText.Append(source, at, start - at).Append(fix.Replacement);
            at = end;
        }

        fixedText.Append(source, at, source.Length - at);
        return new FixResult([.. preamble, .. encoding.GetBytes(fixedText.ToString())], applied, unapplied);
    }

    private static string? WhyNot(Document document, string source, Encoding encoding, PlannedFix fix, out int start, out int end)
    {
        (start, end) = (0, 0);
        if (fix.Block.Map is not { } map)
        {
            return "its place in the file is not known";
        }

        (start, end) = map.ToSourceRange(fix.Start, fix.Length);
        if (!source.AsSpan(start, end - start).SequenceEqual(fix.Finding.Match))
        {
            return "markup stands inside the matched text in the file; change it by hand";
        }

        if (ReferenceEquals(encoding, System.Text.Encoding.Latin1) && fix.Replacement.Any(c => c > '\u00FF'))
        {
            return $"'{fix.Replacement}' cannot be written in the file's encoding (Latin-1); save the file as UTF-8 first";
        }

        if (document.Format == SourceFormat.Markdown && fix.Replacement.AsSpan().IndexOfAny(MarkdownSyntax) >= 0)
        {
            return $"'{fix.Replacement}' would be read as Markdown markup; change it by hand";
        }

        return null;
    }
}
