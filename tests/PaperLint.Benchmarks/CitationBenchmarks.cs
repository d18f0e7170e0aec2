using BenchmarkDotNet.Attributes;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Benchmarks;

/// <summary>
/// The attribution rules on a generated paper (<see cref="CitingPaper"/>) of 300 entries and more and more citations,
/// in paragraphs or as one paragraph: the time should grow with the paper, not with citations times entries
/// (issue 12). The facts the rules share are computed afresh in each run, as for each document the tool lints.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CitationBenchmarks
{
    private Document? _document;
    private IRule[] _rules = [];

    [Params(4000, 8000, 16000)]
    public int Citations { get; set; } = 4000;

    [Params(false, true)]
    public bool OneParagraph { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        byte[] paper = System.Text.Encoding.UTF8.GetBytes(CitingPaper.Write(300, Citations, OneParagraph));
        _document = new MarkdownReader().Read("citing.md", new MemoryStream(paper));
        _rules = BuiltInRules.All.Where(r => r.Id.StartsWith("Attribution.", StringComparison.Ordinal)).ToArray();
    }

    [Benchmark]
    public int AttributionRules()
    {
        var context = LintContext.For(_document!);
        return _rules.Sum(rule => rule.Check(context).Count());
    }
}
