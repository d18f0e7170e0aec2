using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Benchmarks;

/// <summary>
/// How long each reader takes to turn the sample paper into the model; and a long Word file (the sample's body written
/// again until its main part passes 6,000,000 bytes, as <c>bench/make-inputs.py --docx</c> makes <c>paper-6m.docx</c>)
/// read as the reader does, one element of the body at a time, and with the body's whole tree loaded first.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadBenchmarks
{
    private byte[] _markdown = [];
    private byte[] _docx = [];
    private byte[] _text = [];
    private byte[] _longDocx = [];

    [GlobalSetup]
    public void Setup()
    {
        _markdown = File.ReadAllBytes(SamplePaths.Sample("paper.md"));
        _docx = File.ReadAllBytes(SamplePaths.Sample("paper.docx"));
        _text = File.ReadAllBytes(SamplePaths.Sample("paper.txt"));
        _longDocx = LongDocx(_docx, 6_000_000);
    }

    [Benchmark]
    public Document ReadMarkdown() => new MarkdownReader().Read("paper.md", new MemoryStream(_markdown));

    [Benchmark]
    public Document ReadDocx() => new DocxReader().Read("paper.docx", new MemoryStream(_docx));

    [Benchmark]
    public Document ReadLongDocx() => new DocxReader().Read("paper-6m.docx", new MemoryStream(_longDocx));

    [Benchmark]
    public Document ReadLongDocxWholeTree() => new DocxReader { LoadsStoriesWhole = true }.Read("paper-6m.docx", new MemoryStream(_longDocx));

    [Benchmark]
    public Document ReadPlainText() => new PlainTextReader().Read("paper.txt", new MemoryStream(_text));

    private static byte[] LongDocx(byte[] sample, int size)
    {
        using var input = new ZipArchive(new MemoryStream(sample), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "word/document.xml")
                {
                    source.CopyTo(target);
                    continue;
                }

                string document = new StreamReader(source, Encoding.UTF8).ReadToEnd();
                int start = document.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
                int end = document.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
                string body = document[start..end];
                var xml = new StringBuilder(document[..start]);
                for (int copies = size / Encoding.UTF8.GetByteCount(body) + 1; copies > 0; copies--)
                {
                    xml.Append(body);
                }

                target.Write(Encoding.UTF8.GetBytes(xml.Append(document[end..]).ToString()));
            }
        }

        return output.ToArray();
    }
}
