using PaperLint.Core.Citations;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>
/// The attribution rules on the Word files of ../shared/corpus (pandoc's reader tests): none of them is a paper
/// that cites what it quotes, so none has an attribution finding. Their quotations (pandoc's
/// block-quotation samples, a Block Text paragraph, an indented stanza, scripture quoted inline) are not
/// reported: an uncited quotation is a slip only where the paper's own habit is to cite (QuotingHabit).
/// </summary>
public sealed class CorpusAttributionTests
{
    public static TheoryData<string> CorpusFiles
    {
        get
        {
            // Without ../shared (a user's clone) there are no rows; the theory is skipped then and never asks.
            var data = new TheoryData<string>();
            if (SharedCorpus.Folder("pandoc-docx") is { } folder)
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Attribution_findings_only_where_a_quotation_lacks_its_source(string file)
    {
        var document = DocumentLoader.Load(SharedCorpus.RequireFile("pandoc-docx", file), file);
        var findings = BuiltInRules.All
            .Where(r => r.Id.StartsWith("Attribution.", StringComparison.Ordinal))
            .SelectMany(r => r.Check(LintContext.For(document)))
            .ToList();

        Assert.Empty(findings);
    }
}
