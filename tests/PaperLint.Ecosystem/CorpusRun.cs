using PaperLint.Core.Config;
using PaperLint.Core.Fixes;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Ecosystem;

/// <summary>A finding in a corpus document, with the document's path relative to the corpus, and whether <c>paperlint fix</c> fixes it.</summary>
public sealed record CorpusFinding(string File, Finding Finding, bool Fixed = false)
{
    public FindingKey Key => new(File, Finding.RuleId, Finding.Location.ToString() ?? "", Finding.Match);
}

/// <summary>Lints every document of a corpus folder the way a user without a configuration would.</summary>
public static class CorpusRun
{
    public static IReadOnlyList<CorpusFinding> Lint(string corpus)
    {
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        // The documents sit in folders by format; files at the top (SOURCES.md) describe the corpus.
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => DocumentLoader.IsSupported(f) && Path.GetDirectoryName(f) != Path.GetFullPath(corpus).TrimEnd(Path.DirectorySeparatorChar))
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new IReadOnlyList<CorpusFinding>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                var document = DocumentLoader.Load(Path.Combine(corpus, files[i]), files[i], DocxOptions.Default, out byte[] content);
                var findings = Linter.Lint(document, plan).Findings;
                var fixedFindings = Fixed(document, content, FixPlan.For(document, plan, findings));
                results[i] = findings.Select(f => new CorpusFinding(files[i], f, fixedFindings.Contains(f))).ToList();
            }
            catch (InputException e)
            {
                throw new InvalidOperationException($"{files[i]}: a corpus document must be readable ({e.Message})", e);
            }
        });
        return results.SelectMany(r => r).ToList();
    }

    /// <summary>The findings <c>paperlint fix</c> makes of <paramref name="plan"/>: in a Word file, those whose text it can change.</summary>
    private static HashSet<Finding> Fixed(Core.Model.Document document, byte[] content, FixPlan plan)
    {
        var result = plan.Fixes.Count == 0 ? null
            : document.Format == Core.Model.SourceFormat.Docx ? DocxFixer.Apply(document, content, plan, DocxAuthor.PaperLint())
            : TextFixer.Apply(document, content, plan);
        return new HashSet<Finding>(result?.Applied.Select(a => a.Finding) ?? [], ReferenceEqualityComparer.Instance);
    }
}
