using PaperLint.Core.Readers;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Fixes;

/// <summary>
/// Fixing and annotating real Word files: every .docx of pandoc's tests (shared corpus) and of the real-world corpus.
/// A file the reader refuses (pandoc keeps some broken ones on purpose) is left out, as the linter would leave it.
/// </summary>
public sealed class FixCorpusTests
{
    [SharedCorpusFact]
    public void Fixed_and_annotated_pandoc_test_documents_validate_read_as_expected_and_lint_clean_of_what_was_fixed() =>
        AssertAllFixed(Directory.GetFiles(SharedCorpus.RequireFolder("pandoc-docx"), "*.docx", SearchOption.AllDirectories));

    [SharedRealworldFact]
    public void Fixed_and_annotated_real_world_documents_validate_read_as_expected_and_lint_clean_of_what_was_fixed() =>
        AssertAllFixed(Directory.GetFiles(PaperLint.Ecosystem.Locations.Corpus()!, "*.docx", SearchOption.AllDirectories));

    private static void AssertAllFixed(string[] files)
    {
        Assert.NotEmpty(files);
        var problems = new List<string>();
        int fixedFiles = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            byte[] content = File.ReadAllBytes(file);
            try
            {
                DocumentLoader.Load(content, Path.GetFileName(file));
            }
            catch (InputException)
            {
                continue;
            }

            problems.AddRange(FixChecks.Problems(content, Path.GetFileName(file)));
            problems.AddRange(AnnotateChecks.Problems(content, Path.GetFileName(file)));
            fixedFiles += FixChecks.Fix(content, Path.GetFileName(file)).Applied.Count > 0 ? 1 : 0;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(fixedFiles > 0, "no document had anything to fix");
    }
}
