using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using Document = PaperLint.Core.Model.Document;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Fixes;

/// <summary>
/// Applies a plan to a Word document as tracked changes, so that the writer accepts or rejects each in Word: the words
/// that change are deleted (<c>w:del</c>) and their replacement inserted (<c>w:ins</c>) with the formatting they had,
/// in the body and in notes. Only the words that differ are marked (<c>in the in the</c> → delete <c> in the</c>).
/// Text in a field's result, a tracked change, a content control or a text box is left, with its reason.
/// </summary>
public static class DocxFixer
{
    public static FixResult Apply(Document document, byte[] original, FixPlan plan, DocxAuthor author)
    {
        if (!DocxSupport.CanEdit)
        {
            throw DocxSupport.Unavailable(document.Path);
        }

        var applied = new List<PlannedFix>();
        var unapplied = new List<UnappliedFix>(plan.Unapplied);
        byte[] content = DocxReader.Edit(document.Path, original, (_, parts) =>
        {
            var editing = new DocxEditing(parts);
            foreach (var fix in plan.Fixes)
            {
                if (Apply(editing, fix, author) is { } reason)
                {
                    unapplied.Add(new UnappliedFix(fix.Finding, reason));
                }
                else
                {
                    applied.Add(fix);
                }
            }

            return editing.Changed;
        });
        return new FixResult(applied.Count == 0 ? null : content, applied, unapplied);
    }

    private static string? Apply(DocxEditing editing, PlannedFix fix, DocxAuthor author)
    {
        if (fix.Finding.Location is not DocxLocation location || editing.Paragraph(location) is null)
        {
            return "its paragraph was not found in the document";
        }

        var (prefix, suffix) = Changed(fix.Finding.Match, fix.Replacement);
        int start = location.Offset + prefix;
        int end = location.Offset + fix.Finding.Match.Length - suffix;
        string inserted = fix.Replacement[prefix..(fix.Replacement.Length - suffix)];
        var pieces = editing.PiecesOf(location);
        if (editing.Isolate(pieces, start, end, p => p.Editable) is not { } deleted)
        {
            return "the text is in a field's result, a tracked change, a content control or a text box, or a tab stands in it; change it in Word";
        }

        var runs = DocxEditing.RunsOf(deleted);
        DeletedRun? last = null;
        foreach (var run in runs)
        {
            var wrapper = new DeletedRun { Id = editing.NextId(), Author = author.Name, Date = author.WordDate };
            run.InsertBeforeSelf(wrapper);
            run.Remove();
            foreach (var text in run.Elements<Text>().ToList())
            {
                text.InsertBeforeSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
                text.Remove();
            }

            wrapper.AppendChild(run);
            last = wrapper;
        }

        // The deleted text is no longer the paragraph's: no later edit may split it.
        pieces.RemoveAll(p => p.Start >= start && p.End <= end);
        if (inserted.Length > 0)
        {
            var run = new Run();
            if (runs[^1].RunProperties is { } properties)
            {
                run.AppendChild(properties.CloneNode(true));
            }

            run.AppendChild(new Text(inserted) { Space = SpaceProcessingModeValues.Preserve });
            last!.InsertAfterSelf(new InsertedRun(run) { Id = editing.NextId(), Author = author.Name, Date = author.WordDate });
        }

        editing.MarkChanged(last!);
        return null;
    }

    /// <summary>
    /// How many characters at the start and at the end the match and its replacement share, cut back to word boundaries in
    /// both, so that a tracked change marks whole words; at least one character of the match is left to delete.
    /// </summary>
    internal static (int Prefix, int Suffix) Changed(string match, string replacement)
    {
        int prefix = 0;
        while (prefix < match.Length && prefix < replacement.Length && match[prefix] == replacement[prefix])
        {
            prefix++;
        }

        while (prefix > 0 && !(IsBoundary(match, prefix) && IsBoundary(replacement, prefix)))
        {
            prefix--;
        }

        int suffix = 0;
        while (suffix < match.Length - prefix && suffix < replacement.Length - prefix
            && match[match.Length - 1 - suffix] == replacement[replacement.Length - 1 - suffix])
        {
            suffix++;
        }

        while (suffix > 0 && !(IsBoundary(match, match.Length - suffix) && IsBoundary(replacement, replacement.Length - suffix)))
        {
            suffix--;
        }

        if (prefix + suffix >= match.Length)
        {
            // Only an insertion is left: the whole match is replaced, so that the change has text to stand at.
            return (0, 0);
        }

        return (prefix, suffix);
    }

    private static bool IsBoundary(string text, int at) =>
        at == 0 || at == text.Length || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at]);
}
