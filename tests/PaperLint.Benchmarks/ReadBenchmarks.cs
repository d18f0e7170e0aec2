using BenchmarkDotNet.Attributes;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Benchmarks;

/// <summary>How long each reader takes to turn the sample paper into the model.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadBenchmarks
{
    private byte[] _markdown = [];
    private byte[] _docx = [];
    private byte[] _text = [];

    [GlobalSetup]
    public void Setup()
    {
        _markdown = File.ReadAllBytes(SamplePaths.Sample("paper.md"));
        _docx = File.ReadAllBytes(SamplePaths.Sample("paper.docx"));
        _text = File.ReadAllBytes(SamplePaths.Sample("paper.txt"));
    }

    [Benchmark]
    public Document ReadMarkdown() => new MarkdownReader().Read("paper.md", new MemoryStream(_markdown));

    [Benchmark]
    public Document ReadDocx() => new DocxReader().Read("paper.docx", new MemoryStream(_docx));

    [Benchmark]
    public Document ReadPlainText() => new PlainTextReader().Read("paper.txt", new MemoryStream(_text));
}
