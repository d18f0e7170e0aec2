using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Ecosystem;

/// <summary>A finding in a corpus document, with the document's path relative to the corpus.</summary>
public sealed record CorpusFinding(string File, Finding Finding)
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
                var document = DocumentLoader.Load(Path.Combine(corpus, files[i]), files[i]);
                results[i] = Linter.Lint(document, plan).Findings.Select(f => new CorpusFinding(files[i], f)).ToList();
            }
            catch (InputException e)
            {
                throw new InvalidOperationException($"{files[i]}: a corpus document must be readable ({e.Message})", e);
            }
        });
        return results.SelectMany(r => r).ToList();
    }
}
