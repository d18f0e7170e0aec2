using PaperLint.Core.Citations;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>
/// The attribution rules on the real documents of ../shared/corpus: findings only where a reader would
/// agree there is something to cite. Those documents, checked by eye, hold quotations with no source: pandoc's
/// block-quotation samples (a Quote, an Intense Quote, an indented paragraph), a Block Text paragraph, an
/// indented stanza of Wordsworth, and scripture quoted inline.
/// </summary>
public sealed class CorpusAttributionTests
{
    private static readonly Dictionary<string, int> Expected = new(StringComparer.Ordinal)
    {
        ["block_quotes.docx"] = 3,
        ["custom-style-reference.docx"] = 1,
        ["hanging_indent.docx"] = 1,
        ["i18n_blocks.docx"] = 1,
        ["nested_smart_tags.docx"] = 5,
    };

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

        Assert.All(findings, f => Assert.Equal("Attribution.MissingCitation", f.RuleId));
        Assert.Equal(Expected.GetValueOrDefault(file), findings.Count);
    }
}
