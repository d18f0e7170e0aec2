using System.Text;
using System.Text.RegularExpressions;

namespace PaperLint.Benchmarks;

/// <summary>
/// Papers of any size made from the samples, the way bench/make-inputs.py makes the inputs bench/compare.sh times
/// (change both together): one paper is paper.md, consistency.md, notes.md, citations.md and numbered.md in turn,
/// front matter left out, until it holds 31 KB; N papers are N such in one text. Every copy of a sample gets
/// footnote labels of its own, so each marker still has the one note its sample gave it.
/// </summary>
internal static partial class ScaledPaper
{
    private const int OnePaperBytes = 31 * 1024;

    private static readonly string[] Samples = ["paper.md", "consistency.md", "notes.md", "citations.md", "numbered.md"];

    /// <summary><paramref name="papers"/> papers of about 31 KB each, as UTF-8.</summary>
    public static byte[] Bytes(int papers) => Encoding.UTF8.GetBytes(Text(papers));

    public static string Text(int papers)
    {
        var texts = Samples.Select(Prepared).ToArray();
        int perPaper = PiecesPerPaper(texts);
        var text = new StringBuilder();
        for (int copy = 0; copy < papers; copy++)
        {
            for (int n = 0; n < perPaper; n++)
            {
                text.Append(Piece(texts[n % texts.Length], (copy * perPaper) + n));
            }
        }

        return text.ToString();
    }

    private static string Prepared(string sample)
    {
        string text = File.ReadAllText(SamplePaths.Sample(sample)).Replace("\r\n", "\n", StringComparison.Ordinal);

        // The front matter names a bibliography beside the sample, which a copy elsewhere would not find.
        text = FrontMatter().Replace(text, "", 1).TrimStart('\n');
        return text.TrimEnd('\n') + "\n\n";
    }

    private static string Piece(string text, int number) =>
        FootnoteLabel().Replace(text, m => $"[^{m.Groups[1].Value}-{number}]");

    private static int PiecesPerPaper(string[] texts)
    {
        int size = 0, count = 0;
        while (size < OnePaperBytes)
        {
            size += Encoding.UTF8.GetByteCount(Piece(texts[count % texts.Length], count));
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteLabel();

    [GeneratedRegex(@"\A---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
