using System.Globalization;
using BenchmarkDotNet.Attributes;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Benchmarks;

/// <summary>
/// Reading, the shared analysis and the whole rule set on 20 and 200 papers in one Markdown file (about 0.6 and
/// 6 MB, <see cref="ScaledPaper"/>), with the time per MB beside each, so throughput shows and so does whether the
/// time grows with the size alone. PAPERLINT_BENCH_PAPERS=1,20 picks other sizes (a short look at slow code).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(PerMegabyteConfig))]
public class ScaledBenchmarks
{
    private const string SizesVariable = "PAPERLINT_BENCH_PAPERS";

    private byte[] _markdown = [];
    private string _text = "";
    private Document? _document;
    private LintPlan? _plan;

    [ParamsSource(nameof(Sizes))]
    public int Papers { get; set; } = 20;

    /// <summary>The sizes to run, in papers: PAPERLINT_BENCH_PAPERS (such as "1,20"), else 20 and 200.</summary>
    public static IEnumerable<int> Sizes()
    {
        string? given = Environment.GetEnvironmentVariable(SizesVariable);
        if (string.IsNullOrWhiteSpace(given))
        {
            return [20, 200];
        }

        return given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out int n) && n > 0
                ? n
                : throw new ArgumentException($"{SizesVariable}: '{s}' is not a number of papers (such as 1,20,200)"))
            .ToList();
    }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = ScaledPaper.Bytes(Papers);
        _text = System.Text.Encoding.UTF8.GetString(_markdown);
        _document = Read();
        _plan = RuleSet.Active(PaperLintConfig.Default, []);
    }

    [Benchmark]
    public Document Read() => new MarkdownReader().Read("papers.md", new MemoryStream(_markdown));

    /// <summary>
    /// Markdig's parse alone, with the reader's pipeline, of the text <see cref="Read"/> decodes: the floor under any
    /// reading of Markdown with the parser the project uses, before the model and before any rule.
    /// </summary>
    [Benchmark]
    public Markdig.Syntax.MarkdownDocument ParseOnly() => MarkdownReader.ParseMarkdown(_text);

    /// <summary>
    /// The facts the rules share, each computed once per document: the references list, the citations and how each
    /// quotation is attributed, the quotations, the note index, and every block's sentences and language.
    /// </summary>
    [Benchmark]
    public int Analyse()
    {
        var context = LintContext.For(_document!);
        int count = context.Citations.Count + context.Quotations.All.Count + context.Notes.Refs.Count;
        foreach (var block in _document!.Blocks)
        {
            count += context.SentencesOf(block).Count + (context.LanguageOf(block)?.Length ?? 0);
        }

        return count;
    }

    /// <summary>Every shipped rule, as a run of the tool applies them: the analysis above included, the reading not.</summary>
    [Benchmark]
    public int Rules() => Linter.Lint(_document!, _plan!).Findings.Count;
}
