using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PaperLint.Core.Config;
using PaperLint.Core.Fixes;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Fixes;

/// <summary>
/// What a fixed or annotated document must satisfy, checked the same way on the samples and on real documents: the Open
/// XML SDK's validator finds no error the input did not have; read again, the text is the input's with exactly the
/// applied fixes in it; linted again, nothing is reported that was not before, and no fixed finding is.
/// </summary>
internal static class FixChecks
{
    public static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    /// <summary>The date every tracked change and comment of a test carries, so that outputs compare byte for byte.</summary>
    public static readonly DocxAuthor Author = new("PaperLint", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

    /// <param name="folder">The folder the document is in, where its bibliography is found (none for a document on its own).</param>
    public static readonly System.Xml.Linq.XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>One part of a written package, as XML.</summary>
    public static System.Xml.Linq.XDocument Part(byte[] content, string part)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content));
        using var stream = zip.GetEntry(part)!.Open();
        return System.Xml.Linq.XDocument.Load(stream);
    }

    public static (Document Document, FileReport Report) Lint(byte[] content, string name, string? folder = null)
    {
        var document = DocumentLoader.Load(content, name);
        document.Folder = folder;
        return (document, Linter.Lint(document, Plan));
    }

    public static FixResult Fix(byte[] content, string name, string? folder = null)
    {
        var (document, report) = Lint(content, name, folder);
        var plan = FixPlan.For(document, Plan, report.Findings);
        return document.Format == SourceFormat.Docx
            ? DocxFixer.Apply(document, content, plan, Author)
            : TextFixer.Apply(document, content, plan);
    }

    /// <summary>Every way the fixed content falls short, as lines (none when it is right).</summary>
    public static List<string> Problems(byte[] original, string name, string? folder = null)
    {
        var problems = new List<string>();
        var (document, report) = Lint(original, name, folder);
        var plan = FixPlan.For(document, Plan, report.Findings);
        var result = document.Format == SourceFormat.Docx
            ? DocxFixer.Apply(document, original, plan, Author)
            : TextFixer.Apply(document, original, plan);
        if (result.Content is not { } content)
        {
            return problems;
        }

        if (document.Format == SourceFormat.Docx)
        {
            problems.AddRange(NewValidationErrors(original, content).Select(e => $"{name}: new validation error: {e}"));
        }

        // Read again: each block's text is the original's with the applied fixes, and nothing else changed.
        var again = DocumentLoader.Load(content, name);
        again.Folder = folder;
        var expected = Expected(document, result.Applied);
        if (again.Blocks.Count != document.Blocks.Count)
        {
            problems.Add($"{name}: {document.Blocks.Count} blocks before the fix, {again.Blocks.Count} after");
        }
        else
        {
            for (int i = 0; i < again.Blocks.Count; i++)
            {
                if (again.Blocks[i].Text != expected[i])
                {
                    problems.Add($"{name}: block {i + 1} reads '{again.Blocks[i].Text}', expected '{expected[i]}'");
                }
            }
        }

        // Linted again: no fixed finding is left, and nothing is new.
        var before = Keys(report.Findings);
        foreach (var fixedFinding in result.Applied)
        {
            before.Remove((fixedFinding.Finding.RuleId, fixedFinding.Finding.Match));
        }

        var after = Linter.Lint(again, Plan).Findings;
        foreach (var finding in after)
        {
            if (!before.Remove((finding.RuleId, finding.Match)))
            {
                problems.Add($"{name}: new after the fix: {finding.RuleId} '{finding.Match}' at {finding.Location}: {finding.Message}");
            }
        }

        // A fix left because it touched an earlier one is made by the next run; otherwise a second run changes nothing.
        if (!result.Unapplied.Any(u => u.Reason.StartsWith("overlaps", StringComparison.Ordinal)))
        {
            var second = document.Format == SourceFormat.Docx
                ? DocxFixer.Apply(again, content, FixPlan.For(again, Plan, after), Author)
                : TextFixer.Apply(again, content, FixPlan.For(again, Plan, after));
            problems.AddRange(second.Applied.Select(f => $"{name}: a second run fixes {f.Finding.RuleId} '{f.Finding.Match}' → '{f.Replacement}' at {f.Finding.Location}"));
        }

        return problems;
    }

    /// <summary>The text of each block of <paramref name="document"/> with <paramref name="applied"/> made.</summary>
    public static List<string> Expected(Document document, IReadOnlyList<PlannedFix> applied)
    {
        var texts = new List<string>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            string text = block.Text;
            foreach (var fix in applied.Where(f => ReferenceEquals(f.Block, block)).OrderByDescending(f => f.Start))
            {
                text = text[..fix.Start] + fix.Replacement + text[(fix.Start + fix.Length)..];
            }

            texts.Add(text);
        }

        return texts;
    }

    private static List<(string, string)> Keys(IEnumerable<Finding> findings) => [.. findings.Select(f => (f.RuleId, f.Match))];

    /// <summary>The validator's errors in <paramref name="output"/> that <paramref name="input"/> does not have as often (by part and error id).</summary>
    public static List<string> NewValidationErrors(byte[] input, byte[] output)
    {
        var before = Errors(input);
        var added = new List<string>();
        foreach (var (key, description) in ErrorList(output))
        {
            if (before.TryGetValue(key, out int n) && n > 0)
            {
                before[key] = n - 1;
            }
            else
            {
                added.Add($"{key}: {description}");
            }
        }

        return added;
    }

    private static Dictionary<string, int> Errors(byte[] content)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, _) in ErrorList(content))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static List<(string Key, string Description)> ErrorList(byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        stream.Position = 0;
        using var package = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019) { MaxNumberOfErrors = 0 };
        var comments = package.MainDocumentPart?.WordprocessingCommentsPart?.Comments?.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()
            .Select(c => c.Id?.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        return [.. validator.Validate(package).Where(e => !IsNoteCommentInMainPart(e, comments)).Select(e => ($"{e.Part?.Uri} {e.Id}", e.Description))];
    }

    /// <summary>
    /// ECMA-376 keeps every comment in the one comments part of the main document (Part 1, §11.3.2), notes' comments too,
    /// as Word does; the validator looks for the comment in a comments part of the notes part, which the SDK does not let a
    /// notes part have, and so reports each comment in a note as missing. That check is made here as the standard means it:
    /// the comment must be in the main document's comments part.
    /// </summary>
    private static bool IsNoteCommentInMainPart(ValidationErrorInfo error, HashSet<string?> comments) =>
        error.Id == "Sem_MissingReferenceElement"
        && error.Part is FootnotesPart or EndnotesPart
        && error.Description.Contains("'w:comment'", StringComparison.Ordinal)
        && System.Text.RegularExpressions.Regex.Match(error.Description, @"The reference value is '([^']*)'") is { Success: true } m
        && comments.Contains(m.Groups[1].Value);
}

/// <summary>What an annotated copy must satisfy: one new comment per finding, no new validation error, the same text.</summary>
internal static class AnnotateChecks
{
    public static List<string> Problems(byte[] original, string name)
    {
        var problems = new List<string>();
        var (document, report) = FixChecks.Lint(original, name);
        var result = DocxAnnotator.Annotate(document, original, report.Findings, FixChecks.Author);
        int added = Comments(result.Content) - Comments(original);
        if (added != report.Findings.Count || result.Comments != report.Findings.Count)
        {
            problems.Add($"{name}: {report.Findings.Count} findings but {added} comments added");
        }

        problems.AddRange(FixChecks.NewValidationErrors(original, result.Content).Select(e => $"{name}: new validation error: {e}"));
        var again = DocumentLoader.Load(result.Content, name);
        if (!again.Blocks.Select(b => b.Text).SequenceEqual(document.Blocks.Select(b => b.Text)))
        {
            problems.Add($"{name}: the annotated copy reads differently from the original");
        }

        return problems;
    }

    public static int Comments(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var package = WordprocessingDocument.Open(stream, false);
        return package.MainDocumentPart?.WordprocessingCommentsPart?.Comments?.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>().Count() ?? 0;
    }
}
