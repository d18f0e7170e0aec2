using System.Text;
using System.Text.Json;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Reporting;

/// <summary>
/// A JSON or SARIF report of a long paper reaches its output a piece at a time, as it is written, and not as one text made
/// whole in memory first; the pieces add up to the same report, letters beyond ASCII included.
/// </summary>
public sealed class StreamedReportTests
{
    /// <summary>About 6,000 findings whose matches (Žižek, “quoted”) are letters of two and three UTF-8 bytes.</summary>
    private static readonly FileReport LongReport = MakeLongReport(6000);

    [Fact]
    public void A_long_json_report_is_written_in_pieces_that_add_up_to_every_finding()
    {
        var output = new PieceRecorder();

        new JsonReporter().Write(output, [LongReport], RunSummary.Of([LongReport], 0));

        Assert.True(output.Length > 2_000_000, $"the report is {output.Length} characters, too short to need pieces");
        Assert.True(output.LargestWrite <= 64 * 1024, $"one write of {output.LargestWrite} characters");
        using var json = JsonDocument.Parse(output.Text);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings");
        Assert.Equal(LongReport.Findings.Count, findings.GetArrayLength());
        for (int i = 0; i < LongReport.Findings.Count; i++)
        {
            Assert.Equal(LongReport.Findings[i].Match, findings[i].GetProperty("match").GetString());
            Assert.Equal(LongReport.Findings[i].Message, findings[i].GetProperty("message").GetString());
        }

        Assert.EndsWith("}\n", output.Text.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_sarif_report_is_written_in_pieces_that_add_up_to_every_result()
    {
        var output = new PieceRecorder();
        RuleDescriptor[] rules = [new("Names.Diacritics", "A name is spelt one way.", Severity.Warning, null)];

        new SarifReporter(Path.GetTempPath(), "1.2.3", rules).Write(output, [LongReport], RunSummary.Of([LongReport], 0));

        Assert.True(output.Length > 2_000_000, $"the report is {output.Length} characters, too short to need pieces");
        Assert.True(output.LargestWrite <= 64 * 1024, $"one write of {output.LargestWrite} characters");
        using var json = JsonDocument.Parse(output.Text);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(LongReport.Findings.Count, results.GetArrayLength());
        for (int i = 0; i < LongReport.Findings.Count; i++)
        {
            Assert.StartsWith(LongReport.Findings[i].Message, results[i].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_letter_split_between_two_pieces_comes_out_whole()
    {
        var output = new StringWriter();
        byte[] bytes = Encoding.UTF8.GetBytes("\"Žižek “quoted” 𝔄\"");
        using (var sink = new JsonTextSink(output))
        {
            // One byte at a time: every letter beyond ASCII is split between writes.
            foreach (byte b in bytes)
            {
                sink.Write([b]);
            }
        }

        Assert.Equal("\"Žižek “quoted” 𝔄\"", output.ToString());
    }

    private static FileReport MakeLongReport(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("Paragraph ").Append(i).Append(": Zizek read “quoted” words, as Žižek did.\n\n");
        }

        var document = PlainTextReader.Parse("paper.txt", text.ToString());
        var findings = new List<Finding>();
        foreach (var block in document.Blocks)
        {
            int at = block.Text.IndexOf("Žižek", StringComparison.Ordinal);
            if (at >= 0)
            {
                findings.Add(Finding.At(document, block, at, 5, "Names.Diacritics", Severity.Warning,
                    $"'Žižek' is written “Zizek” elsewhere in {block.Text[..block.Text.IndexOf(':')]}; write the name one way", ["Zizek"]));
            }
        }

        return new FileReport("paper.txt", SourceFormat.PlainText, findings);
    }

    /// <summary>A text writer that keeps what it is given and the size of the largest single write.</summary>
    private sealed class PieceRecorder : StringWriter
    {
        public int LargestWrite { get; private set; }

        public int Length => GetStringBuilder().Length;

        public string Text => ToString();

        public override void Write(char[] buffer, int index, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }

        public override void Write(string? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.WriteLine(value);
        }
    }
}
