using System.Text.RegularExpressions;
using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Fixes;

/// <summary>
/// Another reader of Word files than ours: pandoc reads every fixed and annotated document and shows PaperLint's tracked
/// changes and comments, at least one change per fix (a fix across runs is one change per run) and one comment per finding.
/// </summary>
public sealed partial class PandocReadsTests
{
    [PandocFact]
    public void Pandoc_reads_the_fixed_and_annotated_samples() =>
        AssertPandocReads(["paper.docx", "consistency.docx", "notes.docx"], name => (File.ReadAllBytes(Path.Combine(RepoPaths.Samples, name)), RepoPaths.Samples));

    [PandocFact(corpus: true)]
    public void Pandoc_reads_every_fixed_and_annotated_corpus_document()
    {
        var files = Directory.GetFiles(SharedCorpus.RequireFolder("pandoc-docx"), "*.docx", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(PaperLint.Ecosystem.Locations.Corpus()!, "*.docx", SearchOption.AllDirectories))
            .Where(Readable)
            .ToList();
        AssertPandocReads(files, file => (File.ReadAllBytes(file), null));
    }

    private static bool Readable(string file)
    {
        try
        {
            DocumentLoader.Load(File.ReadAllBytes(file), Path.GetFileName(file));
            return true;
        }
        catch (InputException)
        {
            return false;
        }
    }

    private static void AssertPandocReads(IEnumerable<string> names, Func<string, (byte[] Content, string? Folder)> load)
    {
        var problems = new List<string>();
        int changes = 0, comments = 0;
        foreach (string name in names)
        {
            var (content, folder) = load(name);
            string label = Path.GetFileName(name);
            var result = FixChecks.Fix(content, label, folder);
            if (result.Content is { } fixedContent)
            {
                var (code, native, error) = Pandoc.ReadDocx(fixedContent);
                int shown = Changes().Count(native);
                if (code != 0 || shown < result.Applied.Count)
                {
                    problems.Add($"{label}: pandoc exit {code}, {shown} PaperLint changes shown for {result.Applied.Count} fixes {error}");
                }

                changes += shown;
            }

            var (document, report) = FixChecks.Lint(content, label, folder);
            if (report.Findings.Count == 0)
            {
                continue;
            }

            var annotated = Core.Fixes.DocxAnnotator.Annotate(document, content, report.Findings, FixChecks.Author);
            var (annotatedCode, annotatedNative, annotatedError) = Pandoc.ReadDocx(annotated.Content);
            int shownComments = Comments().Count(annotatedNative);
            if (annotatedCode != 0 || shownComments != report.Findings.Count)
            {
                problems.Add($"{label}: pandoc exit {annotatedCode}, {shownComments} PaperLint comments shown for {report.Findings.Count} findings {annotatedError}");
            }

            comments += shownComments;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(changes > 0 && comments > 0, "pandoc showed no change or no comment at all");
    }

    // pandoc's native form of a tracked change and of a comment's start, by PaperLint.
    [GeneratedRegex("\"(?:insertion|deletion)\"\\s*\\]\\s*,\\s*\\[\\s*\\(\\s*\"author\"\\s*,\\s*\"PaperLint\"")]
    private static partial Regex Changes();

    [GeneratedRegex("\"comment-start\"\\s*\\]\\s*,\\s*\\[\\s*\\(\\s*\"id\"\\s*,\\s*\"[^\"]*\"\\s*\\)\\s*,\\s*\\(\\s*\"author\"\\s*,\\s*\"PaperLint\"")]
    private static partial Regex Comments();
}
